// Entering or editing one term of a module's (or credential's) learner outcomes by hand: the all-learners row and any subgroup rows
// (added and removed here), saved as a whole; what the server refuses is shown at the field it names.
import { createSignal, For, Index, Show } from 'solid-js'
import { createStore, produce } from 'solid-js/store'
import { TERM_FORMAT_HINT } from '../../../shared/domain/outcomes/terms'
import { focusFirstInvalid, problemText, refusedFields, type FieldErrors } from '../../lib/form'
import { FormProblem } from '../FormProblem'
import type { OutcomeSubject } from './outcome-subject'
import { blankRow, DRAFT_COUNTS, DRAFT_LABELS, inputOf, OPTIONAL_COUNTS, type DraftRow, type TermDraft } from './outcome-draft'

type InputProps = { id: string; label: string; value: string; error?: string; hint?: string; numeric?: boolean; disabled?: boolean; onInput: (value: string) => void }

function Input(props: InputProps) {
  const described = () => [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div class="field" classList={{ 'field-invalid': Boolean(props.error) }}>
      <label for={props.id}>{props.label}</label>
      <input id={props.id} value={props.value} disabled={props.disabled} inputmode={props.numeric ? 'numeric' : undefined} autocomplete="off"
        aria-invalid={props.error ? 'true' : undefined} aria-describedby={described()} onInput={(e) => props.onInput(e.currentTarget.value)} />
      <Show when={props.hint}><p class="hint" id={`${props.id}-hint`}>{props.hint}</p></Show>
      <Show when={props.error}><p class="field-error" id={`${props.id}-error`}>{props.error}</p></Show>
    </div>
  )
}

// `editing` is the term being changed (its term is then fixed), or undefined for a new term.
export function OutcomeEntryForm(props: { subject: OutcomeSubject; initial: TermDraft; editing: boolean; onSaved: (term: string) => void; onCancel: () => void }) {
  const [draft, setDraft] = createStore<TermDraft>(structuredClone(props.initial))
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [problem, setProblem] = createSignal<string | null>(null)
  const [saving, setSaving] = createSignal(false)
  const error = (path: string) => errors()[path]
  let form!: HTMLFormElement

  async function save(event: SubmitEvent) {
    event.preventDefault()
    setProblem(null)
    const checked = inputOf(draft)
    if ('errors' in checked) {
      setErrors(checked.errors)
      return focusFirstInvalid(form)
    }
    setSaving(true)
    try {
      const term = draft.term.trim().toLowerCase()
      await props.subject.save(term, checked.input)
      setErrors({})
      props.onSaved(term)
    } catch (failure) {
      const fields = refusedFields(failure)
      setErrors(fields)
      // A refusal that names fields is shown at them; the summary only says where to look.
      setProblem(fields.rows ?? (Object.keys(fields).length ? 'Check the figures marked below.' : problemText(failure)))
      focusFirstInvalid(form)
    } finally {
      setSaving(false)
    }
  }

  const rowLabel = (row: DraftRow, index: number) => (index === 0 && row.subgroupDimension === '' ? 'All learners' : `Subgroup ${index}`)

  return (
    <form ref={form} class="form card outcome-entry" aria-labelledby="outcome-entry-heading" onSubmit={(e) => void save(e)} novalidate>
      <h3 id="outcome-entry-heading">{props.editing ? `Edit ${props.subject.name} outcomes for ${draft.term}` : `Enter a term of ${props.subject.name} outcomes`}</h3>
      <div class="form-grid">
        <Input id="outcome-term" label="Term" value={draft.term} disabled={props.editing} hint={TERM_FORMAT_HINT} error={error('term')} onInput={(v) => setDraft('term', v)} />
        <Input id="outcome-source" label="Source (optional)" value={draft.source} hint='Where the figures come from, e.g. "WIOA Title II report 2024"' error={error('rows.0.source')} onInput={(v) => setDraft('source', v)} />
      </div>
      <FormProblem summary="Not saved. " message={problem()} />
      <Index each={draft.rows}>
        {(row, index) => (
          <fieldset class="outcome-row">
            <legend>{rowLabel(row(), index)}</legend>
            <div class="form-grid">
              <Show when={index > 0}>
                <Input id={`outcome-r${index}-dimension`} label="Subgroup" hint='e.g. "English learner"' value={row().subgroupDimension} error={error(`rows.${index}.subgroupDimension`)}
                  onInput={(v) => setDraft('rows', index, 'subgroupDimension', v)} />
                <Input id={`outcome-r${index}-value`} label="Group" hint='e.g. "yes"' value={row().subgroupValue} error={error(`rows.${index}.subgroupValue`)}
                  onInput={(v) => setDraft('rows', index, 'subgroupValue', v)} />
              </Show>
              <For each={DRAFT_COUNTS}>
                {(count) => (
                  <Input id={`outcome-r${index}-${count}`} label={`${DRAFT_LABELS[count]}${OPTIONAL_COUNTS.has(count) ? ' (optional)' : ''}`} numeric value={row()[count]}
                    error={error(`rows.${index}.${count}`)} onInput={(v) => setDraft('rows', index, count, v)} />
                )}
              </For>
            </div>
            <Show when={index > 0}>
              <button type="button" class="button" onClick={() => (setErrors({}), setDraft('rows', produce((rows) => void rows.splice(index, 1))))}>
                Remove {rowLabel(row(), index).toLowerCase()}
              </button>
            </Show>
          </fieldset>
        )}
      </Index>
      <div class="form-actions">
        <button type="button" class="button" onClick={() => setDraft('rows', draft.rows.length, blankRow())}>Add a subgroup row</button>
        <button type="submit" class="button button-primary" disabled={saving()}>{saving() ? 'Saving…' : 'Save term'}</button>
        <button type="button" class="button" onClick={() => props.onCancel()}>Cancel</button>
      </div>
    </form>
  )
}
