// The coverage of one framework by another: how many of its items have an equivalent or related counterpart,
// and the list of those that have none.
import { For, Show } from 'solid-js'
import type { Crosswalk } from '../../api'
import { plural } from '../../lib/format'

export function CrosswalkCoverage(props: { crosswalk: Crosswalk }) {
  const coverage = () => props.crosswalk.coverage
  return (
    <section class="crosswalk-coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Coverage of {props.crosswalk.from.title}</h2>
      <p>
        {coverage().covered} of {plural(coverage().total, 'item')} have an equivalent or related counterpart in {props.crosswalk.to.title}.
      </p>
      <Show when={coverage().uncovered.length} fallback={<p class="empty">Every item has a counterpart.</p>}>
        <h3 id="uncovered-heading">No counterpart ({coverage().uncovered.length})</h3>
        <ul class="crosswalk-uncovered" aria-labelledby="uncovered-heading">
          <For each={coverage().uncovered}>
            {(item) => (
              <li>
                <span class="code">{item.code}</span> {item.statement}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}
