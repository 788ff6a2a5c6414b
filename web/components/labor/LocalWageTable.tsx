// A partnership's local wages as a table: occupation, region, source and year, the medians and the 25th–75th
// percentile ranges; a figure not given reads "not published", never 0. Edit and Delete for those who may.
import { For, Show } from 'solid-js'
import type { LocalWage } from '../../api'
import { figureText, rangeText } from '../../lib/local-wage-draft'

type Props = {
  wages: readonly LocalWage[]
  caption: string
  mayEdit: (wage: LocalWage) => boolean
  onEdit: (wage: LocalWage) => void
  onDelete: (wage: LocalWage) => void
}

// The local wages table.
export function LocalWageTable(props: Props) {
  const editable = () => props.wages.some(props.mayEdit)
  const name = (w: LocalWage) => `${w.title ?? w.socCode} in ${w.region}, ${w.year}`
  return (
    <Show when={props.wages.length} fallback={<p class="empty">No local wages are entered yet.</p>}>
      <div class="table-wrap" role="region" aria-label={props.caption} tabindex="0">
        <table class="wage-table">
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">Occupation</th>
              <th scope="col">Region</th>
              <th scope="col">Source and year</th>
              <th scope="col" class="number">Median an hour</th>
              <th scope="col" class="number">Median a year</th>
              <th scope="col" class="number">Middle half an hour</th>
              <th scope="col" class="number">Middle half a year</th>
              <Show when={editable()}>
                <th scope="col">Change</th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For each={props.wages}>
              {(w) => (
                <tr>
                  <th scope="row">
                    <span class="code">{w.socCode}</span> {w.title}
                  </th>
                  <td>{w.region}</td>
                  <td>
                    {w.source}, {w.year}
                  </td>
                  <td class="number">{figureText('hourlyMedian', w.hourlyMedian)}</td>
                  <td class="number">{figureText('annualMedian', w.annualMedian)}</td>
                  <td class="number">{rangeText('hourly', w.hourlyP25, w.hourlyP75)}</td>
                  <td class="number">{rangeText('annual', w.annualP25, w.annualP75)}</td>
                  <Show when={editable()}>
                    <td class="row-actions">
                      <Show when={props.mayEdit(w)} fallback={<span class="muted">Another partnership's</span>}>
                        <button type="button" class="button button-quiet button-small" onClick={() => props.onEdit(w)}>
                          Edit<span class="visually-hidden"> {name(w)}</span>
                        </button>
                        <button type="button" class="button button-quiet button-danger button-small" onClick={() => props.onDelete(w)}>
                          Delete<span class="visually-hidden"> {name(w)}</span>
                        </button>
                      </Show>
                    </td>
                  </Show>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  )
}
