// Deleting a whole framework, after a confirmation; a refusal lists what still refers to it (the server's words).
import { createSignal, For, Show } from 'solid-js'
import { problemText } from '../../lib/form'
import { deleteFramework, referencesOf } from './framework-api'

export function DeleteFramework(props: { framework: { id: number; title: string }; onDeleted: () => void }) {
  const [asking, setAsking] = createSignal(false)
  const [refusal, setRefusal] = createSignal<{ text: string; references: string[] } | null>(null)
  const remove = async () => {
    try {
      await deleteFramework(props.framework.id)
      props.onDeleted()
    } catch (error) {
      setAsking(false)
      setRefusal({ text: problemText(error), references: referencesOf(error) })
      document.getElementById('framework-delete-refusal')?.focus()
    }
  }
  return (
    <div class="framework-delete">
      <Show
        when={asking()}
        fallback={
          <button type="button" class="button button-danger" onClick={() => setAsking(true)}>
            Delete framework
          </button>
        }
      >
        <div role="group" aria-label="Confirm the delete">
          <p>Delete "{props.framework.title}" and every item in it? This cannot be undone.</p>
          <button type="button" class="button button-danger" onClick={() => void remove()}>
            Yes, delete it
          </button>{' '}
          <button type="button" class="button" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </div>
      </Show>
      <Show when={refusal()}>
        {(r) => (
          <div class="error" role="alert" id="framework-delete-refusal" tabindex="-1">
            <strong>The framework was not deleted.</strong>
            <Show when={r().references.length} fallback={<p>{r().text}</p>}>
              <p>These still refer to it; remove them (or retire the items instead):</p>
              <ul aria-label="What refers to it">
                <For each={r().references}>{(ref) => <li>{ref}</li>}</For>
              </ul>
            </Show>
          </div>
        )}
      </Show>
    </div>
  )
}
