// Finds a competency in any framework as you type (combobox and listbox), shows its place in the hierarchy,
// and adds an alignment to it with a depth (Introduced, Reinforced, Mastered) and an "assessed" flag.
import { createSignal, Show } from 'solid-js'
import { DEPTH_LABELS, DEPTHS, type Depth } from '../../../shared/domain/vocabulary'
import type { CompetencyHit, CompetencySource } from '../../editor/competency-search'
import type { DraftAlignment } from '../../lib/autosave-module'
import { CompetencyCombobox } from '../CompetencyCombobox'

type Props = {
  id: string
  source: CompetencySource
  // Competencies this list already aligns to.
  aligned: readonly number[]
  onAdd: (alignment: DraftAlignment) => void
}

// The alignment picker.
export function AlignmentPicker(props: Props) {
  let input!: HTMLInputElement
  const [chosen, setChosen] = createSignal<CompetencyHit | null>(null)
  const [depth, setDepth] = createSignal<Depth>('I')
  const [assessed, setAssessed] = createSignal(false)
  const add = () => {
    const hit = chosen()!
    props.onAdd({ competencyId: hit.id, code: hit.code, statement: hit.statement, depth: depth(), assessed: assessed() })
    // Clearing the choice empties the search field too.
    setChosen(null)
    setAssessed(false)
    input.focus()
  }
  const already = () => chosen() !== null && props.aligned.includes(chosen()!.id)

  return (
    <CompetencyCombobox
      id={props.id}
      class="alignment-picker"
      label="Find a competency"
      hint="A code such as AM-QM-3, or words of the statement, in any framework."
      listLabel="Matching competencies"
      source={props.source}
      max={12}
      chosen={chosen()}
      onChoose={setChosen}
      ref={input}
    >
      {(hit, path) => (
        <div class="alignment-choice">
          <p class="alignment-chosen">
            <span class="code">{hit().code}</span> {hit().statement}
            <span class="competency-path">{path().join(' › ')}</span>
          </p>
          <div class="alignment-choice-row">
            <label>
              Depth{' '}
              <select value={depth()} onChange={(event) => setDepth(event.currentTarget.value as Depth)}>
                {DEPTHS.map((d) => (
                  <option value={d}>{DEPTH_LABELS[d]}</option>
                ))}
              </select>
            </label>
            <label>
              <input type="checkbox" checked={assessed()} onChange={(event) => setAssessed(event.currentTarget.checked)} /> Assessed
            </label>
            <button type="button" class="button button-primary" onClick={add} disabled={already()}>
              Add alignment
            </button>
            <Show when={already()}>
              <span class="muted">Already aligned; change its depth in the list.</span>
            </Show>
          </div>
        </div>
      )}
    </CompetencyCombobox>
  )
}
