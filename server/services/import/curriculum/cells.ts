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
  // False for an optional column the sheet lacks.
  has: (key: K) => boolean
}

// The non-empty data rows of the sheet, read through the columns' headers; a missing header is an error unless
// the column is `optional` (added after workbooks were first exported).
export function rowsOf<K extends string>(grid: Grid, columns: Record<K, string>, problems: Problems, optional: readonly NoInfer<K>[] = []): SheetRow<K>[] {
  const header = (grid.rows[0] ?? []).map((h) => h.toLowerCase())
  const index = {} as Record<K, number>
  let missing = false
  for (const [key, name] of Object.entries(columns) as [K, string][]) {
    index[key] = header.indexOf(name.toLowerCase())
    if (index[key] >= 0 || optional.includes(key)) continue
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
      text: (key) => (index[key] < 0 ? '' : restoreCell(cells[index[key]] ?? '')),
      at: (key) => ({ sheet: grid.name, row: r + 1, column: `${columnLetter(index[key])} (${columns[key]})` }),
      has: (key) => index[key] >= 0,
    })
  })
  return rows
}

// The text of a cell that must not be empty, within `max` characters.
export function required(text: string, max: number, where: Where, problems: Problems): string {
  if (!text) problems.error('This cell is empty', where)
  else if (text.length > max) problems.error(`This is longer than ${max} characters`, where)
  return text
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

// The choice whose words (or code) the cell holds, case aside; null when blank; anything else is an error listing
// the words.
export function labelled<T extends string>(text: string, labels: Record<T, string>, where: Where, problems: Problems): T | null {
  if (!text) return null
  const wanted = text.toLowerCase()
  const entries = Object.entries(labels) as [T, string][]
  const found = entries.find(([code, label]) => label.toLowerCase() === wanted || code.toLowerCase() === wanted)
  if (!found) problems.error(`"${text}" is not one of: ${entries.map(([, label]) => label).join('; ')}`, where)
  return found?.[0] ?? null
}

// The choices a cell lists, separated by ";", each at most once; unknown ones are errors.
export function labelledList<T extends string>(text: string, labels: Record<T, string>, where: Where, problems: Problems): T[] {
  const chosen: T[] = []
  for (const part of text.split(';').map((t) => t.trim()).filter(Boolean)) {
    const found = labelled(part, labels, where, problems)
    if (found && chosen.includes(found)) problems.error(`"${part}" is listed twice`, where)
    else if (found) chosen.push(found)
  }
  return chosen
}
