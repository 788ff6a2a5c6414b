// The form that creates an API token: a name, read-only or read-and-write, and the last day it works (required,
// at most a year ahead), checked with the schema and the rule the server applies.
import { createSignal } from 'solid-js'
import { ApiTokenInput, dateAfter, expiryProblem, TOKEN_DEFAULT_DAYS, TOKEN_MAX_DAYS, TOKEN_SCOPE_LABELS, TOKEN_SCOPES, type TokenScope } from '../../../shared/schemas/api-tokens'
import { focusFirstInvalid, problemText, refusedFields, validate, type FieldErrors } from '../../lib/form'
import { SelectField, TextField } from '../Fields'
import { FormProblem } from '../FormProblem'

const SCOPE_CHOICES = TOKEN_SCOPES.map((scope) => ({ value: scope, label: TOKEN_SCOPE_LABELS[scope] }))
const fresh = () => ({ name: '', scope: 'read' as TokenScope, expiresOn: dateAfter(Date.now(), TOKEN_DEFAULT_DAYS) })

export function NewTokenForm(props: { onCreate: (input: ApiTokenInput) => Promise<unknown> }) {
  const [fields, setFields] = createSignal(fresh())
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [problem, setProblem] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  const set = (name: keyof ReturnType<typeof fresh>) => (value: string) => setFields({ ...fields(), [name]: value })

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (busy()) return
    const form = event.currentTarget as HTMLFormElement
    const checked = validate(ApiTokenInput, fields())
    const tooLate = checked.value && expiryProblem(checked.value.expiresOn, Date.now())
    setErrors(checked.errors ?? (tooLate ? { expiresOn: `The last day ${tooLate}` } : {}))
    setProblem('')
    if (!checked.value || tooLate) return focusFirstInvalid(form)
    setBusy(true)
    try {
      await props.onCreate(checked.value)
      setFields(fresh())
    } catch (error) {
      const named = refusedFields(error)
      setErrors(named)
      setProblem(problemText(error))
      focusFirstInvalid(form)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="form card" novalidate aria-labelledby="new-token-heading" onSubmit={onSubmit}>
      <h2 id="new-token-heading">Create a token</h2>
      <FormProblem summary="Could not create the token." message={problem()} />
      <div class="form-grid">
        <TextField
          id="token-name"
          label="Name"
          autocomplete="off"
          hint="What the token is for, e.g. “Nightly catalogue export”."
          value={fields().name}
          error={errors().name}
          onInput={set('name')}
        />
        <SelectField
          id="token-scope"
          label="Access"
          hint="A read-only token cannot change anything. Either kind can do at most what your role allows."
          choices={SCOPE_CHOICES}
          value={fields().scope}
          error={errors().scope}
          onChange={set('scope')}
        />
        <TextField
          id="token-expires"
          label="Last day it works"
          type="date"
          autocomplete="off"
          min={dateAfter(Date.now(), 1)}
          max={dateAfter(Date.now(), TOKEN_MAX_DAYS)}
          hint={`Up to ${TOKEN_MAX_DAYS} days ahead; it stops at the end of that day (UTC).`}
          value={fields().expiresOn}
          error={errors().expiresOn}
          onInput={set('expiresOn')}
        />
      </div>
      <div class="form-actions">
        <button type="submit" class="button button-primary">
          {busy() ? 'Creating…' : 'Create token'}
        </button>
      </div>
    </form>
  )
}
