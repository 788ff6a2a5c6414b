// For each credential of the road map: the weeks and dollars to earn it from each entry point (the shortest route
// of prerequisites and stacking, shared/domain/routes/route-cost.ts) and the schedules its modules are offered in.
import { For, Show } from 'solid-js'
import type { RoadMap } from '../../api'
import { plural } from '../../lib/format'
import { costText, routeSchedules, weeksText, type RouteModule } from '../../lib/route-text'

// The list of credentials with their routes.
export function RouteCost(props: { credentials: RoadMap['credentials']; modules: ReadonlyMap<number, RouteModule> }) {
  const entryName = (id: number) => {
    const m = props.modules.get(id)
    return m ? `${m.code} ${m.title}` : 'an entry point'
  }
  return (
    <ul class="plain-list route-costs">
      <For each={props.credentials}>
        {(credential) => (
          <li class="card route-cost">
            <h3 class="route-cost-title">{credential.title}</h3>
            <Show when={credential.routes.length} fallback={<p class="muted">No route from an entry point of this pathway leads to it yet.</p>}>
              <ul class="plain-list">
                <For each={credential.routes}>
                  {(route) => {
                    const offered = routeSchedules(route, props.modules)
                    return (
                      <li class="route-cost-route">
                        <p>
                          <strong>From {entryName(route.entryId)}:</strong> {weeksText(route)}, {costText(route)}
                        </p>
                        <p class="muted route-cost-modules">
                          {plural(route.moduleIds.length, 'module')}: {route.moduleIds.map((id) => props.modules.get(id)?.code ?? '').join(' → ')}
                        </p>
                        <Show when={offered.everywhere}>{(text) => <p class="route-cost-schedule">Every module offered: {text()}</p>}</Show>
                        <Show when={offered.somewhere}>{(text) => <p class="route-cost-schedule">Some modules offered: {text()}</p>}</Show>
                      </li>
                    )
                  }}
                </For>
              </ul>
            </Show>
          </li>
        )}
      </For>
    </ul>
  )
}
