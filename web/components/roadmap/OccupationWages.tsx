// One job named at an exit or for a credential: its median wage, the 25th–75th percentile range, projected growth
// and annual openings, each with its source in words. A figure BLS does not publish reads "not published", never 0.
import { Show } from 'solid-js'
import type { RoadMapModule } from '../../api'

export type ExitJob = RoadMapModule['occupations'][number]

const hourly = (n: number | null | undefined) => (n == null ? null : `$${n.toFixed(2)}`)
const annual = (n: number | null | undefined) => (n == null ? null : `$${Math.round(n).toLocaleString('en-US')}`)
const NOT_PUBLISHED = 'not published'

function range(low: string | null, high: string | null): string {
  return low && high ? `${low} – ${high}` : NOT_PUBLISHED
}

// "$24.37 an hour · $50,690 a year"; one "not published" when neither figure is.
function perHourAndYear(perHour: string | null, perYear: string | null): string {
  if (perHour === NOT_PUBLISHED && perYear === NOT_PUBLISHED) return NOT_PUBLISHED
  return `${perHour ?? NOT_PUBLISHED} an hour · ${perYear ?? NOT_PUBLISHED} a year`
}

// A median hourly wage, "$24.37" or "not published".
export const hourlyWage = (n: number | null | undefined) => hourly(n) ?? NOT_PUBLISHED

// A job's median wage: "$24.37 an hour · $50,690 a year", or "not published".
export const medianWage = (wage: ExitJob['wage']) =>
  perHourAndYear(hourlyWage(wage?.hourlyMedian), annual(wage?.annualMedian) ?? NOT_PUBLISHED)

function growth(percent: number | null | undefined): string {
  if (percent == null) return NOT_PUBLISHED
  return `${percent > 0 ? '+' : ''}${percent.toFixed(1)}%`
}

export function OccupationWages(props: { job: ExitJob }) {
  const wage = () => props.job.wage
  const projection = () => props.job.projection
  return (
    <article class="exit-job" aria-label={`${props.job.title}, SOC ${props.job.socCode}`}>
      <h4 class="exit-job-title">
        {props.job.title} <span class="muted">(SOC {props.job.socCode})</span>
      </h4>
      <Show when={props.job.atFamilyWage === true}>
        <p class="exit-job-mark family-wage-met">Pays a family-sustaining wage</p>
      </Show>
      <Show when={props.job.atFamilyWage === false}>
        <p class="exit-job-mark family-wage-below">Below the family-sustaining wage</p>
      </Show>
      <dl class="exit-job-figures">
        <dt>Median wage</dt>
        <dd>{medianWage(wage())}</dd>
        <dt>Middle half earns</dt>
        <dd>{perHourAndYear(range(hourly(wage()?.hourlyP25), hourly(wage()?.hourlyP75)), range(annual(wage()?.annualP25), annual(wage()?.annualP75)))}</dd>
        <dt>Projected growth</dt>
        <dd>
          {growth(projection()?.changePercent)}
          <Show when={projection()}>{(p) => <span class="muted"> over {p().period}</span>}</Show>
        </dd>
        <dt>Openings a year</dt>
        <dd>{projection()?.annualOpenings == null ? NOT_PUBLISHED : projection()!.annualOpenings!.toLocaleString('en-US')}</dd>
      </dl>
      <p class="exit-job-source muted">
        Source: {wage()?.sourceWords ?? 'no wage published'}
        <Show when={projection()}>{(p) => <>; {p().sourceWords}</>}</Show>
      </p>
    </article>
  )
}
