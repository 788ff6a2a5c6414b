// Importing a partnership's local wages from a CSV: preview (writes nothing) and commit (all or nothing, in the
// caller's transaction). A row with the same occupation, region, source and year as one already entered replaces it.
import { createHash } from 'node:crypto'
import type { LocalWageImportSummary } from '../../../shared/schemas/labor'
import type { Db } from '../../db/connect'
import { insertLocalWage, localWagesOfOrganisation, updateLocalWage } from '../../db/queries/local-wages'
import { allOccupationCodes } from '../../db/queries/occupations'
import { Conflict } from '../../errors'
import type { Viewer } from '../access'
import { recordAudit } from '../audit'
import { readCsv, sniffDelimiter } from '../import/csv'
import { LIMITS, megabytes } from '../import/limits'
import { Problems, Unreadable } from '../import/model'
import { refuseFile } from '../import/refuse'
import { decodeText } from '../import/text'
import { readWageRows, type WageRow } from './local-wage-rows'
import { wageOwner } from './local-wages'

type Planned = WageRow & { replaces: number | null }

const sameKey = (a: { socCode: string; region: string; source: string; year: number }, b: typeof a) =>
  a.socCode === b.socCode && a.year === b.year && a.region.toLowerCase() === b.region.toLowerCase() && a.source.toLowerCase() === b.source.toLowerCase()

function readGrid(bytes: Buffer, problems: Problems): string[][] {
  if (bytes.length === 0) throw new Unreadable('The file is empty')
  if (bytes.length > LIMITS.fileBytes) throw new Unreadable(`The file is ${megabytes(bytes.length)}, over the limit of ${megabytes(LIMITS.fileBytes)}`)
  const text = decodeText(bytes, problems, sniffDelimiter)
  if (text.includes('\u0000')) throw new Unreadable('The file holds the NUL character (\\u0000); it is not a CSV of wages')
  return readCsv(text, LIMITS.rows, problems)
}

async function prepare(db: Db, organisationId: number, bytes: Buffer) {
  const problems = new Problems()
  const fileHash = createHash('sha256').update(bytes).digest('hex')
  let planned: Planned[] = []
  try {
    const grid = readGrid(bytes, problems)
    const known = new Set(await allOccupationCodes(db))
    const rows = readWageRows(grid, known, problems)
    const existing = await localWagesOfOrganisation(db, organisationId, [...new Set(rows.map((r) => r.fields.socCode))])
    planned = rows.map((r) => ({ ...r, replaces: existing.find((e) => sameKey(e, r.fields))?.id ?? null }))
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error
    problems.error(error.message, error.where)
  }
  const summary: LocalWageImportSummary = {
    fileHash,
    rows: planned.length,
    create: planned.filter((p) => p.replaces === null).length,
    replace: planned.filter((p) => p.replaces !== null).length,
    problems: problems.list,
    ok: !problems.hasErrors,
  }
  return { planned, summary }
}

// What importing the CSV would write for the actor's organisation (or the one an admin names), and every problem.
export async function previewLocalWages(db: Db, actor: NonNullable<Viewer>, bytes: Buffer, organisationId?: number) {
  return (await prepare(db, await wageOwner(db, actor, organisationId), bytes)).summary
}

// Writes every row of the CSV, or refuses it whole: 422 with the located problems, 409 when it is not the previewed file.
export async function commitLocalWages(db: Db, actor: NonNullable<Viewer>, bytes: Buffer, options: { expectedHash?: string; organisationId?: number }) {
  const owner = await wageOwner(db, actor, options.organisationId)
  const { planned, summary } = await prepare(db, owner, bytes)
  if (options.expectedHash && options.expectedHash !== summary.fileHash) {
    throw new Conflict('file_changed', 'This is not the file that was previewed; preview it again before importing it')
  }
  if (!summary.ok) refuseFile('The wages were', summary.problems)
  for (const { fields, replaces } of planned) {
    if (replaces === null) await insertLocalWage(db, owner, fields)
    else await updateLocalWage(db, replaces, fields)
  }
  await recordAudit(db, actor, {
    action: 'update', table: 'organisations', rowId: owner,
    summary: `Imported local wages: ${summary.create} rows added, ${summary.replace} replaced`,
    after: planned.map((p) => p.fields),
  })
  return summary
}
