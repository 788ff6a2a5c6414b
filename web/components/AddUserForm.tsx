// The form that adds a person: email, name, role, organisation and an initial password, checked with the same
// schema the server uses; the server's refusals (e.g. an email already in use) are shown on the form.
import { createSignal } from 'solid-js'
import { ROLE_LABELS, type Role } from '../../shared/domain/permissions'
import { UserInput } from '../../shared/schemas/account'
import { ApiError, type Person } from '../api'
import { focusFirstInvalid, problemText, validate, type Choice, type FieldErrors } from '../lib/form'
import { ROLE_CHOICES } from '../lib/people'
import { SelectField, TextField } from './Fields'
import { FormProblem } from './FormProblem'

const EMPTY = { email: '', name: '', role: 'viewer' as Role, organisationId: '', password: '' }

export function AddUserForm(props: { organisations: readonly Choice[]; onAdd: (input: UserInput) => Promise<Person> }) {
  const [fields, setFields] = createSignal({ ...EMPTY })
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [problem, setProblem] = createSignal('')
  const [added, setAdded] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  const set = (name: keyof typeof EMPTY) => (value: string) => setFields({ ...fields(), [name]: value })

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (busy()) return
    const form = event.currentTarget as HTMLFormElement
    const { organisationId, ...rest } = fields()
    const checked = validate(UserInput, { ...rest, organisationId: organisationId ? Number(organisationId) : null })
    setErrors(checked.errors ?? {})
    setProblem('')
    setAdded('')
    if (!checked.value) return focusFirstInvalid(form)
    setBusy(true)
    try {
      const person = await props.onAdd(checked.value)
      setFields({ ...EMPTY })
      setAdded(`Added ${person.name} (${person.email}) as ${ROLE_LABELS[person.role]}.`)
    } catch (error) {
      // A refusal about one field (an email already in use) is shown at that field, where focus goes.
      const field = error instanceof ApiError && (error.details as { field?: string } | undefined)?.field
      if (field) {
        setErrors({ [field]: problemText(error) })
        setProblem('Check the field marked below.')
        focusFirstInvalid(form)
      } else setProblem(problemText(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="form card" novalidate aria-labelledby="add-person-heading" onSubmit={onSubmit}>
      <h2 id="add-person-heading">Add a person</h2>
      <FormProblem summary="Could not add this person." message={problem()} />
      <div class="form-grid">
        <TextField id="new-email" label="Email" type="email" autocomplete="off" value={fields().email} error={errors().email} onInput={set('email')} />
        <TextField id="new-name" label="Name" autocomplete="off" value={fields().name} error={errors().name} onInput={set('name')} />
        <SelectField id="new-role" label="Role" choices={ROLE_CHOICES} value={fields().role} error={errors().role} onChange={set('role')} />
        <SelectField
          id="new-organisation"
          label="Organisation"
          choices={props.organisations}
          value={fields().organisationId}
          error={errors().organisationId}
          onChange={set('organisationId')}
        />
        <TextField
          id="new-password"
          label="Initial password"
          type="password"
          autocomplete="new-password"
          hint="At least 12 characters. Give it to the person privately."
          value={fields().password}
          error={errors().password}
          onInput={set('password')}
        />
      </div>
      <div class="form-actions">
        <button type="submit" class="button button-primary">
          {busy() ? 'Adding…' : 'Add person'}
        </button>
        <p role="status" class="saved">
          {added()}
        </p>
      </div>
    </form>
  )
}
