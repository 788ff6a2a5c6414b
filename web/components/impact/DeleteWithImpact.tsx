// A delete button that first asks, in the impact dialog, with what depends on the row and the findings its removal
// would raise and clear. Cancel leaves everything as it was and puts focus back on the button; confirming deletes
// (one request, one transaction on the server) and tells the owner, so the page can update.
import { createSignal, Show } from 'solid-js'
import type { ProposedChangeInput } from '../../../shared/schemas/impact'
import { ImpactDialog } from './ImpactDialog'

type Props = {
  // The button's words, e.g. "Delete competency", and what it deletes, e.g. "AM-QM-4" (read after the words).
  label: string
  what: string
  change: ProposedChangeInput
  remove: () => Promise<unknown>
  onDeleted: () => void
  class?: string
}

// The button, and the dialog while it is open.
export function DeleteWithImpact(props: Props) {
  const [asking, setAsking] = createSignal(false)
  let button: HTMLButtonElement | undefined
  return (
    <>
      <button type="button" ref={button} class={props.class ?? 'button button-danger'} onClick={() => setAsking(true)}>
        {props.label}
        <span class="visually-hidden"> {props.what}</span>
      </button>
      <Show when={asking()}>
        <ImpactDialog
          title={`${props.label} ${props.what}?`}
          confirmLabel={props.label}
          change={props.change}
          confirm={props.remove}
          onDone={(deleted) => {
            setAsking(false)
            if (deleted) props.onDeleted()
            else button?.focus()
          }}
        />
      </Show>
    </>
  )
}
