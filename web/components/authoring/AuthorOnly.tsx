// Shows an editor only to someone signed in who may use it; otherwise a way to sign in, or why not.
import { A, useLocation } from '@solidjs/router'
import type { JSX } from 'solid-js'
import { signInHref } from '../../lib/next-path'
import { SessionGate } from '../SessionGate'
import { Title } from '../Title'

export function AuthorOnly(props: { allowed: () => boolean; what: string; children: JSX.Element }) {
  const location = useLocation()
  return (
    <SessionGate
      allowed={props.allowed}
      signedOut={
        <>
          <Title>Sign in to edit</Title>
          <h1>Sign in to edit</h1>
          <p>
            <A href={signInHref(location.pathname, location.search)}>Sign in</A> to edit {props.what}.
          </p>
        </>
      }
      refused={
        <>
          <Title>Not allowed to edit</Title>
          <h1>Not allowed to edit</h1>
          <p>Your account cannot edit {props.what}. Ask an administrator if you should.</p>
        </>
      }
    >
      {props.children}
    </SessionGate>
  )
}
