// The rows of a levels table that a person edits: each row's place, its own cells, and buttons that move or
// remove it; buttons under the table add rows. Every change is announced and focus stays with the row.
import { createSignal, For, Index, Show, type Accessor, type JSX } from 'solid-js'
import { LevelTable } from './LevelTable'
import { moved, type RowErrors } from './level-rows'
import { focusAfter, RowActions } from './RowActions'

// What a row's cells are built from: the row, its place, its fields' ids and messages, and a setter.
export type RowCells<T> = {
  row: Accessor<T>
  index: number
  id: (field: string) => string
  error: (field: string) => string | undefined
  set: (change: Partial<T>) => void
}

// One add button: its text, and (asked when pressed) where the new row goes and what is announced.
export type RowAdder<T> = { label: string; add: () => { at: number; row: T; said: string } }

type Props<T extends { key: string }> = {
  rows: readonly T[]
  // Field ids are `${idPrefix}-${row key}-${field}`; messages come from `errors` by `${row key}.${field}`.
  idPrefix: string
  errors: RowErrors
  // The message about the list as a whole.
  listError?: string
  caption: string
  // The headings of the row's own cells, between Place and Order and removal.
  columns: readonly string[]
  // How buttons and announcements name a row, e.g. "level C" or "ABE 3".
  nameOf: (row: T, index: number) => string
  // Said after "… removed.", e.g. what else the removal asks for; asked before the row goes.
  afterRemoval?: (row: T) => string
  adders: readonly RowAdder<T>[]
  onChange: (rows: T[]) => void
  children: (cells: RowCells<T>) => JSX.Element
}

// The editable table with its add buttons and its announcements.
export function EditableRows<T extends { key: string }>(props: Props<T>) {
  let body!: HTMLTableSectionElement
  let adders!: HTMLDivElement
  const [announcement, setAnnouncement] = createSignal('')
  const set = (index: number, change: Partial<T>) => props.onChange(props.rows.map((r, i) => (i === index ? { ...r, ...change } : r)))
  // Where focus goes when no row is left to take it.
  const firstAdder = () => adders.querySelector('button')!

  const move = (index: number, delta: -1 | 1) => {
    const row = props.rows[index]!
    props.onChange(moved(props.rows, index, delta))
    setAnnouncement(`${props.nameOf(row, index)} moved to place ${index + delta + 1} of ${props.rows.length}.`)
    focusAfter(body, index + delta, delta < 0 ? 'up' : 'down', firstAdder())
  }
  const remove = (index: number) => {
    const row = props.rows[index]!
    const after = props.afterRemoval?.(row) ?? ''
    props.onChange(props.rows.filter((_, i) => i !== index))
    setAnnouncement(`${props.nameOf(row, index)} removed.${after}`)
    focusAfter(body, index, 'remove', firstAdder())
  }
  const add = (adder: RowAdder<T>) => {
    const { at, row, said } = adder.add()
    props.onChange([...props.rows.slice(0, at), row, ...props.rows.slice(at)])
    setAnnouncement(said)
    queueMicrotask(() => body.querySelectorAll('tr')[at]?.querySelector<HTMLInputElement>('input')?.focus())
  }

  return (
    <div class="level-rows">
      <Show when={props.listError}>{(message) => <p class="field-error">{message()}</p>}</Show>
      <LevelTable caption={props.caption} columns={['Place', ...props.columns, 'Order and removal']} bodyRef={(el) => (body = el)}>
        <Index each={props.rows}>
          {(row, i) => {
            const cells = props.children({
              row,
              index: i,
              id: (field) => `${props.idPrefix}-${row().key}-${field}`,
              error: (field) => props.errors[`${row().key}.${field}`],
              set: (change) => set(i, change),
            })
            return (
              <tr>
                <td class="level-place">{i + 1}</td>
                {cells}
                <td>
                  <RowActions name={props.nameOf(row(), i)} first={i === 0} last={i === props.rows.length - 1} onMove={(d) => move(i, d)} onRemove={() => remove(i)} />
                </td>
              </tr>
            )
          }}
        </Index>
      </LevelTable>
      <div class="form-actions" ref={adders}>
        <For each={props.adders}>
          {(adder) => (
            <button type="button" class="button" onClick={() => add(adder)}>
              {adder.label}
            </button>
          )}
        </For>
      </div>
      <p class="visually-hidden" role="status">
        {announcement()}
      </p>
    </div>
  )
}
