// The printed road map's credentials: for each, where it is earned and what it stacks into, the jobs it qualifies
// for with their median wage, the weeks and dollars to reach it from each entry point, and the schedules offered.
// The screen shows the same in the credentials ladder, "Jobs at the exits" and "Time and cost to each credential".
import { For, Show } from 'solid-js'
import type { RoadMap } from '../../api'
import { credentialsInLadderOrder } from '../../lib/handout'
import { costText, routeSchedules, weeksText, type RouteModule } from '../../lib/route-text'
import { hourlyWage } from './OccupationWages'

export function HandoutCredentials(props: { roadMap: RoadMap; modules: ReadonlyMap<number, RouteModule> }) {
  const titles = () => new Map(props.roadMap.credentials.map((c) => [c.id, c.title] as const))
  const code = (id: number) => props.modules.get(id)?.code ?? 'a module'
  // "Earned in MFG 101, MFG 110; stacks into Machining Certificate".
  const whereEarned = (credential: RoadMap['credentials'][number]) =>
    [
      credential.moduleIds.length ? `Earned in ${credential.moduleIds.map(code).join(', ')}` : '',
      credential.stacksInto.length ? `stacks into ${credential.stacksInto.map((id) => titles().get(id) ?? 'another credential').join('; ')}` : '',
    ]
      .filter(Boolean)
      .join('; ')
  // The schedules of the modules on its routes: "Evening; some also weekend, hybrid", or "Some: online".
  const schedules = (credential: RoadMap['credentials'][number]) => {
    const offered = routeSchedules({ moduleIds: [...new Set(credential.routes.flatMap((r) => r.moduleIds))] }, props.modules)
    if (!offered.everywhere) return offered.somewhere && `Some: ${offered.somewhere}`
    const every = `${offered.everywhere[0]!.toUpperCase()}${offered.everywhere.slice(1)}`
    return offered.somewhere ? `${every}; some also ${offered.somewhere}` : every
  }
  return (
    <section aria-labelledby="handout-credentials-heading" class="handout-credentials">
      <h2 id="handout-credentials-heading">Credentials: jobs, time and cost</h2>
      <table>
        <colgroup>
          <col class="credential" />
          <col class="jobs" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Credential</th>
            <th scope="col">Qualifies for (median hourly wage)</th>
            <th scope="col">From each entry point: time, cost before aid; schedules</th>
          </tr>
        </thead>
        <tbody>
          <For each={credentialsInLadderOrder(props.roadMap)}>
            {(credential) => (
              <tr>
                <th scope="row">
                  {credential.title}
                  <Show when={whereEarned(credential)}>{(text) => <span class="handout-note"> · {text()}</span>}</Show>
                </th>
                <td>
                  <Show when={credential.occupations.length} fallback={<span class="handout-note">No job named</span>}>
                    {credential.occupations.map((job) => `${job.title} (${hourlyWage(job.wage?.hourlyMedian)})`).join('; ')}
                  </Show>
                </td>
                <td>
                  <Show when={credential.routes.length} fallback={<span class="handout-note">No route from an entry point yet</span>}>
                    <For each={credential.routes}>
                      {(route) => (
                        <span class="handout-route">
                          From {code(route.entryId)}: {weeksText(route)}, {costText(route)}
                        </span>
                      )}
                    </For>
                    <Show when={schedules(credential)}>{(text) => <span class="handout-route handout-note">{text()}</span>}</Show>
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  )
}
