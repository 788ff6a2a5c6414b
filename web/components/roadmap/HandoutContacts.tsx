// The printed road map's contacts: who a student calls for counselling, child care, financial aid and the rest,
// each once with every way to reach them. On screen, "Supports and funding" shows each support in full.
import { For, Show } from 'solid-js'
import type { RoadMap } from '../../api'
import { handoutContacts } from '../../lib/handout'

export function HandoutContacts(props: { roadMap: RoadMap }) {
  return (
    <section aria-labelledby="handout-contacts-heading" class="handout-contacts">
      <h2 id="handout-contacts-heading">Who to call</h2>
      <Show when={handoutContacts(props.roadMap).length} fallback={<p class="handout-note">No supports recorded for this pathway yet.</p>}>
        <ul class="plain-list handout-contact-list">
          <For each={handoutContacts(props.roadMap)}>
            {(contact) => (
              <li>
                <strong>{contact.helps.join('; ')}</strong>:{' '}
                {[contact.name, contact.organisation, ...contact.phones, ...contact.emails].filter(Boolean).join(' · ')}
                <Show when={contact.notes.length}>
                  <span class="handout-note"> · {contact.notes.join('; ')}</span>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}
