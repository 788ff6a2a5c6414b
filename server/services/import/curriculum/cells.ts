// Reading the rows of one curriculum sheet by header, and turning its cells into values with a problem naming
// the sheet, row and column of each bad one.
import { restoreCell } from '../../export/neutralise'
import type { Problems, Where } from '../model'
import { columnLetter, type Grid } from '../workbook'

export type SheetRow<K extends string> = {
  // The row number as the spreadsheet shows it.
  row: number
  text: (key: K) => string
  at: (key: K) => Where
}

// The non-empty data rows of the sheet, read through the columns' headers; a missing header is an error.
export function rowsOf<K extends string>(grid: Grid, columns: Record<K, string>, problems: Problems): SheetRow<K>[] {
  const header = (grid.rows[0] ?? []).map((h) => h.toLowerCase())
  const index = {} as Record<K, number>
  let missing = false
  for (const [key, name] of Object.entries(columns) as [K, string][]) {
    index[key] = header.indexOf(name.toLowerCase())
    if (index[key] >= 0) continue
    missing = true
    problems.error(`The sheet has no "${name}" column; put the header back in row 1`, { sheet: grid.name, row: 1 })
  }
  if (missing) return []
  const rows: SheetRow<K>[] = []
  grid.rows.forEach((cells, r) => {
    if (r === 0 || cells.every((c) => !c)) return
    rows.push({
      row: r + 1,
      // The export neutralised formula-like text; its apostrophe comes off again.
      text: (key) => restoreCell(cells[index[key]] ?? ''),
      at: (key) => ({ sheet: grid.name, row: r + 1, column: `${columnLetter(index[key])} (${columns[key]})` }),
    })
  })
  return rows
}

// The value when it is one of the choices, else an error and null; blank gives `blank`.
export function choice<T extends string>(text: string, choices: readonly T[], where: Where, problems: Problems, blank: T | null = null): T | null {
  if (!text) {
    if (blank === null) problems.error(`This cell is empty; use one of ${choices.join(', ')}`, where)
    return blank
  }
  const found = choices.find((c) => c.toLowerCase() === text.toLowerCase())
  if (!found) problems.error(`"${text}" is not one of ${choices.join(', ')}`, where)
  return found ?? null
}

// A number within [min, max] (whole when `whole`), null when blank; anything else is an error.
export function numberIn(text: string, min: number, max: number, where: Where, problems: Problems, whole = true): number | null {
  if (!text) return null
  const value = Number(text)
  if (!Number.isFinite(value) || (whole && !Number.isInteger(value)) || value < min || value > max) {
    problems.error(`"${text}" is not a ${whole ? 'whole ' : ''}number from ${min} to ${max}`, where)
    return null
  }
  return value
}

// yes/no (also true/false, y/n, 1/0); blank is no.
export function yesNo(text: string, where: Where, problems: Problems): boolean {
  const value = text.toLowerCase()
  if (['yes', 'y', 'true', '1'].includes(value)) return true
  if (['', 'no', 'n', 'false', '0'].includes(value)) return false
  problems.error(`"${text}" is not yes or no`, where)
  return false
}
