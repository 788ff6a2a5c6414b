// The distribution of ratings of one competency as a bar whose segments also carry their numbers, so the
// counts are readable without colour; the full sentence is the bar's accessible name.
import { For, Show } from 'solid-js'
import { RATINGS, RATING_LABELS, type Distribution } from '../../../shared/domain/consensus'

export function DistributionBar(props: { distribution: Distribution }) {
  const total = () => RATINGS.reduce((n, r) => n + props.distribution[r], 0)
  const label = () => RATINGS.map((r) => `${RATING_LABELS[r]} ${props.distribution[r]}`).join(', ')
  return (
    <Show when={total() > 0} fallback={<span class="muted">No ratings yet</span>}>
      <div class="distribution" role="img" aria-label={label()} title={label()}>
        <For each={RATINGS}>
          {(rating) => (
            <Show when={props.distribution[rating] > 0}>
              <span class={`distribution-${rating}`} style={{ width: `${(100 * props.distribution[rating]) / total()}%` }}>
                {props.distribution[rating]}
              </span>
            </Show>
          )}
        </For>
      </div>
    </Show>
  )
}

// The key to the bars' colours, shown once above the table.
export function DistributionLegend() {
  return (
    <p class="distribution-legend">
      <For each={RATINGS}>
        {(rating) => (
          <span>
            <span class={`distribution-${rating}`} aria-hidden="true">
              {'\u00a0\u00a0\u00a0'}
            </span>{' '}
            {RATING_LABELS[rating]}
          </span>
        )}
      </For>
    </p>
  )
}
