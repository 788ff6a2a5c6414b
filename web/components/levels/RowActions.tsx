// Move up, Move down and Remove for one row of a levels table, each naming the row for screen readers. The
// table moves focus after the change (see focusAfter), so the keyboard stays with the row.
type Props = {
  // How a screen reader names the row, e.g. "level C" or "entry level 3".
  name: string
  first: boolean
  last: boolean
  onMove: (delta: -1 | 1) => void
  onRemove: () => void
}

export function RowActions(props: Props) {
  return (
    <div class="row-actions">
      <button type="button" class="button button-quiet" data-action="up" disabled={props.first} onClick={() => props.onMove(-1)}>
        Move up<span class="visually-hidden"> {props.name}</span>
      </button>
      <button type="button" class="button button-quiet" data-action="down" disabled={props.last} onClick={() => props.onMove(1)}>
        Move down<span class="visually-hidden"> {props.name}</span>
      </button>
      <button type="button" class="button button-quiet button-danger" data-action="remove" onClick={() => props.onRemove()}>
        Remove<span class="visually-hidden"> {props.name}</span>
      </button>
    </div>
  )
}

// After the table re-renders, focuses the action of the row at `index` (the other move button when the row
// reached an end); after a removal, the row now at that place, else the last row, else `fallback`.
export function focusAfter(body: HTMLElement, index: number, action: 'up' | 'down' | 'remove', fallback: HTMLElement) {
  queueMicrotask(() => {
    const rows = body.querySelectorAll('tr')
    const row = rows[Math.min(index, rows.length - 1)]
    const other = action === 'up' ? 'down' : action === 'down' ? 'up' : 'remove'
    const target =
      row?.querySelector<HTMLButtonElement>(`[data-action="${action}"]:not(:disabled)`) ??
      row?.querySelector<HTMLButtonElement>(`[data-action="${other}"]:not(:disabled)`)
    ;(target ?? fallback).focus()
  })
}
