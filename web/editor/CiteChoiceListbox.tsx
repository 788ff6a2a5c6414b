// The second step of the `#` popup: how to cite the chosen competency ("Cite only" first and highlighted, or
// cite and align at a depth). Like the results, it is driven from the text field (aria-activedescendant).
import { For } from 'solid-js'
import { CITE_CHOICES, type CiteChoice } from './cite-choices'
import { optionId } from './CompetencyListbox'

type Props = {
  id: string
  // The chosen competency's code, which names the list.
  code: string
  active: number
  onChoose: (choice: CiteChoice) => void
  onHighlight: (index: number) => void
}

// The listbox of cite choices.
export function CiteChoiceListbox(props: Props) {
  return (
    <div class="competency-results">
      <ul id={props.id} role="listbox" aria-label={`How to cite ${props.code}`} class="competency-listbox cite-choices">
        <For each={CITE_CHOICES}>
          {(choice, index) => (
            <li
              id={optionId(props.id, index())}
              role="option"
              aria-selected={index() === props.active}
              classList={{ 'competency-option': true, 'cite-choice': true, active: index() === props.active }}
              // mousedown, not click: choosing must not take focus from the text field first.
              onMouseDown={(event) => {
                event.preventDefault()
                props.onChoose(choice)
              }}
              onMouseMove={() => index() !== props.active && props.onHighlight(index())}
            >
              {choice.label}
            </li>
          )}
        </For>
      </ul>
      <p class="competency-results-note" aria-live="polite">
        Arrow keys to move, Enter to choose, Escape to go back to the results.
      </p>
    </div>
  )
}
