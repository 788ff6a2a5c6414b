// The who-am-I menu of the header: the person's name and role on a disclosure button that opens their links
// and "Sign out". Escape closes it and returns focus to the button; leaving it with Tab or a click closes it too.
import { A } from '@solidjs/router'
import { createSignal, onCleanup, onMount, Show } from 'solid-js'
import { ROLE_LABELS } from '../../shared/domain/permissions'
import type { SessionUser } from '../api'

type Props = {
  user: SessionUser
  // Which of the administration links to offer.
  showUsers: boolean
  showAudit: boolean
  showLevels: boolean
  onSignOut: () => void
}

export function AccountMenu(props: Props) {
  const [open, setOpen] = createSignal(false)
  let root!: HTMLDivElement
  let button!: HTMLButtonElement
  const close = (returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) button.focus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open()) {
      event.preventDefault()
      close(true)
    }
  }
  // Focus moving outside the menu closes it, and so does a click elsewhere (some browsers do not focus a
  // clicked button, so focus alone would not tell).
  const onFocusOut = (event: FocusEvent) => {
    if (event.relatedTarget instanceof Node && !root.contains(event.relatedTarget)) setOpen(false)
  }
  const onPointerDown = (event: PointerEvent) => {
    if (open() && event.target instanceof Node && !root.contains(event.target)) setOpen(false)
  }
  onMount(() => document.addEventListener('pointerdown', onPointerDown))
  onCleanup(() => document.removeEventListener('pointerdown', onPointerDown))
  return (
    <div class="account-menu" ref={root} onKeyDown={onKeyDown} onFocusOut={onFocusOut}>
      <button
        type="button"
        class="account-button"
        aria-expanded={open()}
        aria-controls="account-menu-panel"
        ref={button}
        onClick={() => setOpen(!open())}
      >
        <span class="account-name">{props.user.name}</span>
        <span class="visually-hidden">, </span>
        <span class="account-role">{ROLE_LABELS[props.user.role]}</span>
        <span class="account-chevron" aria-hidden="true" />
      </button>
      <div class="account-panel" id="account-menu-panel" hidden={!open()}>
        <p class="account-email">{props.user.email}</p>
        <ul>
          <Show when={props.showUsers}>
            <li>
              <A href="/admin/users" onClick={() => close(false)}>
                Users
              </A>
            </li>
            <li>
              <A href="/admin/reviewers" onClick={() => close(false)}>
                Reviewers
              </A>
            </li>
          </Show>
          <Show when={props.showAudit}>
            <li>
              <A href="/admin/audit" onClick={() => close(false)}>
                Recent changes
              </A>
            </li>
          </Show>
          <Show when={props.showLevels}>
            <li>
              <A href="/admin/levels" onClick={() => close(false)}>
                Adult education levels
              </A>
            </li>
          </Show>
          <li>
            <A href="/account/tokens" onClick={() => close(false)}>
              API tokens
            </A>
          </li>
          <li>
            <button
              type="button"
              class="account-sign-out"
              onClick={() => {
                setOpen(false)
                props.onSignOut()
              }}
            >
              Sign out
            </button>
          </li>
        </ul>
      </div>
    </div>
  )
}
