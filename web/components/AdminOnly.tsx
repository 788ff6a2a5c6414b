// The body of an administration page: shown only to a signed-in person whose role carries the permission (only
// administrators' does); others are told why and how to sign in.
import { A, useLocation } from '@solidjs/router'
import type { JSX } from 'solid-js'
import type { Permission } from '../../shared/domain/permissions'
import { signInHref } from '../lib/next-path'
import { can, user } from '../lib/session'
import { SessionGate } from './SessionGate'

export function AdminOnly(props: { permission: Permission; doing: string; children: JSX.Element }) {
  const location = useLocation()
  return (
    <SessionGate
      allowed={() => can(props.permission)}
      signedOut={
        <p class="notice">
          You need to be an administrator to {props.doing}.{' '}
          <A href={signInHref(location.pathname, location.search)}>Sign in</A> with an administrator's account.
        </p>
      }
      refused={
        <p class="notice">
          You need to be an administrator to {props.doing}. You are signed in as {user()?.name}; ask an administrator
          if you need this.
        </p>
      }
    >
      {props.children}
    </SessionGate>
  )
}
