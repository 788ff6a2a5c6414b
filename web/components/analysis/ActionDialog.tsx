// The frame of a finding's action form: a modal <dialog> (the page behind it inert, focus inside), labelled by its
// heading, closed by Escape or Cancel, with the server's refusal shown inside. The form is its child.
import { onMount, Show, type JSX } from 'solid-js'

type Props = {
  id: string
  title: string
  // The server's refusal of the last submission, if any.
  problem: string
  busy: boolean
  submitLabel: string
  onSubmit: () => void
  onClose: () => void
  children: JSX.Element
}

// The dialog, open as soon as it is shown.
export function ActionDialog(props: Props) {
  let dialog!: HTMLDialogElement
  onMount(() => dialog.showModal())
  const close = () => {
    dialog.close()
    props.onClose()
  }
  return (
    <dialog ref={dialog} class="action-dialog" aria-labelledby={`${props.id}-title`} onCancel={(event) => { event.preventDefault(); close() }}>
      <form onSubmit={(event) => { event.preventDefault(); props.onSubmit() }}>
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        {props.children}
        <Show when={props.problem}>
          <p class="field-error" role="alert">{props.problem}</p>
        </Show>
        <div class="action-dialog-buttons">
          <button type="submit" class="button button-primary" disabled={props.busy}>{props.busy ? 'Saving…' : props.submitLabel}</button>
          <button type="button" class="button" onClick={close}>Cancel</button>
        </div>
      </form>
    </dialog>
  )
}
