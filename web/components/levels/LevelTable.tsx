// The frame of a levels table: a caption for screen readers, the column headings, and the rows given.
import { For, type JSX } from 'solid-js'

type Props = {
  caption: string
  columns: readonly string[]
  // A read-only table scrolls as a named region that takes focus, so the keyboard can scroll it; an editable
  // one is reached through its fields.
  region?: string
  bodyRef?: (body: HTMLTableSectionElement) => void
  children: JSX.Element
}

// The table, in its scrolling wrapper.
export function LevelTable(props: Props) {
  return (
    <div class="table-wrap" role={props.region ? 'region' : undefined} aria-label={props.region} tabindex={props.region ? '0' : undefined}>
      <table class="level-table">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <For each={props.columns}>{(column) => <th scope="col">{column}</th>}</For>
          </tr>
        </thead>
        <tbody ref={props.bodyRef}>{props.children}</tbody>
      </table>
    </div>
  )
}
