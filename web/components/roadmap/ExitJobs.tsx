// The jobs a pathway leads to: for each exit point and each credential, the occupations named there with their
// wages and outlook, and the pathway's family-sustaining wage those are marked against.
import { For, Show } from 'solid-js'
import type { RoadMap } from '../../api'
import { OccupationWages } from './OccupationWages'

// "for Greater Dayton, Ohio in 2025": the region and year the family-sustaining wage holds for, as far as given.
const familyWageWhere = (p: RoadMap) =>
  [p.familyWageRegion && `for ${p.familyWageRegion}`, p.familyWageYear && `in ${p.familyWageYear}`].filter(Boolean).join(' ')

// `class` adds classes to the section (the public view prints the handout's shorter list instead).
export function ExitJobs(props: { pathway: RoadMap; class?: string }) {
  const exits = () => props.pathway.stages.flatMap((s) => s.modules.filter((m) => m.isExit && m.occupations.length))
  const credentials = () => props.pathway.credentials.filter((c) => c.occupations.length)
  return (
    <section aria-labelledby="exit-jobs-heading" class={`exit-jobs ${props.class ?? ''}`.trim()}>
      <h2 id="exit-jobs-heading">Jobs at the exits</h2>
      <Show
        when={props.pathway.familyWageHourly != null}
        fallback={<p class="muted">No family-sustaining wage has been set for this pathway.</p>}
      >
        <p class="family-wage">
          Family-sustaining wage: <strong>${props.pathway.familyWageHourly!.toFixed(2)} an hour</strong>
          <Show when={familyWageWhere(props.pathway)}>{(where) => <> {where()}</>}</Show>
          <Show when={props.pathway.familyWageSource}>{(source) => <span class="muted"> ({source()})</span>}</Show>
        </p>
      </Show>
      <Show when={exits().length || credentials().length} fallback={<p class="empty">No jobs are named at this pathway's exits yet.</p>}>
        <For each={exits()}>
          {(exit) => (
            <section aria-labelledby={`exit-${exit.id}`} class="exit-point">
              <h3 id={`exit-${exit.id}`}>
                Exit after {exit.code} {exit.title} <span class="muted">(stage {exit.stage})</span>
              </h3>
              <ul class="exit-job-list">
                <For each={exit.occupations}>{(job) => <li><OccupationWages job={job} /></li>}</For>
              </ul>
            </section>
          )}
        </For>
        <Show when={credentials().length}>
          <section aria-labelledby="credential-jobs-heading" class="exit-point">
            <h3 id="credential-jobs-heading">Jobs each credential qualifies for</h3>
            <ul class="credential-job-list">
              <For each={credentials()}>
                {(credential) => (
                  <li>
                    <strong>{credential.title}</strong>:{' '}
                    {credential.occupations.map((o) => `${o.title} (SOC ${o.socCode})`).join('; ')}
                  </li>
                )}
              </For>
            </ul>
          </section>
        </Show>
      </Show>
    </section>
  )
}
