// The term the outcome picture shows: each reported term, and all terms together when there are several.
import { For, Show } from 'solid-js'
import { ALL_TERMS } from '../../../shared/domain/outcomes/table'
import { termLabel } from '../../../shared/domain/outcomes/terms'

export function TermPicker(props: { terms: string[]; value: string; onChange: (term: string) => void }) {
  return (
    <div class="field outcome-term-picker">
      <label for="outcome-term">Term</label>
      <select id="outcome-term" value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <Show when={props.terms.length > 1}>
          <option value={ALL_TERMS}>All terms</option>
        </Show>
        <For each={props.terms}>{(term) => <option value={term}>{termLabel(term)}</option>}</For>
      </select>
    </div>
  )
}

// "Fall 2024", or "all terms" for the totals.
export const termName = (term: string) => (term === ALL_TERMS ? 'all terms' : termLabel(term))
