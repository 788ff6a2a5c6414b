// Invite an employer by name, company and email; the new link is shown once, with a button that copies it.
import { createSignal, Show } from 'solid-js'
import { InviteInput } from '../../../shared/schemas/validation'
import { problemText, validate, type FieldErrors } from '../../lib/form'

export function InviteForm(props: { onInvite: (input: InviteInput) => Promise<{ url: string; name: string }> }) {
  const [fields, setFields] = createSignal({ employerName: '', company: '', email: '' })
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [problem, setProblem] = createSignal<string | null>(null)
  const [link, setLink] = createSignal<{ url: string; name: string } | null>(null)
  const [copied, setCopied] = createSignal(false)
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
      setCopied(false)
      setLink(await props.onInvite(checked.value))
      setFields({ employerName: '', company: '', email: '' })
    } catch (error) {
      setProblem(problemText(error))
    }
  }
  const copy = async () => {
    await navigator.clipboard.writeText(link()!.url)
    setCopied(true)
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
          Create invitation link
        </button>
      </div>
      <Show when={problem()}>
        <p class="error" role="alert">
          {problem()}
        </p>
      </Show>
      <div role="status">
        <Show when={link()}>
          {(l) => (
            <div class="new-link">
              <p>
                <strong>Link for {l().name}.</strong> Send it now: for safety it is shown only this once.
              </p>
              <label for="invite-link">Invitation link</label>
              <input id="invite-link" readOnly value={l().url} onFocus={(e) => e.currentTarget.select()} />
              <p>
                <button type="button" class="button" onClick={() => void copy()}>
                  Copy link
                </button>{' '}
                <Show when={copied()}>Copied.</Show>
              </p>
            </div>
          )}
        </Show>
      </div>
    </form>
  )
}
