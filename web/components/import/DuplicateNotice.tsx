// What an import preview says when the file looks like a framework Rungs already holds: which one, and, for a
// person who may update it, the choice of updating it instead of making a second framework.
import { A } from '@solidjs/router'
import { Show } from 'solid-js'
import type { ImportDuplicate } from '../../../shared/schemas/import'
import { formatDate } from '../../lib/format'

type Props = {
  duplicate: ImportDuplicate
  // Set when the person chose to update it; the next preview and the import then go into it.
  updating: boolean
  onUpdate: () => void
  onCreate: () => void
}

export function DuplicateNotice(props: Props) {
  const facts = () => `imported ${formatDate(props.duplicate.createdAt)}, ${props.duplicate.competencyCount} items`
  const link = () => (
    <A href={`/frameworks/${props.duplicate.id}`}>{props.duplicate.title}</A>
  )
  return (
    <div class="card import-duplicate" role="note" aria-label="Existing framework">
      <Show
        when={props.duplicate.reason === 'content'}
        fallback={
          <p>
            This file's CASE identifier is that of {link()} ({facts()}): importing it updates that framework; nothing is created.
          </p>
        }
      >
        <p>
          This looks like {link()} ({facts()}; {Math.round(props.duplicate.sameShare * 100)}% of the items are the same).{' '}
          <Show when={props.duplicate.mayUpdate} fallback="It belongs to another organisation, so importing makes a second framework.">
            {props.updating ? 'The import goes into that framework: items are matched by identifier, else code; none are removed.' : 'Update that framework instead?'}
          </Show>
        </p>
        <Show when={props.duplicate.mayUpdate}>
          <div class="form-actions">
            <Show
              when={props.updating}
              fallback={
                <button type="button" class="button button-primary" onClick={() => props.onUpdate()}>
                  Update that framework
                </button>
              }
            >
              <button type="button" class="button" onClick={() => props.onCreate()}>
                Make a new framework instead
              </button>
            </Show>
          </div>
        </Show>
      </Show>
    </div>
  )
}
