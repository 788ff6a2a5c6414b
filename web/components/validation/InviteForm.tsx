// Invite an employer by name, company and email; the page shows the new link (and whether it was emailed).
import { createSignal, Show } from 'solid-js'
import { InviteInput } from '../../../shared/schemas/validation'
import { problemText, validate, type FieldErrors } from '../../lib/form'

export function InviteForm(props: { emailEnabled: boolean; onInvite: (input: InviteInput) => Promise<void> }) {
  const [fields, setFields] = createSignal({ employerName: '', company: '', email: '' })
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [problem, setProblem] = createSignal<string | null>(null)
  const set = (key: keyof InviteInput, value: string) => setFields((old) => ({ ...old, [key]: value }))
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    setProblem(null)
    const checked = validate(InviteInput, fields())
    if (checked.errors) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    try {
      await props.onInvite(checked.value)
      setFields({ employerName: '', company: '', email: '' })
    } catch (error) {
      setProblem(problemText(error))
    }
  }
  const field = (key: keyof InviteInput, label: string, type = 'text', autocomplete = 'off') => (
    <div>
      <label for={`invite-${key}`}>{label}</label>
      <input
        id={`invite-${key}`}
        type={type}
        autocomplete={autocomplete}
        value={fields()[key]}
        onInput={(e) => set(key, e.currentTarget.value)}
        aria-invalid={errors()[key] ? 'true' : undefined}
        aria-describedby={`invite-${key}-error`}
      />
      <span id={`invite-${key}-error`} class="save-state save-state-failed">
        {errors()[key]}
      </span>
    </div>
  )
  return (
    <form class="validation-form" onSubmit={submit} aria-labelledby="invite-heading">
      <h3 id="invite-heading">Invite an employer</h3>
      {field('employerName', 'Name')}
      {field('company', 'Company')}
      {field('email', 'Email', 'email')}
      <div>
        <button type="submit" class="button button-primary">
          {props.emailEnabled ? 'Send invitation' : 'Create invitation link'}
        </button>
      </div>
      <Show when={problem()}>
        <p class="error" role="alert">
          {problem()}
        </p>
      </Show>
    </form>
  )
}
