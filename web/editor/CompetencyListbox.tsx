// The results of a competency search as a listbox: code, statement and framework of each, and the highlighted
// one's place in its hierarchy. Focus stays in the text field that owns it (aria-activedescendant).
import { For, Show } from 'solid-js'
import type { CompetencyHit } from './competency-search'

type Props = {
  id: string
  label: string
  results: readonly CompetencyHit[]
  active: number
  path: string[] | null
  searching: boolean
  failed: string | null
  query: string
  onChoose: (hit: CompetencyHit) => void
  onHighlight: (index: number) => void
}

// The id of one option, for aria-activedescendant.
export const optionId = (listId: string, index: number) => `${listId}-option-${index}`

// The listbox of competency search results.
export function CompetencyListbox(props: Props) {
  return (
    <div class="competency-results">
      <Show when={props.results.length}>
        <ul id={props.id} role="listbox" aria-label={props.label} class="competency-listbox">
          <For each={props.results}>
            {(hit, index) => (
              <li
                id={optionId(props.id, index())}
                role="option"
                aria-selected={index() === props.active}
                classList={{ 'competency-option': true, active: index() === props.active }}
                // mousedown, not click: choosing must not take focus from the text field first.
                onMouseDown={(event) => {
                  event.preventDefault()
                  props.onChoose(hit)
                }}
                onMouseMove={() => index() !== props.active && props.onHighlight(index())}
              >
                <span class="code">{hit.code}</span> <span class="competency-statement">{hit.statement}</span>
                {/* The highlighted one shows its whole place in the hierarchy, which starts with the framework. */}
                <Show when={index() === props.active && props.path} fallback={<span class="competency-framework">{hit.frameworkTitle}</span>}>
                  {(path) => <span class="competency-path">{path().join(' › ')}</span>}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p class="competency-results-note" aria-live="polite">
        <Show when={props.failed} fallback={props.searching ? 'Searching…' : resultCount(props.results.length, props.query)}>
          {(message) => `Search failed: ${message()}`}
        </Show>
      </p>
    </div>
  )
}

const resultCount = (n: number, query: string) =>
  n === 0 ? (query ? `No competency matches “${query}”.` : 'Type a code or words to search.') : `${n} ${n === 1 ? 'result' : 'results'}; arrow keys to move, Enter to choose.`
