// A module's completion and credential rates term by term, as two small lines, with the table equivalent. A
// hidden rate breaks its line (no point is drawn where the figure is not shown).
import { For, Show } from 'solid-js'
import type { PublishedOutcomeRow } from '../../../shared/domain/outcomes/table'
import { termLabel } from '../../../shared/domain/outcomes/terms'
import { countText, isHidden, rateText } from './figures'
import { OutcomeTable } from './OutcomeTable'

const [WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM] = [330, 130, 36, 6, 8, 28]
// At most this many term labels under the axis, so that they never run into each other.
const MOST_LABELS = 4
const SERIES = [
  { rate: 'completionRate', label: 'Completion' },
  { rate: 'credentialRate', label: 'Credential' },
] as const

// The runs of consecutive shown points of one series, each drawn as its own line.
function segments(points: Array<readonly [number, number] | null>): Array<Array<readonly [number, number]>> {
  const runs: Array<Array<readonly [number, number]>> = [[]]
  for (const point of points) {
    if (point) runs[runs.length - 1]!.push(point)
    else if (runs[runs.length - 1]!.length) runs.push([])
  }
  return runs.filter((run) => run.length)
}

// `rows` are the module's all-learners rows of each term, in term order.
export function OutcomeTrend(props: { code: string; rows: PublishedOutcomeRow[]; threshold: number }) {
  const x = (index: number) => LEFT + (props.rows.length < 2 ? (WIDTH - LEFT - RIGHT) / 2 : (index * (WIDTH - LEFT - RIGHT)) / (props.rows.length - 1))
  const y = (rate: number) => TOP + (1 - rate) * (HEIGHT - TOP - BOTTOM)
  const pointsOf = (rate: (typeof SERIES)[number]['rate']) =>
    props.rows.map((row, index) => (row[rate] === null ? null : ([x(index), y(row[rate])] as const)))
  const last = () => props.rows.length - 1
  const labelled = (index: number) => index === last() || (index % Math.ceil(props.rows.length / MOST_LABELS) === 0 && last() - index >= Math.ceil(props.rows.length / MOST_LABELS))
  // The first label starts at its point and the last ends at it, so neither runs off the picture.
  const anchor = (index: number) => (props.rows.length < 2 ? 'middle' : index === 0 ? 'start' : index === last() ? 'end' : 'middle')
  const alternative = () =>
    `${props.code}, completion and credential rate by term: ` +
    props.rows.map((row) => `${termLabel(row.term)} ${SERIES.map((s) => `${s.label.toLowerCase()} ${rateText(row[s.rate], isHidden(row, s.rate))}`).join(', ')}`).join('; ')
  return (
    <figure class="outcome-trend">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={alternative()}>
        <For each={[0, 0.5, 1]}>
          {(rate) => (
            <g class="trend-grid">
              <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(rate)} y2={y(rate)} />
              <text x={LEFT - 6} y={y(rate)} text-anchor="end" dominant-baseline="middle">
                {rate * 100}%
              </text>
            </g>
          )}
        </For>
        <For each={props.rows}>
          {(row, index) => (
            <Show when={labelled(index())}>
              <text x={x(index())} y={HEIGHT - BOTTOM + 16} text-anchor={anchor(index())} class="trend-term">
                {termLabel(row.term)}
              </text>
            </Show>
          )}
        </For>
        <For each={SERIES}>
          {(series) => (
            <g class={`trend-series trend-${series.rate}`}>
              <For each={segments(pointsOf(series.rate))}>{(run) => <polyline points={run.map((p) => p.join(',')).join(' ')} />}</For>
              <For each={pointsOf(series.rate)}>{(point) => point && <circle cx={point[0]} cy={point[1]} r="3.5" />}</For>
            </g>
          )}
        </For>
      </svg>
      <p class="trend-legend" aria-hidden="true">
        <span class="trend-key trend-completionRate">Completion</span> <span class="trend-key trend-credentialRate">Credential</span>
      </p>
      <details class="outcome-table-details">
        <summary>Term by term as a table</summary>
        <OutcomeTable caption={`${props.code}: completion and credential rate by term`} columns={['Term', 'Entered', 'Completion', 'Credential']}>
          <For each={props.rows}>
            {(row) => (
              <tr>
                <th scope="row">{termLabel(row.term)}</th>
                <td>{countText(row.enrolled, isHidden(row, 'enrolled'), props.threshold)}</td>
                <td>{rateText(row.completionRate, isHidden(row, 'completionRate'))}</td>
                <td>{rateText(row.credentialRate, isHidden(row, 'credentialRate'))}</td>
              </tr>
            )}
          </For>
        </OutcomeTable>
      </details>
    </figure>
  )
}
