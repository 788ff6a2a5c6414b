// Plain spreadsheets and CSV files: a header row, then one competency per row, read through a column mapping
// (given by the person, or guessed from the headers) with every problem named by row and column.
import { SHEET_FIELD_LABELS, SHEET_FIELDS, type ColumnMapping, type ImportOptions, type SheetField } from '../../../shared/schemas/import'
import { kindFromText } from './kinds'
import { SUBJECT_WORDS, subjectFromText } from './subjects'
import { LIMITS } from './limits'
import type { ParsedFramework, ParsedItem, Problems } from './model'
import { columnLetter, type Grid } from './workbook'

const HEADER_WORDS: Record<SheetField, string[]> = {
  code: ['code', 'humancodingscheme', 'competencycode', 'standardcode', 'number'],
  statement: ['statement', 'fullstatement', 'competency', 'description', 'text', 'title', 'name'],
  parentCode: ['parentcode', 'parent', 'ischildof', 'childof'],
  kind: ['kind', 'type', 'cfitemtype', 'itemtype'],
  level: ['level', 'educationlevel', 'educationallevel', 'grade'],
  subject: ['subject', 'subjectarea', 'contentarea'],
  identifier: ['identifier', 'uuid', 'guid'],
  sequence: ['sequence', 'sequencenumber', 'order', 'position'],
}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '')

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

// The mapping guessed from a header row: each field takes the first header that names it. An "identifier"
// column is taken only when its first value is a UUID (OpenSALT's CSV uses it for dotted names).
export function guessMapping(headers: readonly string[], firstRow: readonly string[] = []): ColumnMapping {
  const mapping: ColumnMapping = {}
  for (const field of SHEET_FIELDS) {
    const index = headers.findIndex((h) => HEADER_WORDS[field].includes(squash(h)))
    if (index < 0 || (field === 'identifier' && !UUID.test(firstRow[index] ?? ''))) continue
    mapping[field] = headers[index]!
  }
  return mapping
}

type Columns = Partial<Record<SheetField, number>>

function resolveColumns(headers: readonly string[], mapping: ColumnMapping, problems: Problems, sheet: string): Columns {
  const columns: Columns = {}
  for (const field of SHEET_FIELDS) {
    const header = mapping[field]
    if (!header) continue
    const index = headers.indexOf(header)
    if (index < 0) problems.error(`${SHEET_FIELD_LABELS[field]} is mapped to column "${header}", which the file does not have`, { sheet, row: 1 })
    else columns[field] = index
  }
  for (const field of ['code', 'statement'] as const) {
    if (columns[field] === undefined && mapping[field] === undefined) {
      problems.error(`Choose the column that holds the ${SHEET_FIELD_LABELS[field].toLowerCase()} (required)`, { sheet, row: 1 })
    }
  }
  return columns
}

// Reads a sheet's rows into items; row numbers count the header as row 1, as a spreadsheet shows them.
export function readPlainSheet(grid: Grid, options: ImportOptions, problems: Problems, fileName: string) {
  const headers = (grid.rows[0] ?? []).map((h) => h.trim())
  const mapping = options.mapping ?? guessMapping(headers, grid.rows[1])
  const columns = resolveColumns(headers, mapping, problems, grid.name)
  const at = (field: SheetField, row: number) => ({ sheet: grid.name, row, column: columnName(headers, columns[field]) })
  const items: ParsedItem[] = []
  const untyped = new Set<ParsedItem>()
  const canRead = columns.code !== undefined && columns.statement !== undefined
  for (let r = 1; canRead && r < grid.rows.length; r++) {
    const cells = grid.rows[r]!
    const get = (field: SheetField) => (columns[field] === undefined ? '' : (cells[columns[field]] ?? ''))
    if (cells.every((c) => !c)) continue
    const row = r + 1
    const code = get('code')
    const statement = get('statement')
    if (!code) problems.error('The code is empty', at('code', row))
    if (!statement) problems.error('The statement is empty', at('statement', row))
    const identifier = get('identifier')
    if (identifier && !UUID.test(identifier)) problems.error(`"${identifier}" is not a UUID`, at('identifier', row))
    const kindText = get('kind')
    const kind = kindFromText(kindText)
    if (kindText && !kind) problems.warning(`Kind "${kindText}" is not one Rungs knows (area, competency, skill, task); decided by its place in the tree`, at('kind', row))
    const subjectText = get('subject')
    const subject = subjectText ? subjectFromText(subjectText) : null
    if (subjectText && !subject) problems.warning(`Subject "${subjectText}" is not one Rungs knows (${SUBJECT_WORDS}); left empty`, at('subject', row))
    const sequenceText = get('sequence')
    const sequence = sequenceText === '' ? null : Number(sequenceText)
    if (sequence !== null && !Number.isFinite(sequence)) problems.warning(`Order "${sequenceText}" is not a number; file order is kept`, at('sequence', row))
    items.push({
      key: code || `row ${row}`,
      uuid: identifier && UUID.test(identifier) ? identifier.toLowerCase() : null,
      code,
      statement,
      kind: kind ?? 'competency',
      level: get('level') || null,
      ...(columns.subject === undefined ? {} : { subject }),
      parentKey: get('parentCode') || null,
      sequence: sequence !== null && Number.isFinite(sequence) ? sequence : null,
      where: { sheet: grid.name, row, column: columnName(headers, columns.code) },
    })
    if (!kind) untyped.add(items[items.length - 1]!)
  }
  if (canRead && items.length === 0) problems.error('The file has a header row but no competencies; add one row per competency under it', { sheet: grid.name, row: 2 })
  deriveKinds(items, untyped)
  const parsed: ParsedFramework = {
    format: 'sheet',
    framework: {
      uuid: null, title: options.title || fileName.replace(/\.[^.]*$/, '').replaceAll('\u0000', '') || 'Imported framework', publisher: null, version: null,
      kind: options.kind ?? null, source: null, license: null, description: null,
    },
    items,
    links: [],
  }
  const preview = { name: grid.name, headers, rows: grid.rows.slice(1, 1 + LIMITS.previewRows), mapping }
  return { parsed, preview }
}

// Items whose kind was not given become areas when they have children, competencies otherwise.
function deriveKinds(items: readonly ParsedItem[], untyped: ReadonlySet<ParsedItem>) {
  const parents = new Set(items.map((i) => i.parentKey))
  for (const item of items) if (untyped.has(item) && parents.has(item.key)) item.kind = 'area'
}

function columnName(headers: readonly string[], index: number | undefined): string | undefined {
  return index === undefined ? undefined : `${columnLetter(index)} (${headers[index]})`
}
