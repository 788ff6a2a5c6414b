// Reading an uploaded curriculum workbook, behind the same guards as every import (size limit, zip-bomb check,
// merged and formula cells), into typed rows; every bad cell is a problem naming its sheet, row and column.
import { DELIVERY_FORMAT_LABELS, DEPTHS, LEVELS, MODULE_KINDS, MODULE_STATUSES, type DeliveryFormat, type Depth, type Level, type ModuleKind, type ModuleStatus } from '../../../../shared/domain/vocabulary'
import { LIMITS, megabytes } from '../limits'
import { Unreadable, type Problems, type Where } from '../model'
import { openWorkbook, readSheet, type Grid } from '../workbook'
import { checkZipSizes } from '../zip-guard'
import { choice, labelledList, numberIn, required, rowsOf, yesNo, type SheetRow } from './cells'
import { ALIGNMENT_COLUMNS, CURRICULUM_SHEETS, LATER_MODULE_COLUMNS, MODULE_COLUMNS, OUTCOME_COLUMNS, PATHWAY_VERSION_LABEL } from './columns'
import { readFunding, readSupports, type WorkbookFunding, type WorkbookSupport } from './read-terms'

type At<K extends string> = { row: number; at: SheetRow<K>['at'] }

export type WorkbookModule = At<keyof typeof MODULE_COLUMNS> & {
  code: string
  title: string
  level: Level | null
  kind: ModuleKind | null
  stage: number | null
  isEntry: boolean
  isExit: boolean
  clockHours: number | null
  credits: number | null
  // Undefined when the sheet lacks the column (a workbook exported before it existed): what is stored stays.
  durationWeeks?: number | null
  costToStudent?: number | null
  delivery?: DeliveryFormat[]
  entryLevel: string | null
  status: ModuleStatus | null
  version: number | null
  credentials: string[]
}
export type WorkbookOutcome = At<keyof typeof OUTCOME_COLUMNS> & { moduleCode: string; position: number; text: string; uuid: string | null }
export type WorkbookAlignment = At<keyof typeof ALIGNMENT_COLUMNS> & {
  moduleCode: string
  outcome: number | null
  competency: string
  framework: string
  depth: Depth
  assessed: boolean
}
// The pathway's version when the workbook was exported, and where it was read; null in workbooks from before
// pathways had versions.
export type PathwayVersionCell = { version: number; where: Where } | null
export type Workbook = {
  pathwayVersion: PathwayVersionCell
  modules: WorkbookModule[]
  outcomes: WorkbookOutcome[]
  alignments: WorkbookAlignment[]
  // Null when the workbook has no such sheet (exported before it existed): funding and supports stay as stored.
  funding: WorkbookFunding[] | null
  supports: WorkbookSupport[] | null
}

// Dollars as people type them ("$1,200") are read as the number.
const dollars = (text: string) => text.replace(/^\$\s*/, '').replace(/,/g, '')

// The columns added later, each left out when the sheet lacks it.
function laterColumns({ text, at, has }: SheetRow<keyof typeof MODULE_COLUMNS>, problems: Problems) {
  return {
    ...(has('durationWeeks') ? { durationWeeks: numberIn(text('durationWeeks'), 1, 260, at('durationWeeks'), problems) } : {}),
    ...(has('costToStudent') ? { costToStudent: numberIn(dollars(text('costToStudent')), 0, 100_000, at('costToStudent'), problems) } : {}),
    ...(has('delivery') ? { delivery: labelledList(text('delivery'), DELIVERY_FORMAT_LABELS, at('delivery'), problems) } : {}),
  }
}

function readModules(rows: SheetRow<keyof typeof MODULE_COLUMNS>[], problems: Problems): WorkbookModule[] {
  const seen = new Map<string, number>()
  return rows.map((cells) => {
    const { row, text, at } = cells
    const code = required(text('code'), 40, at('code'), problems)
    if (seen.has(code)) problems.error(`Module ${code} is listed twice (first in row ${seen.get(code)})`, at('code'))
    seen.set(code, row)
    const stage = numberIn(text('stage'), 1, 20, at('stage'), problems)
    if (stage === null && !text('stage')) problems.error('This cell is empty; give the stage (1-20) of the module in the pathway', at('stage'))
    return {
      row, at, code, stage,
      title: required(text('title'), 200, at('title'), problems),
      level: choice(text('level'), LEVELS, at('level'), problems),
      kind: choice(text('kind'), MODULE_KINDS, at('kind'), problems),
      isEntry: yesNo(text('entry'), at('entry'), problems),
      isExit: yesNo(text('exit'), at('exit'), problems),
      clockHours: numberIn(text('clockHours'), 0, 5000, at('clockHours'), problems),
      credits: numberIn(text('credits'), 0, 200, at('credits'), problems, false),
      entryLevel: text('entryLevel') ? required(text('entryLevel'), 40, at('entryLevel'), problems) : null,
      status: choice(text('status'), MODULE_STATUSES, at('status'), problems, 'draft'),
      version: numberIn(text('version'), 1, Number.MAX_SAFE_INTEGER, at('version'), problems),
      credentials: text('credentials').split(';').map((t) => t.trim()).filter(Boolean),
      ...laterColumns(cells, problems),
    }
  })
}

