// Importing outcome counts from a CSV or XLSX file: preview (writes nothing) and commit (all or nothing, in the
// caller's transaction). Each (module, term) in the file replaces what that module had for that term.
import { createHash } from 'node:crypto'
import { modulePermission, ownsRow, can } from '../../../shared/domain/permissions'
import type { OutcomeImportSummary } from '../../../shared/schemas/outcomes'
import type { Db } from '../../db/connect'
import { modulesForOutcomes, replaceOutcomeTerm, storedTerms } from '../../db/queries/outcome-counts'
import { Conflict } from '../../errors'
import type { Viewer } from '../access'
import { recordAudit } from '../audit'
import { readCsv, sniffDelimiter } from '../import/csv'
import { LIMITS, megabytes } from '../import/limits'
import { Problems, Unreadable } from '../import/model'
import { refuseFile } from '../import/refuse'
import { decodeText } from '../import/text'
import { openWorkbook, readSheet } from '../import/workbook'
import { checkZipSizes } from '../import/zip-guard'
import { readOutcomeRows, type OutcomeSheetRow } from './import-rows'

type Group = { moduleId: number; code: string; organisationId: number | null; term: string; rows: OutcomeSheetRow[] }

const isZip = (bytes: Buffer) => bytes.length > 3 && bytes.readUInt32LE(0) === 0x04034b50

function readFile(bytes: Buffer, problems: Problems): OutcomeSheetRow[] {
  if (bytes.length === 0) throw new Unreadable('The file is empty')
  if (bytes.length > LIMITS.fileBytes) throw new Unreadable(`The file is ${megabytes(bytes.length)}, over the limit of ${megabytes(LIMITS.fileBytes)}`)
  if (isZip(bytes)) {
    checkZipSizes(bytes)
    const workbook = openWorkbook(bytes)
    const name = workbook.SheetNames.find((sheet) => sheet.toLowerCase() !== 'read me') ?? workbook.SheetNames[0]
    if (!name) throw new Unreadable('The workbook has no sheets')
    return readOutcomeRows(readSheet(workbook, name, problems).rows, problems, name)
  }
  const text = decodeText(bytes, problems, sniffDelimiter)
  if (text.includes('\u0000')) throw new Unreadable('The file holds the NUL character (\\u0000); it is not a CSV of outcome counts')
  return readOutcomeRows(readCsv(text, LIMITS.rows, problems), problems)
}

// The rows grouped by module and term, each module checked as the person's to report on: a module the person
// may not see reads as unknown, one of another organisation (or kind they may not write) is refused by name.
async function plan(db: Db, actor: NonNullable<Viewer>, rows: readonly OutcomeSheetRow[], problems: Problems): Promise<Group[]> {
  const modules = new Map((await modulesForOutcomes(db, [...new Set(rows.map((r) => r.moduleCode))], actor)).map((m) => [m.code, m]))
  const groups = new Map<string, Group>()
  const seen = new Map<string, number>()
  for (const row of rows) {
    const module = modules.get(row.moduleCode)
    const where = { row: row.row, column: 'Module code' }
    if (!module) {
      problems.error(`No module you can see has the code "${row.moduleCode}"`, where)
      continue
    }
    if (!ownsRow(actor, module.organisationId) || !can(actor.role, modulePermission(module.kind))) {
      problems.error(`Module ${module.code} is not yours to report on: only the people of its organisation who edit ${module.kind} modules can`, where)
      continue
    }
    const cell = `${module.id}|${row.term}|${row.subgroupDimension.toLowerCase()}|${row.subgroupValue.toLowerCase()}`
    const earlier = seen.get(cell)
    if (earlier !== undefined) problems.error(`${module.code} ${row.term} ${row.subgroupDimension ? `${row.subgroupDimension} "${row.subgroupValue}"` : 'all learners'} is also on row ${earlier}`, { row: row.row })
    seen.set(cell, row.row)
    const key = `${module.id}|${row.term}`
    const group = groups.get(key) ?? { moduleId: module.id, code: module.code, organisationId: module.organisationId, term: row.term, rows: [] }
    group.rows.push(row)
    groups.set(key, group)
  }
  for (const group of groups.values()) {
    if (!group.rows.some((row) => row.subgroupDimension === '')) {
      problems.error(`${group.code} ${group.term} has no all-learners row (subgroup left empty); add one so its subgroups have a total`, { row: group.rows[0]!.row })
    }
  }
  return [...groups.values()]
}

async function prepare(db: Db, actor: NonNullable<Viewer>, bytes: Buffer) {
  const problems = new Problems()
  const fileHash = createHash('sha256').update(bytes).digest('hex')
  let groups: Group[] = []
  try {
    groups = await plan(db, actor, readFile(bytes, problems), problems)
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error
    problems.error(error.message, error.where)
  }
  const stored = await storedTerms(db, groups.map((g) => g.moduleId))
  const summary: OutcomeImportSummary = {
    fileHash,
    rows: groups.reduce((sum, g) => sum + g.rows.length, 0),
    modules: new Set(groups.map((g) => g.moduleId)).size,
    terms: [...new Set(groups.map((g) => g.term))].sort(),
    replace: groups.filter((g) => stored.has(`${g.moduleId} ${g.term}`)).length,
    problems: problems.list,
    ok: !problems.hasErrors,
  }
  return { groups, summary }
}

// What importing the file would write, and every problem.
export async function previewOutcomes(db: Db, actor: NonNullable<Viewer>, bytes: Buffer): Promise<OutcomeImportSummary> {
  return (await prepare(db, actor, bytes)).summary
}

// Writes every (module, term) of the file, or refuses it whole: 422 with the located problems, 409 when it is
// not the previewed file.
export async function commitOutcomes(db: Db, actor: NonNullable<Viewer>, bytes: Buffer, expectedHash?: string): Promise<OutcomeImportSummary> {
  const { groups, summary } = await prepare(db, actor, bytes)
  if (expectedHash && expectedHash !== summary.fileHash) throw new Conflict('file_changed', 'This is not the file that was previewed; preview it again before importing it')
  if (!summary.ok) refuseFile('The outcomes were', summary.problems)
  for (const group of groups) {
    const rows = group.rows.map((row) => ({ subgroupDimension: row.subgroupDimension, subgroupValue: row.subgroupValue, source: row.source, ...row.counts }))
    await replaceOutcomeTerm(db, group.moduleId, group.term, group.organisationId, rows, actor.id)
    await recordAudit(db, actor, { action: 'update', table: 'modules', rowId: group.moduleId, summary: `Imported outcomes of ${group.code} for ${group.term}: ${rows.length} rows`, after: rows })
  }
  return summary
}
