// The people an @ mention may name, as a listbox owned by the comment's text field (aria-activedescendant), like
// the editor's competency listbox: arrows move, Enter chooses, Escape closes.
import { For, Show } from 'solid-js'
import type { MentionPerson } from '../../api'

type Props = {
  id: string
  people: readonly MentionPerson[]
  active: number
  query: string
  onChoose: (person: MentionPerson) => void
  onHighlight: (index: number) => void
}

// The id of one option, for aria-activedescendant.
export const mentionOptionId = (listId: string, index: number) => `${listId}-person-${index}`

export function MentionListbox(props: Props) {
  return (
    <div class="mention-results">
      <Show when={props.people.length}>
        <ul id={props.id} role="listbox" aria-label="People to mention" class="mention-listbox">
          <For each={props.people}>
            {(person, index) => (
              <li
                id={mentionOptionId(props.id, index())}
                role="option"
                aria-selected={index() === props.active}
                classList={{ 'mention-option': true, active: index() === props.active }}
                // mousedown, not click: choosing must not take focus from the text field first.
                onMouseDown={(event) => {
                  event.preventDefault()
                  props.onChoose(person)
                }}
                onMouseMove={() => index() !== props.active && props.onHighlight(index())}
              >
                <span class="mention-name">{person.name}</span> <span class="muted">{person.organisationName ?? 'No organisation'}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p class="mention-note" aria-live="polite">
        {props.people.length
          ? `${props.people.length} ${props.people.length === 1 ? 'person' : 'people'}; arrow keys to move, Enter to choose, Escape to close.`
          : `Nobody who can see this matches “${props.query}”.`}
      </p>
    </div>
  )
}
