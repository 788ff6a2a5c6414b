// The body of an administration page: shown only to a signed-in person whose role carries the permission (only
// administrators' does); others are told why and how to sign in. The server refuses them anyway.
import { A, useLocation } from '@solidjs/router'
import { Match, Switch, type JSX } from 'solid-js'
import type { Permission } from '../../shared/domain/permissions'
import { signInHref } from '../lib/next-path'
import { can, sessionKnown, user } from '../lib/session'

export function AdminOnly(props: { permission: Permission; doing: string; children: JSX.Element }) {
  const location = useLocation()
  return (
    <Switch>
      <Match when={!sessionKnown()}>
        <p class="status" role="status">
          Checking who is signed in…
        </p>
      </Match>
      <Match when={!user()}>
        <p class="notice">
          You need to be an administrator to {props.doing}.{' '}
          <A href={signInHref(location.pathname, location.search)}>Sign in</A> with an administrator's account.
        </p>
      </Match>
      <Match when={!can(props.permission)}>
        <p class="notice">
          You need to be an administrator to {props.doing}. You are signed in as {user()?.name}; ask an administrator
          if you need this.
        </p>
      </Match>
      <Match when={true}>{props.children}</Match>
    </Switch>
  )
}
