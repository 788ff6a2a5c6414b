// The occupational competencies that need one basic skill: how many, then each with its code and statement.
import { For } from 'solid-js'
import { plural } from '../../lib/format'
import { CompetencyCode } from '../CompetencyCode'

type Competency = { id: number; frameworkId: number; code: string; statement: string }

// The count and the list.
export function NeededBy(props: { competencies: readonly Competency[] }) {
  return (
    <div class="needed-by">
      <p class="needed-by-count">Needed by {plural(props.competencies.length, 'occupational competency', 'occupational competencies')}:</p>
      <ul>
        <For each={props.competencies}>
          {(competency) => (
            <li>
              <CompetencyCode competency={competency} /> {competency.statement}
            </li>
          )}
        </For>
      </ul>
    </div>
  )
}
