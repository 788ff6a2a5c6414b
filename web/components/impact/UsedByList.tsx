// What depends on a row, grouped by kind (pathways, modules, credentials...), each with its code, title, how it
// depends, and a link to it.
import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { Dynamic } from 'solid-js/web'
import { DEPENDENT_KINDS, DEPENDENT_LABELS, type Dependent } from '../../../shared/schemas/impact'

type Props = {
  dependents: readonly Dependent[]
  // The level of each group's heading.
  level: 3 | 4 | 5
  empty: string
}

// The dependents as short lists under headings.
export function UsedByList(props: Props) {
  const groups = () =>
    DEPENDENT_KINDS.map((kind) => ({ kind, items: props.dependents.filter((d) => d.kind === kind) })).filter((g) => g.items.length)
  return (
    <Show when={props.dependents.length} fallback={<p class="empty">{props.empty}</p>}>
      <div class="used-by">
        <For each={groups()}>
          {(group) => (
            <div class="used-by-group">
              <Dynamic component={`h${props.level}`} class="used-by-heading">
                {DEPENDENT_LABELS[group.kind]} ({group.items.length})
              </Dynamic>
              <ul class="plain-list used-by-list">
                <For each={group.items}>
                  {(d) => (
                    <li>
                      <A href={d.href}>
                        <Show when={d.code}>
                          <span class="code">{d.code}</span>{' '}
                        </Show>
                        {d.title}
                      </A>
                      <Show when={d.note}>{(note) => <span class="muted"> — {note()}</span>}</Show>
                    </li>
                  )}
                </For>
              </ul>
            </div>
          )}
        </For>
      </div>
    </Show>
  )
}
