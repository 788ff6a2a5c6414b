// Finds a basic-skills standard as you type (the competency combobox of the module editor's alignment picker)
// and reports the one chosen, showing its place in its framework.
import { Show } from 'solid-js'
import type { CompetencyHit, CompetencySource } from '../../editor/competency-search'
import { CompetencyCombobox } from '../CompetencyCombobox'

type Props = {
  id: string
  source: CompetencySource
  chosen: CompetencyHit | null
  onChoose: (hit: CompetencyHit | null) => void
}

// The basic-skill picker.
export function SkillPicker(props: Props) {
  return (
    <CompetencyCombobox
      id={props.id}
      class="skill-picker"
      label="Basic skill"
      hint="A code such as CCR.M.6.NS.3, or words of the standard, in the basic-skills frameworks."
      listLabel="Matching basic skills"
      source={props.source}
      max={10}
      chosen={props.chosen}
      onChoose={props.onChoose}
    >
      {(hit, path) => (
        <p class="skill-chosen">
          <span class="visually-hidden">Chosen: </span>
          <span class="code">{hit().code}</span> {hit().statement}
          <Show when={hit().level}>{(level) => <span class="badge badge-level">Level {level()}</span>}</Show>
          <span class="competency-path">{path().join(' › ')}</span>
        </p>
      )}
    </CompetencyCombobox>
  )
}
