// How a module's subgroups fare in one term: the gaps between a group and the other learners stated in words
// (only from shown figures, shared/domain/outcomes/gaps.ts), and each group's figures in a table.
import { For, Show } from 'solid-js'
import { describeGap, subgroupGaps } from '../../../shared/domain/outcomes/gaps'
import type { PublishedOutcomeRow } from '../../../shared/domain/outcomes/table'
import { countText, isHidden, rateText } from './figures'
import { OutcomeTable } from './OutcomeTable'

// A gap is told when it is this wide, with this many learners on each side: narrower or smaller ones are noise.
export const GAP_SHOWN = { minLearners: 20, minPoints: 10 }

// `rows` are the module's rows of the chosen term.
export function SubgroupComparison(props: { code: string; term: string; rows: PublishedOutcomeRow[]; threshold: number }) {
  const groups = () => props.rows.filter((row) => row.subgroupDimension !== '')
  const gaps = () => subgroupGaps(props.rows, props.term, GAP_SHOWN)
  return (
    <Show when={groups().length}>
      <div class="subgroup-comparison">
        <h5>Groups of learners</h5>
        <Show
          when={gaps().length}
          fallback={
            <p class="muted">
              No gap of more than {GAP_SHOWN.minPoints} points between a group and the other learners, where both have at least {GAP_SHOWN.minLearners} learners
              and their figures are shown.
            </p>
          }
        >
          <ul class="gap-list">
            <For each={gaps()}>{(gap) => <li>{describeGap(gap, props.code)}.</li>}</For>
          </ul>
        </Show>
        <OutcomeTable caption={`${props.code}: figures by group of learners`} columns={['Group', 'Entered', 'Completion', 'Credential']}>
          <For each={groups()}>
            {(row) => (
              <tr>
                <th scope="row">
                  {row.subgroupDimension}: {row.subgroupValue}
                </th>
                <td>{countText(row.enrolled, isHidden(row, 'enrolled'), props.threshold)}</td>
                <td>{rateText(row.completionRate, isHidden(row, 'completionRate'))}</td>
                <td>{rateText(row.credentialRate, isHidden(row, 'credentialRate'))}</td>
              </tr>
            )}
          </For>
        </OutcomeTable>
      </div>
    </Show>
  )
}
