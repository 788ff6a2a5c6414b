// Merging another framework into this one, or an item into another: choose the other one, see what the merge
// would move and collapse (the server's preview), then confirm or cancel. Nothing is written before Merge.
import { createSignal, For, Show } from 'solid-js'
import { MERGE_PART_LABELS, MERGE_PARTS, type MergeSummary } from '../../../shared/schemas/framework-merge'
import { problemText } from '../../lib/form'

type Props = {
  // "framework" or "item", for the words; the id prefixes the fields' ids so two forms may share a page.
  what: 'framework' | 'item'
  idPrefix: string
  // The chooser's label, and a line under it saying what goes.
  fieldLabel: string
  hint: string
  choices: { id: number; label: string }[]
  // Called with the chosen id.
  preview: (chosenId: number) => Promise<MergeSummary>
  merge: (chosenId: number) => Promise<MergeSummary>
  onMerged: (summary: MergeSummary) => void
  onCancel: () => void
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

// What the preview says, in sentences.
function MergeSummaryList(props: { summary: MergeSummary; what: Props['what'] }) {
  const parts = () => MERGE_PARTS.filter((part) => props.summary.references[part].moved + props.summary.references[part].collapsed > 0)
  return (
    <ul class="merge-summary">
      <Show when={props.what === 'framework'}>
        <li>
          {plural(props.summary.items.matched, 'item')} with the same code and statement merge into this framework's; {plural(props.summary.items.moved, 'item')} move across.
        </li>
        <Show when={props.summary.items.sameCodeDifferentStatement.length}>
          <li>Codes in both with different statements (moved as second items): {props.summary.items.sameCodeDifferentStatement.join(', ')}.</li>
        </Show>
      </Show>
      <For each={parts()} fallback={<li>Nothing else refers to it.</li>}>
        {(part) => (
          <li>
            {MERGE_PART_LABELS[part]}: {props.summary.references[part].moved} moved
            {props.summary.references[part].collapsed ? `, ${props.summary.references[part].collapsed} collapsed into ones already here` : ''}
          </li>
        )}
      </For>
      <Show when={props.summary.modules.codes.length || props.summary.modules.hidden}>
        <li>
          Modules whose alignments move: {props.summary.modules.codes.join(', ')}
          {props.summary.modules.hidden ? `${props.summary.modules.codes.length ? ' and ' : ''}${plural(props.summary.modules.hidden, 'module')} you cannot see` : ''}.
        </li>
      </Show>
    </ul>
  )
}

export function MergeForm(props: Props) {
  const [sourceId, setSourceId] = createSignal<number | null>(null)
  const [summary, setSummary] = createSignal<MergeSummary | null>(null)
  const [error, setError] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  const run = async (step: (id: number) => Promise<MergeSummary>, then: (s: MergeSummary) => void) => {
    const id = sourceId()
    if (id === null) return setError(`Choose the ${props.what} to merge first.`)
    setBusy(true)
    setError('')
    try {
      then(await step(id))
    } catch (failure) {
      setError(problemText(failure))
    } finally {
      setBusy(false)
    }
  }
  const choose = (value: string) => {
    setSourceId(value ? Number(value) : null)
    setSummary(null)
  }
  let confirm: HTMLButtonElement | undefined
  return (
    <form class="form card merge-form" onSubmit={(e) => (e.preventDefault(), void run(props.preview, (s) => (setSummary(s), queueMicrotask(() => confirm?.focus()))))}>
      <div class="field">
        <label for={`${props.idPrefix}-source`}>{props.fieldLabel}</label>
        <select id={`${props.idPrefix}-source`} value={sourceId() ?? ''} onChange={(e) => choose(e.currentTarget.value)}>
          <option value="">Choose…</option>
          <For each={props.choices}>{(choice) => <option value={choice.id}>{choice.label}</option>}</For>
        </select>
        <p class="hint">{props.hint}</p>
      </div>
      <Show when={error()}>
        <p class="error" role="alert">
          {error()}
        </p>
      </Show>
      <div class="form-actions">
        <button type="submit" class="button" disabled={busy() || sourceId() === null}>
          Preview merge
        </button>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
      <Show when={summary()}>
        {(s) => (
          <section aria-labelledby={`${props.idPrefix}-preview`} class="merge-preview">
            <h3 id={`${props.idPrefix}-preview`}>
              Merging “{s().source.title}” into “{s().target.title}”
            </h3>
            <MergeSummaryList summary={s()} what={props.what} />
            <div class="form-actions">
              <button type="button" ref={confirm} class="button button-danger" disabled={busy()} onClick={() => void run(props.merge, props.onMerged)}>
                Merge and remove “{s().source.title}”
              </button>
            </div>
          </section>
        )}
      </Show>
    </form>
  )
}
