// Shows an editor only to someone signed in who may use it; otherwise a way to sign in, or why not.
import { A, useLocation } from '@solidjs/router'
import { Match, Switch, type JSX } from 'solid-js'
import { signInHref } from '../../lib/next-path'
import { sessionKnown, user } from '../../lib/session'
import { Title } from '../Title'

// Shows `children` to a signed-in author; otherwise a way to sign in, or why editing is not allowed.
export function AuthorOnly(props: { allowed: () => boolean; what: string; children: JSX.Element }) {
  const location = useLocation()
  return (
    <Switch>
      <Match when={!sessionKnown()}>
        <p class="status" role="status">
          Checking who is signed in…
        </p>
      </Match>
      <Match when={!user()}>
        <Title>Sign in to edit</Title>
        <h1>Sign in to edit</h1>
        <p>
          <A href={signInHref(location.pathname, location.search)}>Sign in</A> to edit {props.what}.
        </p>
      </Match>
      <Match when={!props.allowed()}>
        <Title>Not allowed to edit</Title>
        <h1>Not allowed to edit</h1>
        <p>Your account cannot edit {props.what}. Ask an administrator if you should.</p>
      </Match>
      <Match when={true}>{props.children}</Match>
    </Switch>
  )
}
