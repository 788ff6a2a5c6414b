// A credential's fields, what it stacks into and the jobs it qualifies for. The form checks the fields with the
// server's schema; the server refuses stacking loops and unknown occupations, and its message is shown here as it
// is (beside the field it names, when it names one).
import { createSignal } from 'solid-js'
import { CREDENTIAL_KINDS, type CredentialKind } from '../../../shared/domain/vocabulary'
import { CredentialInput } from '../../../shared/schemas/credential'
import { focusFirstInvalid, validate, type FieldErrors } from '../../lib/form'
import type { OccupationHit } from '../../lib/occupation-search'
import { OccupationPicker } from '../labor/OccupationPicker'
import { SelectField, TextField } from '../Fields'
import { Checklist } from './Checklist'
import { FormProblem } from '../FormProblem'

export type CredentialValues = {
  title: string
  kind: CredentialKind
  issuer: string
  industryRecognised: boolean
  description: string
  stacksIntoIds: number[]
  occupations: OccupationHit[]
}

type Props = {
  heading: string
  initial: CredentialValues
  // Other credentials it may stack into.
  others: readonly { id: number; title: string; kind: string }[]
  // Resolves when saved; rejects with the server's message, which the form shows.
  onSave: (values: CredentialInput) => Promise<void>
  onCancel: () => void
  problem: string | null
  // The fields the server's refusal names, with its messages.
  refused: FieldErrors
  search: (q: string) => Promise<OccupationHit[]>
}

// The credential form.
export function CredentialForm(props: Props) {
  const [values, setValues] = createSignal<CredentialValues>({ ...props.initial })
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [busy, setBusy] = createSignal(false)
  const set = <K extends keyof CredentialValues>(name: K, value: CredentialValues[K]) => setValues({ ...values(), [name]: value })

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    const form = event.currentTarget as HTMLFormElement
    const checked = validate(CredentialInput, { ...values(), occupations: values().occupations.map((o) => o.socCode) })
    setErrors(checked.errors ?? {})
    if (!checked.value) return focusFirstInvalid(form)
    setBusy(true)
    try {
      await props.onSave(checked.value)
    } finally {
      setBusy(false)
    }
  }

  const errorOf = (field: string) => errors()[field] ?? props.refused[field]

  return (
    <form class="form card" novalidate onSubmit={onSubmit} aria-labelledby="credential-form-heading">
      <h2 id="credential-form-heading">{props.heading}</h2>
      <FormProblem summary="Could not save the credential." message={props.problem} />
      <div class="form-grid">
        <TextField id="credential-title" label="Title" autocomplete="off" value={values().title} error={errors().title} onInput={(v) => set('title', v)} />
        <SelectField
          id="credential-kind"
          label="Kind"
          choices={CREDENTIAL_KINDS.map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) }))}
          value={values().kind}
          onChange={(v) => set('kind', v as CredentialKind)}
        />
        <TextField id="credential-issuer" label="Issuer" autocomplete="off" value={values().issuer} error={errors().issuer} onInput={(v) => set('issuer', v)} />
      </div>
      <label>
        <input type="checkbox" checked={values().industryRecognised} onChange={(e) => set('industryRecognised', e.currentTarget.checked)} /> Recognised by
        industry
      </label>
      <div class="field">
        <label for="credential-description">Description</label>
        <textarea id="credential-description" class="wide-textarea" rows={3} value={values().description} onInput={(e) => set('description', e.currentTarget.value)} />
      </div>
      <Checklist
        id="credential-stacks"
        legend="Stacks into"
        hint="The higher credentials this one counts towards, e.g. a certificate that stacks into a diploma."
        options={props.others.map((c) => ({ id: c.id, label: c.title, detail: `(${c.kind})` }))}
        selected={values().stacksIntoIds}
        onChange={(ids) => set('stacksIntoIds', ids)}
      />
      <OccupationPicker
        id="credential-occupations"
        legend="Jobs it qualifies for"
        chosen={values().occupations}
        search={props.search}
        error={errorOf('occupations')}
        onChange={(list) => set('occupations', list)}
      />
      <div class="form-actions">
        <button type="submit" class="button button-primary" disabled={busy()}>
          {busy() ? 'Saving…' : 'Save credential'}
        </button>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </form>
  )
}
