// The printed road map's jobs: each occupation once, with its median wage, whether it pays the family-sustaining
// wage, and the exits and credentials that lead to it. On screen, "Jobs at the exits" shows the same and more.
import { For, Show } from 'solid-js'
import type { RoadMap } from '../../api'
import { handoutJobs } from '../../lib/handout'
import { medianWage } from './OccupationWages'

export function HandoutJobs(props: { roadMap: RoadMap }) {
  const sources = () => [...new Set(handoutJobs(props.roadMap).flatMap(({ job }) => (job.wage?.sourceWords ? [job.wage.sourceWords] : [])))]
  return (
    <section aria-labelledby="handout-jobs-heading" class="handout-jobs">
      <h2 id="handout-jobs-heading">Jobs and wages</h2>
      <Show when={props.roadMap.familyWageHourly}>
        {(wage) => (
          <p class="handout-note">
            A family-sustaining wage here: ${wage().toFixed(2)} an hour
            <Show when={props.roadMap.familyWageSource}>{(source) => <> ({source()})</>}</Show>.
          </p>
        )}
      </Show>
      <Show when={sources().length}>
        <p class="handout-note">Wages: {sources().join('; ')}.</p>
      </Show>
      <Show when={handoutJobs(props.roadMap).length} fallback={<p class="handout-note">No jobs are named at this pathway's exits yet.</p>}>
        <ul class="plain-list handout-job-list">
          <For each={handoutJobs(props.roadMap)}>
            {({ job, exits, credentials }) => (
              <li>
                <strong>{job.title}</strong> (SOC {job.socCode}): median {medianWage(job.wage)}
                <Show when={job.atFamilyWage}> ✓ family-sustaining</Show>
                <span class="handout-note">
                  {' · '}
                  {/* The credentials table names the jobs of each credential: here only where no exit leads. */}
                  {exits.length ? `exit after ${exits.join(', ')}` : `with ${credentials.join('; ')}`}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}
