// Shown when someone else saved the pathway first: which parts of the form their version differs in, and the two
// ways out (save mine over theirs, or reload theirs and lose the unsaved edits). Nothing changes until the person
// chooses; the form above keeps their edits in view meanwhile.
import { onMount, Show } from 'solid-js'

type Props = {
  theirVersion: number
  // Names of the parts of the form (Title, Modules on the ladder…) where their version and this page's differ.
  differences: readonly string[]
  onKeepMine: () => void
  onTakeTheirs: () => void
}

// The pathway conflict panel.
export function PathwayConflictPanel(props: Props) {
  let heading!: HTMLHeadingElement
  onMount(() => heading.focus())
  const list = () => props.differences.join(', ')

  return (
    <section class="conflict-panel" aria-labelledby="pathway-conflict-heading">
      <h2 id="pathway-conflict-heading" tabindex="-1" ref={heading}>
        Someone else saved this pathway while you were editing
      </h2>
      <p>
        Your changes are still in this form but were not saved. The pathway is now at version {props.theirVersion}.{' '}
        <Show when={props.differences.length} fallback="Their version and this form differ in nothing this page edits.">
          Their version differs from this form in: <strong>{list()}</strong>.
        </Show>
      </p>
      <div class="conflict-actions">
        <button type="button" class="button button-primary" onClick={() => props.onKeepMine()}>
          Save mine over theirs
        </button>
        <button type="button" class="button" onClick={() => props.onTakeTheirs()}>
          Reload theirs
        </button>
      </div>
      <p class="hint">
        Save mine over theirs replaces their version with this form as it is now.{' '}
        <Show when={props.differences.length} fallback="Reload theirs loads their version into this form.">
          Reload theirs replaces this form with their version: what this form now has in {list()} will be lost.
        </Show>
      </p>
    </section>
  )
}
