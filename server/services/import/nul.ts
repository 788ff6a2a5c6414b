// The NUL character in an uploaded file: PostgreSQL cannot store it and no real file means one. Each cell or
// JSON string holding it is an error naming where it is, and the character is taken out so the rest of the file
// can still be checked (the errors keep it from being imported).
import { utils } from 'xlsx'
import { hasNoNul, NUL_MESSAGE } from '../../../shared/schemas/common'
import type { Problems } from './model'
import type { Grid } from './workbook'

// Past this many, one more error counts the rest.
const REPORTED = 20

const strip = (text: string) => text.replaceAll('\u0000', '')

// Reports and removes NUL in every cell of the sheet (row 1 is the header row).
export function refuseNulCells(grid: Grid, problems: Problems): void {
  let found = 0
  grid.rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (!cell || hasNoNul(cell)) return
      cells[c] = strip(cell)
      const header = r > 0 ? grid.rows[0]?.[c] : undefined
      const column = header ? `${utils.encode_col(c)} (${header})` : utils.encode_col(c)
      if (++found <= REPORTED) problems.error(`This cell ${NUL_MESSAGE}`, { sheet: grid.name, row: r + 1, column })
    })
  })
  if (found > REPORTED) problems.error(`${found - REPORTED} more cells contain the NUL character`, { sheet: grid.name })
}

// Reports and removes NUL in every string (and key) of JSON parsed from `source`, naming its path. JSON can
// only carry NUL as the escape \u0000, so most files are not walked at all; the walk uses an explicit stack,
// since a hostile file may nest thousands deep.
export function refuseNulInJson(source: string, value: unknown, problems: Problems): void {
  if (!source.includes('\\u0000')) return
  let found = 0
  const report = (path: string) => {
    if (++found <= REPORTED) problems.error(`This value ${NUL_MESSAGE}`, { path })
  }
  const stack: { holder: Record<string, unknown> | unknown[]; path: string }[] = []
  if (value !== null && typeof value === 'object') stack.push({ holder: value as Record<string, unknown>, path: '' })
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { holder, path } = next
    for (const key of Object.keys(holder)) {
      const at = Array.isArray(holder) ? `${path}[${key}]` : `${path}${path ? '.' : ''}${key}`
      if (!hasNoNul(key)) report(at)
      const child = (holder as Record<string, unknown>)[key]
      if (typeof child === 'string' && !hasNoNul(child)) {
        report(at)
        ;(holder as Record<string, unknown>)[key] = strip(child)
      } else if (child !== null && typeof child === 'object') stack.push({ holder: child as Record<string, unknown>, path: at })
    }
  }
  if (found > REPORTED) problems.error(`${found - REPORTED} more values contain the NUL character`)
}
