// The frame of every page: skip link, site header with navigation and the who-am-I menu, main landmark.
import { A, useLocation, useNavigate } from '@solidjs/router'
import { createEffect, createSignal, on, Show, type ParentProps } from 'solid-js'
import { refreshUnread, unreadCount } from '../lib/inbox'
import { myInvitationCount, refreshMyInvitations } from '../lib/my-invitations'
import { can, sessionKnown, signOut, user } from '../lib/session'
import { problemText } from '../lib/form'
import { signInHref } from '../lib/next-path'
import { AccountMenu } from './AccountMenu'

export function Layout(props: ParentProps) {
  let main!: HTMLElement
  const location = useLocation()
  const navigate = useNavigate()
  const [signOutError, setSignOutError] = createSignal<string | null>(null)
  // After a client-side navigation the clicked link is gone; start keyboard and screen reader users at the new content.
  createEffect(on(() => location.pathname, () => main.focus(), { defer: true }))
  // The inbox count follows the person and is asked again on each page, so new mentions show up as one moves on.
  createEffect(on([() => user()?.id, () => location.pathname], ([id]) => void refreshUnread(id !== undefined)))
  // Employers learn of invitations addressed to them from the navigation (the link shows only when there are some).
  createEffect(on([() => user()?.role, () => user()?.id], ([role]) => void refreshMyInvitations(role === 'employer')))
  // The router would treat "#main" as a navigation; the skip link only needs to move focus.
  const skipToContent = (event: MouseEvent) => {
    event.preventDefault()
    main.focus()
  }
  const onSignOut = async () => {
    setSignOutError(null)
    try {
      await signOut()
      navigate('/')
    } catch (error) {
      setSignOutError(problemText(error))
    }
  }
  return (
    <>
      <a class="skip-link" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <header class="site-header">
        <A href="/" class="brand" aria-label="Rungs home">
          Rungs
        </A>
        <nav aria-label="Main">
          <ul>
            <li>
              <A href="/" end>
                Pathways
              </A>
            </li>
            <li>
              <A href="/modules">Modules</A>
            </li>
            <li>
              <A href="/frameworks">Frameworks</A>
            </li>
            <Show when={can('credential:write')}>
              <li>
                <A href="/credentials">Credentials</A>
              </li>
            </Show>
            <Show when={can('pathway:write')}>
              <li>
                <A href="/wages">Wages</A>
              </li>
            </Show>
            <Show when={can('framework:write')}>
              <li>
                <A href="/import">Import</A>
              </li>
            </Show>
            <Show when={myInvitationCount()}>
              <li>
                <A href="/my/invitations">Invitations for you</A>
              </li>
            </Show>
            <Show when={user()}>
              <li>
                <A href="/inbox" class="inbox-link">
                  Inbox
                  <Show when={unreadCount()}>
                    {(n) => <span class="inbox-count"> ({n()} new)</span>}
                  </Show>
                </A>
              </li>
            </Show>
          </ul>
        </nav>
        <div class="site-account">
          <Show when={sessionKnown()}>
            <Show
              when={user()}
              fallback={
                <A href={signInHref(location.pathname, location.search)} class="sign-in-link">
                  Sign in
                </A>
              }
            >
              {(person) => (
                <AccountMenu user={person()} showUsers={can('users:manage')} showAudit={can('audit:read')} showLevels={can('levels:write')} onSignOut={onSignOut} />
              )}
            </Show>
          </Show>
        </div>
      </header>
      <Show when={signOutError()}>
        {(message) => (
          <div class="error page-error" role="alert">
            <strong>Could not sign out.</strong>
            {message()}
          </div>
        )}
      </Show>
      <main id="main" tabindex="-1" ref={main}>
        {props.children}
      </main>
      <footer class="site-footer">
        <A href="/glossary">Glossary</A>
        <span class="muted">The words of career pathways, explained.</span>
      </footer>
    </>
  )
}
