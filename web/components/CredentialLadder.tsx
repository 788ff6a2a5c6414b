// How a pathway's credentials stack: each ladder as a chain, then each credential with its modules and next rung.
import { A } from '@solidjs/router'
import { createMemo, For, Show } from 'solid-js'
import type { RoadMapCredential } from '../api'
import { credentialLadders } from '../lib/credential-ladders'

type Props = {
  credentials: readonly RoadMapCredential[]
  // Module codes by id, to name the modules that earn each credential.
  moduleCodes: ReadonlyMap<number, string>
}

export function CredentialLadder(props: Props) {
  const byId = createMemo(() => new Map(props.credentials.map((c) => [c.id, c])))
  const title = (id: number) => byId().get(id)?.title ?? `Credential ${id}`
  const ladders = createMemo(() => credentialLadders(props.credentials).filter((ladder) => ladder.length > 1))
  return (
    <Show when={props.credentials.length} fallback={<p class="empty">No module of this pathway leads to a credential yet.</p>}>
      <Show when={ladders().length} fallback={<p class="empty">None of these credentials stacks into another.</p>}>
        <ul class="ladders">
          <For each={ladders()}>
            {(ladder) => (
              <li>
                <ol class="ladder" aria-label={`From ${title(ladder[0] as number)} to ${title(ladder[ladder.length - 1] as number)}`}>
                  <For each={ladder}>
                    {(id) => (
                      <li>
                        <span class="ladder-step">{title(id)}</span>
                      </li>
                    )}
                  </For>
                </ol>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <div class="table-wrap" role="region" aria-label="Credentials and what they stack into" tabindex="0">
        <table>
          <caption class="visually-hidden">Credentials and what they stack into</caption>
          <thead>
            <tr>
              <th scope="col">Credential</th>
              <th scope="col">Kind</th>
              <th scope="col">Issuer</th>
              <th scope="col">Earned through</th>
              <th scope="col">Stacks into</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.credentials}>
              {(credential) => (
                <tr>
                  <th scope="row">
                    {credential.title}
                    <Show when={credential.industryRecognised}>
                      {' '}
                      <span class="badge">Industry-recognised</span>
                    </Show>
                  </th>
                  <td class="capitalize">{credential.kind}</td>
                  <td>{credential.issuer ?? '—'}</td>
                  <td>
                    <Show when={credential.moduleIds.length} fallback={<span class="muted">Reached by stacking only</span>}>
                      <ul class="inline-list">
                        <For each={credential.moduleIds}>
                          {(id) => (
                            <li>
                              <A href={`/modules/${id}`}>{props.moduleCodes.get(id) ?? `Module ${id}`}</A>
                            </li>
                          )}
                        </For>
                      </ul>
                    </Show>
                  </td>
                  <td>
                    <Show when={credential.stacksInto.length} fallback={<span class="muted">Stacks no further</span>}>
                      {credential.stacksInto.map(title).join(', ')}
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  )
}
