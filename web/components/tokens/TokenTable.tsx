// A person's API tokens: name, access, created, last used and last day, each revocable after a confirmation in
// its row (focus moves to the confirming button and back to the row's button when kept).
import { createSignal, For, Show } from 'solid-js'
import { TOKEN_SCOPE_LABELS } from '../../../shared/schemas/api-tokens'
import type { ApiToken } from '../../api'
import { formatDate, formatWhen } from '../../lib/format'

// `caption` names the table for screen readers (whose tokens they are).
type Props = { tokens: readonly ApiToken[]; caption?: string; onRevoke: (token: ApiToken) => Promise<void> }

export function TokenTable(props: Props) {
  const [confirming, setConfirming] = createSignal<number | null>(null)
  const [busy, setBusy] = createSignal(false)
  const revoke = async (token: ApiToken) => {
    setBusy(true)
    try {
      await props.onRevoke(token)
      setConfirming(null)
    } finally {
      setBusy(false)
    }
  }
  const keep = (token: ApiToken) => {
    setConfirming(null)
    document.getElementById(`revoke-${token.id}`)?.focus()
  }
  return (
    <div class="table-wrap">
      <table class="token-table">
        <caption class="visually-hidden">{props.caption ?? 'Your API tokens'}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Access</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Last day</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={props.tokens}>
            {(token) => (
              <tr>
                <th scope="row">
                  {token.name}
                  <span class="token-prefix">
                    <code>{token.prefix}…</code>
                  </span>
                </th>
                <td>{TOKEN_SCOPE_LABELS[token.scope]}</td>
                <td>{formatWhen(token.createdAt)}</td>
                <td>{token.lastUsedAt ? formatWhen(token.lastUsedAt) : 'Never'}</td>
                <td>
                  {formatDate(token.expiresAt.slice(0, 10))}
                  <Show when={token.expired}>
                    <span class="token-expired"> (expired)</span>
                  </Show>
                </td>
                <td class="row-actions">
                  <Show
                    when={confirming() === token.id}
                    fallback={
                      <button type="button" class="button button-small" id={`revoke-${token.id}`} onClick={() => setConfirming(token.id)}>
                        Revoke<span class="visually-hidden"> {token.name}</span>
                      </button>
                    }
                  >
                    <span class="token-confirm">
                      <button type="button" class="button button-small button-danger" ref={(el) => queueMicrotask(() => el.focus())} disabled={busy()} onClick={() => revoke(token)}>
                        Revoke “{token.name}” now
                      </button>
                      <button type="button" class="button button-small" onClick={() => keep(token)}>
                        Keep
                      </button>
                    </span>
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  )
}
