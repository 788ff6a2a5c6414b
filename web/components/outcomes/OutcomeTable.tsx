// The frame every outcome table shares: a scrolling region reachable by keyboard and named like its caption, the
// caption and a row of column headers; the rows are the caller's.
import { For, type JSX } from 'solid-js'

export function OutcomeTable(props: { caption: string; columns: readonly string[]; children: JSX.Element }) {
  return (
    <div class="table-wrap" role="region" aria-label={props.caption} tabindex="0">
      <table class="outcome-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <For each={props.columns}>{(column) => <th scope="col">{column}</th>}</For>
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  )
}