function readOutcomes(rows: SheetRow<keyof typeof OUTCOME_COLUMNS>[], codes: Set<string>, problems: Problems): WorkbookOutcome[] {
  const positions = new Set<string>()
  return rows.map(({ row, text, at }) => {
    const moduleCode = text('module')
    if (!codes.has(moduleCode)) problems.error(`Module ${moduleCode || '(blank)'} is not in the Modules sheet`, at('module'))
    const position = numberIn(text('position'), 1, 200, at('position'), problems) ?? 0
    if (!text('position')) problems.error('This cell is empty; number the outcomes of each module 1, 2, ...', at('position'))
    const key = `${moduleCode}\u0000${position}`
    if (position && positions.has(key)) problems.error(`Module ${moduleCode} has two outcomes at position ${position}`, at('position'))
    positions.add(key)
    return { row, at, moduleCode, position, text: required(text('text'), 4000, at('text'), problems), uuid: text('uuid') || null }
  })
}

function readAlignments(rows: SheetRow<keyof typeof ALIGNMENT_COLUMNS>[], codes: Set<string>, outcomes: WorkbookOutcome[], problems: Problems): WorkbookAlignment[] {
  const positions = new Set(outcomes.map((o) => `${o.moduleCode}\u0000${o.position}`))
  return rows.map(({ row, text, at }) => {
    const moduleCode = text('module')
    if (!codes.has(moduleCode)) problems.error(`Module ${moduleCode || '(blank)'} is not in the Modules sheet`, at('module'))
    const outcome = numberIn(text('outcome'), 1, 200, at('outcome'), problems)
    if (outcome !== null && codes.has(moduleCode) && !positions.has(`${moduleCode}\u0000${outcome}`)) {
      problems.error(`Module ${moduleCode} has no outcome at position ${outcome} in the Outcomes sheet`, at('outcome'))
    }
    return {
      row, at, moduleCode, outcome,
      competency: required(text('competency'), 60, at('competency'), problems),
      framework: text('framework'),
      depth: choice(text('depth').toUpperCase(), DEPTHS, at('depth'), problems) ?? 'I',
      assessed: yesNo(text('assessed'), at('assessed'), problems),
    }
  })
}

function readPathwayVersion(about: Grid, problems: Problems): PathwayVersionCell {
  const index = about.rows.findIndex((cells) => cells[0]?.trim() === PATHWAY_VERSION_LABEL)
  if (index < 0) return null
  const where = { sheet: about.name, row: index + 1, column: `B (${PATHWAY_VERSION_LABEL})` }
  const version = numberIn(about.rows[index]![1] ?? '', 1, Number.MAX_SAFE_INTEGER, where, problems)
  return version === null ? null : { version, where }
}

// The workbook's rows; throws Unreadable when the file is not a workbook or lacks a sheet.
export function readCurriculumWorkbook(bytes: Buffer, problems: Problems): Workbook {
  if (bytes.length === 0) throw new Unreadable('The file is empty')
  if (bytes.length > LIMITS.fileBytes) {
    throw new Unreadable(`The file is ${megabytes(bytes.length)}, over the limit of ${megabytes(LIMITS.fileBytes)}`)
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw new Unreadable('This is not an .xlsx workbook; download the curriculum workbook and edit that')
  checkZipSizes(bytes)
  const workbook = openWorkbook(bytes)
  const grid = (name: string) => readSheet(workbook, name, problems)
  const pathwayVersion = readPathwayVersion(grid(CURRICULUM_SHEETS.about), problems)
  const modules = readModules(rowsOf(grid(CURRICULUM_SHEETS.modules), MODULE_COLUMNS, problems, LATER_MODULE_COLUMNS), problems)
  const codes = new Set(modules.map((m) => m.code))
  const outcomes = readOutcomes(rowsOf(grid(CURRICULUM_SHEETS.outcomes), OUTCOME_COLUMNS, problems), codes, problems)
  const alignments = readAlignments(rowsOf(grid(CURRICULUM_SHEETS.alignments), ALIGNMENT_COLUMNS, problems), codes, outcomes, problems)
  // Sheets added later: a workbook without them leaves funding and supports as they are.
  const later = (name: string) => {
    if (workbook.SheetNames.includes(name)) return grid(name)
    problems.warning(`The workbook has no "${name}" sheet; the ${name.toLowerCase()} stored were left as they are`, { sheet: name })
    return null
  }
  const fundingSheet = later(CURRICULUM_SHEETS.funding)
  const supportsSheet = later(CURRICULUM_SHEETS.supports)
  const funding = fundingSheet && readFunding(fundingSheet, codes, problems)
  const supports = supportsSheet && readSupports(supportsSheet, codes, problems)
  return { pathwayVersion, modules, outcomes, alignments, funding, supports }
}
