// The first rows of an uploaded sheet as read, under their headers, with row numbers as a spreadsheet shows them.
import { For } from 'solid-js'

export function SheetPreview(props: { name: string; headers: string[]; rows: string[][] }) {
  return (
    <div class="table-wrap">
      <table class="sheet-preview">
        <caption>First rows of {props.name}</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <For each={props.headers}>{(header) => <th scope="col">{header}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row, index) => (
              <tr>
                <th scope="row">{index() + 2}</th>
                <For each={props.headers}>{(_header, column) => <td>{row[column()] ?? ''}</td>}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  )
}
