// /sign-in: email and password; on success goes back to the page the person came from (`?next=`, this site only).
import { A, useNavigate, useSearchParams } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { LoginInput } from '../../shared/schemas/account'
import { TextField } from '../components/Fields'
import { Title } from '../components/Title'
import { focusFirstInvalid, problemText, validate, type FieldErrors } from '../lib/form'
import { safeNextPath } from '../lib/next-path'
import { signIn, user } from '../lib/session'
import { FormProblem } from '../components/FormProblem'

export default function SignInPage() {
  const [params] = useSearchParams<{ next?: string }>()
  const navigate = useNavigate()
  const next = () => safeNextPath(params.next, window.location.origin)
  const [email, setEmail] = createSignal('')
  const [password, setPassword] = createSignal('')
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [problem, setProblem] = createSignal<string | null>(null)
  const [busy, setBusy] = createSignal(false)

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (busy()) return
    const form = event.currentTarget as HTMLFormElement
    const checked = validate(LoginInput, { email: email(), password: password() })
    setErrors(checked.errors ?? {})
    setProblem(null)
    if (!checked.value) return focusFirstInvalid(form)
    setBusy(true)
    try {
      await signIn(checked.value)
      navigate(next(), { replace: true })
    } catch (error) {
      setProblem(problemText(error))
      setPassword('')
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="narrow">
      <Title>Sign in</Title>
      <h1>Sign in to Rungs</h1>
      <Show
        when={!user()}
        fallback={
          <p class="notice">
            You are signed in as {user()?.name}. <A href={next()}>Continue</A>
          </p>
        }
      >
        <p class="lede">Sign in to edit the pathways and modules of your organisation. Anyone may read the road maps.</p>
        <FormProblem summary="Could not sign you in." message={problem()} />
        <form class="form card" novalidate onSubmit={onSubmit}>
          <TextField
            id="email"
            label="Email"
            type="email"
            autocomplete="username"
            value={email()}
            error={errors().email}
            onInput={setEmail}
          />
          <TextField
            id="password"
            label="Password"
            type="password"
            autocomplete="current-password"
            value={password()}
            error={errors().password}
            onInput={setPassword}
          />
          <div class="form-actions">
            <button type="submit" class="button button-primary">
              {busy() ? 'Signing in…' : 'Sign in'}
            </button>
          </div>
        </form>
      </Show>
    </section>
  )
}
