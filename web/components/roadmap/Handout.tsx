// The printed road map's summaries under the ladder (print only; the screen shows each in full above): credentials
// with their jobs, time and cost, and the credit for prior learning on the left; each job once with its wage, and
// who to call, on the right.
import { For, Show } from 'solid-js'
import { ARTICULATION_KIND_LABELS } from '../../../shared/domain/vocabulary'
import type { RoadMap } from '../../api'
import type { RouteModule } from '../../lib/route-text'
import { HandoutContacts } from './HandoutContacts'
import { HandoutCredentials } from './HandoutCredentials'
import { HandoutJobs } from './HandoutJobs'

function HandoutArticulations(props: { articulations: RoadMap['articulations'] }) {
  return (
    <section aria-labelledby="handout-credit-heading" class="handout-credit">
      <h2 id="handout-credit-heading">Credit for what you already know</h2>
      <ul class="plain-list handout-credit-list">
        <For each={props.articulations}>
          {(a) => (
            <li>
              {/* Codes only: the ladder above names each module. */}
              <strong>
                {a.fromModuleCode ?? a.fromCredentialTitle} → {a.toModuleCode}
              </strong>
              : {ARTICULATION_KIND_LABELS[a.kind].toLowerCase()}
              <Show when={a.credits != null}>, {a.credits} credits</Show>
              <Show when={a.description}>{(terms) => <span class="handout-note">. {terms()}</span>}</Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  )
}

export function Handout(props: { roadMap: RoadMap; modules: ReadonlyMap<number, RouteModule> }) {
  return (
    <div class="handout print-only">
      <div>
        <HandoutCredentials roadMap={props.roadMap} modules={props.modules} />
        <Show when={props.roadMap.articulations.length}>
          <HandoutArticulations articulations={props.roadMap.articulations} />
        </Show>
      </div>
      <div>
        <HandoutJobs roadMap={props.roadMap} />
        <HandoutContacts roadMap={props.roadMap} />
      </div>
    </div>
  )
}
