// Shows `children` once the session is known and the person may see them; otherwise what to do instead
// (`signedOut`: a way to sign in; `refused`: why not). The server refuses them anyway.
import { Match, Switch, type JSX } from 'solid-js'
import { sessionKnown, user } from '../lib/session'

export function SessionGate(props: { allowed: () => boolean; signedOut: JSX.Element; refused: JSX.Element; children: JSX.Element }) {
  return (
    <Switch>
      <Match when={!sessionKnown()}>
        <p class="status" role="status">
          Checking who is signed in…
        </p>
      </Match>
      <Match when={!user()}>{props.signedOut}</Match>
      <Match when={!props.allowed()}>{props.refused}</Match>
      <Match when={true}>{props.children}</Match>
    </Switch>
  )
}
