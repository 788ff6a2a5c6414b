// Importing outcome counts from a CSV or XLSX file: preview (writes nothing) and commit (all or nothing, in the
// caller's transaction). Each (module or credential, term) in the file replaces what it had for that term.
import { createHash } from 'node:crypto'
import type { OutcomeImportSummary } from '../../../shared/schemas/outcomes'
import type { Db } from '../../db/connect'
import { replaceCredentialOutcomeTerm, storedCredentialTerms } from '../../db/queries/credential-outcome-counts'
import { replaceOutcomeTerm, storedTerms } from '../../db/queries/outcome-counts'
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
import { planOutcomeGroups, type OutcomeGroup, type OutcomeSubject } from './import-plan'
import { readOutcomeRows, type OutcomeSheetRow } from './import-rows'

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

async function prepare(db: Db, actor: NonNullable<Viewer>, bytes: Buffer) {
  const problems = new Problems()
  const fileHash = createHash('sha256').update(bytes).digest('hex')
  let groups: OutcomeGroup[] = []
  try {
    groups = await planOutcomeGroups(db, actor, readFile(bytes, problems), problems)
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error
    problems.error(error.message, error.where)
  }
  const idsOf = (kind: OutcomeSubject['kind']) => [...new Set(groups.filter((g) => g.subject.kind === kind).map((g) => g.subject.id))]
  const [moduleTerms, credentialTerms] = await Promise.all([storedTerms(db, idsOf('module')), storedCredentialTerms(db, idsOf('credential'))])
  const replaces = (g: OutcomeGroup) => (g.subject.kind === 'module' ? moduleTerms : credentialTerms).has(`${g.subject.id} ${g.term}`)
  const summary: OutcomeImportSummary = {
    fileHash,
    rows: groups.reduce((sum, g) => sum + g.rows.length, 0),
    modules: idsOf('module').length,
    credentials: idsOf('credential').length,
    terms: [...new Set(groups.map((g) => g.term))].sort(),
    replace: groups.filter(replaces).length,
    problems: problems.list,
    ok: !problems.hasErrors,
  }
  return { groups, summary }
}

// What importing the file would write, and every problem.
export async function previewOutcomes(db: Db, actor: NonNullable<Viewer>, bytes: Buffer): Promise<OutcomeImportSummary> {
  return (await prepare(db, actor, bytes)).summary
}

// Writes every (module or credential, term) of the file, or refuses it whole: 422 with the located problems, 409 when it is
// not the previewed file.
export async function commitOutcomes(db: Db, actor: NonNullable<Viewer>, bytes: Buffer, expectedHash?: string): Promise<OutcomeImportSummary> {
  const { groups, summary } = await prepare(db, actor, bytes)
  if (expectedHash && expectedHash !== summary.fileHash) throw new Conflict('file_changed', 'This is not the file that was previewed; preview it again before importing it')
  if (!summary.ok) refuseFile('The outcomes were', summary.problems)
  for (const { subject, term, rows: sheetRows } of groups) {
    const rows = sheetRows.map((row) => ({ subgroupDimension: row.subgroupDimension, subgroupValue: row.subgroupValue, source: row.source, ...row.counts }))
    const replace = subject.kind === 'module' ? replaceOutcomeTerm : replaceCredentialOutcomeTerm
    await replace(db, subject.id, term, subject.organisationId, rows, actor.id)
    const [table, what] = subject.kind === 'module' ? (['modules', subject.name] as const) : (['credentials', `credential ${subject.name}`] as const)
    await recordAudit(db, actor, { action: 'update', table, rowId: subject.id, summary: `Imported outcomes of ${what} for ${term}: ${rows.length} rows`, after: rows })
  }
  return summary
}
