// "Merge another framework into this one…" (or, on an item, "Merge into…"): a button that opens the
// merge form and, when the form closes, gives focus back to it.
import { createResource, createSignal, Show } from 'solid-js'
import type { MergeSummary } from '../../../shared/schemas/framework-merge'
import { MergeForm } from './MergeForm'

type Props = {
  what: 'framework' | 'item'
  idPrefix: string
  label: string
  fieldLabel: string
  hint: string
  choices: () => Promise<{ id: number; label: string }[]>
  preview: (sourceId: number) => Promise<MergeSummary>
  merge: (sourceId: number) => Promise<MergeSummary>
  onMerged: (summary: MergeSummary) => void
}

export function MergeSection(props: Props) {
  const [open, setOpen] = createSignal(false)
  const [choices] = createResource(open, () => props.choices())
  let button: HTMLButtonElement | undefined
  const close = () => {
    setOpen(false)
    button?.focus()
  }
  return (
    <div class="merge-section">
      <button type="button" ref={button} class="button" aria-expanded={open()} onClick={() => setOpen(!open())}>
        {props.label}
      </button>
      <Show when={open()}>
        <Show when={!choices.error} fallback={<p class="error" role="alert">Could not load what may be merged; try again.</p>}>
          <MergeForm
            what={props.what}
            idPrefix={props.idPrefix}
            fieldLabel={props.fieldLabel}
            hint={props.hint}
            choices={choices.latest ?? []}
            preview={props.preview}
            merge={props.merge}
            onMerged={(summary) => {
              setOpen(false)
              props.onMerged(summary)
            }}
            onCancel={close}
          />
        </Show>
      </Show>
    </div>
  )
}
