// Articulation agreements as a table: which learning earns credit for which module, how, and for how much.
import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { ARTICULATION_KIND_LABELS } from '../../shared/domain/vocabulary'
import type { Articulation } from '../api'

export function ArticulationTable(props: { articulations: readonly Articulation[]; caption: string }) {
  return (
    <div class="table-wrap" role="region" aria-label={props.caption} tabindex="0">
      <table>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Earns credit for</th>
            <th scope="col">Kind</th>
            <th scope="col">Credits</th>
            <th scope="col">Terms</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.articulations}>
            {(a) => (
              <tr>
                <td>
                  <Show when={a.fromModuleId} fallback={<>Credential: {a.fromCredentialTitle}</>}>
                    {(id) => (
                      <A href={`/modules/${id()}`}>
                        <span class="code">{a.fromModuleCode}</span> {a.fromModuleTitle}
                      </A>
                    )}
                  </Show>
                </td>
                <td>
                  <A href={`/modules/${a.toModuleId}`}>
                    <span class="code">{a.toModuleCode}</span> {a.toModuleTitle}
                  </A>
                </td>
                <td>{ARTICULATION_KIND_LABELS[a.kind]}</td>
                <td>{a.credits ?? '—'}</td>
                <td>{a.description ?? '—'}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  )
}
