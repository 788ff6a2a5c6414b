// Framework imports end to end: read the file in whichever format it is, check it, match it against the
// database, and either describe what would happen (preview) or do it (commit, in the caller's transaction).
import { createHash } from 'node:crypto'
import type { ImportFormat, ImportOptions, ImportSummary } from '../../../shared/schemas/import'
import type { Db } from '../../db/connect'
import { lockForTransaction } from '../../db/queries/locks'
import { Conflict, Invalid } from '../../errors'
import { ownsRow } from '../../../shared/domain/permissions'
import { assertCanEdit, type Viewer } from '../access'
import { getFramework } from '../frameworks/read'
import { parseJson, readCasePackage } from './case-read'
import { commitPlan, type Progress } from './commit'
import { findDuplicate } from './duplicates'
import { readCsv, sniffDelimiter } from './csv'
import { LIMITS, megabytes } from './limits'
import { Problems, Unreadable, type ParsedFramework } from './model'
import { refuseNulCells, refuseNulInJson } from './nul'
import { isOpenSaltWorkbook, readOpenSalt } from './opensalt'
import { planImport, type ImportPlan } from './plan'
import { readPlainSheet } from './sheet'
import { decodeText } from './text'
import { validateStructure } from './validate'
import { openWorkbook, readSheet } from './workbook'
import { checkZipSizes } from './zip-guard'

export type Upload = { bytes: Buffer; fileName: string }

type Read = { parsed: ParsedFramework; sheet?: ImportSummary['sheet'] }

const isZip = (buf: Buffer) => buf.length > 4 && buf.readUInt32LE(0) === 0x04034b50
const looksLikeJson = (buf: Buffer) => /^(\uFEFF)?\s*[[{]/.test(buf.subarray(0, 64).toString('utf8'))

function readWorkbookFile(upload: Upload, options: ImportOptions, problems: Problems): Read {
  checkZipSizes(upload.bytes)
  const workbook = openWorkbook(upload.bytes)
  if (options.format !== 'sheet' && (options.format === 'opensalt' || isOpenSaltWorkbook(workbook))) {
    try {
      return { parsed: readOpenSalt(workbook, problems) }
    } catch (error) {
      throw error instanceof Unreadable ? new Unreadable(error.message, error.where, 'opensalt') : error
    }
  }
  const name = options.sheet ?? workbook.SheetNames[0]
  if (!name) throw new Unreadable('The workbook has no sheets')
  const { parsed, preview } = readPlainSheet(readSheet(workbook, name, problems), options, problems, upload.fileName)
  return { parsed, sheet: { ...preview, sheets: workbook.SheetNames } }
}

function readFile(upload: Upload, options: ImportOptions, problems: Problems): Read {
  const { bytes } = upload
  if (bytes.length === 0) throw new Unreadable('The file is empty')
  if (bytes.length > LIMITS.fileBytes) {
    throw new Unreadable(`The file is ${megabytes(bytes.length)}, over the limit of ${megabytes(LIMITS.fileBytes)}; split it into smaller files`)
  }
  if (isZip(bytes)) return readWorkbookFile(upload, options, problems)
  if (options.format === 'opensalt') throw new Unreadable('An OpenSALT import needs an .xlsx workbook')
  const json = options.format === 'case' || (options.format === undefined && looksLikeJson(bytes))
  const text = decodeText(bytes, problems, json ? undefined : sniffDelimiter)
  if (json) {
    try {
      const pkg = parseJson(text)
      refuseNulInJson(text, pkg, problems)
      return { parsed: readCasePackage(pkg, problems) }
    } catch (error) {
      throw error instanceof Unreadable ? new Unreadable(error.message, error.where, 'case') : error
    }
  }
  const grid = { name: upload.fileName, rows: readCsv(text, LIMITS.rows, problems) }
  refuseNulCells(grid, problems)
  const { parsed, preview } = readPlainSheet(grid, options, problems, upload.fileName)
  return { parsed, sheet: { ...preview, sheets: [] } }
}

// `parsed`: the file as read, when it could be (its title and CASE version are named even when it cannot be planned).
function summarise(format: ImportFormat, hash: string, problems: Problems, plan?: ImportPlan, sheet?: ImportSummary['sheet'], parsed?: ParsedFramework): ImportSummary {
  const counts = plan?.counts ?? { create: 0, update: 0, unchanged: 0, links: 0, rows: 0 }
  const framework = plan
    ? { title: plan.framework.title, uuid: plan.framework.uuid, action: plan.framework.id === null ? ('create' as const) : ('update' as const), id: plan.framework.id }
    : { title: parsed?.framework.title ?? '', uuid: parsed?.framework.uuid ?? null, action: 'create' as const, id: null }
  const caseVersion = parsed?.extra ? { caseVersion: parsed.extra.document.caseVersion === '1.1' ? ('1.1' as const) : ('1.0' as const) } : {}
  const absent = plan?.absent ? { absent: plan.absent } : {}
  return { format, fileHash: hash, framework, counts, ...caseVersion, ...(sheet ? { sheet } : {}), ...absent, problems: problems.list, ok: !problems.hasErrors && !!plan }
}

// A file read and checked on its own, before the database is consulted: the slow, CPU-bound part of an import,
// which a worker does before it opens its transaction.
export type ReadUpload = { hash: string; problems: Problems; read?: Read; format: ImportFormat }

export function readUpload(upload: Upload, options: ImportOptions): ReadUpload {
  const problems = new Problems()
  const hash = fileHash(upload.bytes)
  try {
    const read = readFile(upload, options, problems)
    validateStructure(read.parsed, problems)
    return { hash, problems, read, format: read.parsed.format }
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error
    problems.error(error.message, error.where)
    return { hash, problems, format: error.format ?? options.format ?? 'sheet' }
  }
}

// The SHA-256 of a file, as previews report it and commits check it.
export const fileHash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

// A framework the request names (frameworkId) is refused by the rule of a direct edit (403). One the file names by
// its CASE identifier is refused like any other problem, at that identifier, so a preview says so and a commit
// writes nothing.
async function checkWritable(db: Db, actor: Viewer, parsed: ParsedFramework, plan: ImportPlan, options: ImportOptions, problems: Problems) {
  if (actor === null || plan.framework.id === null) return
  const { organisationId, title } = await getFramework(db, plan.framework.id)
  if (options.frameworkId !== undefined) assertCanEdit(actor, { organisationId }, 'Framework', plan.framework.id)
  if (ownsRow(actor, organisationId)) return
  const owner = organisationId === null ? 'belongs to no organisation; only an administrator can change it' : 'belongs to another organisation; only its own people can change it'
  problems.error(`Framework "${title}" ${owner}`, parsed.format === 'case' ? { path: 'CFDocument.identifier' } : {})
}

// `actor`: who would import it (its rights are checked), or undefined for a preview that checks none (the system's).
// `beforePlan` runs once the file is read, before the database is consulted (a commit takes its lock there).
async function prepare(db: Db, upload: Upload | ReadUpload, options: ImportOptions, actor: Viewer | undefined, beforePlan?: (parsed: ParsedFramework) => Promise<void>) {
  const { hash, problems, read, format } = 'bytes' in upload ? readUpload(upload, options) : upload
  if (!read) return { summary: summarise(format, hash, problems) }
  try {
    await beforePlan?.(read.parsed)
    const plan = await planImport(db, read.parsed, options, problems)
    if (actor !== undefined) await checkWritable(db, actor, read.parsed, plan, options, problems)
    return { parsed: read.parsed, plan, summary: summarise(read.parsed.format, hash, problems, plan, read.sheet, read.parsed) }
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error
    problems.error(error.message, error.where)
    return { summary: summarise(format, hash, problems, undefined, read.sheet, read.parsed) }
  }
}

// What importing the file would do, with every problem found (those of `reader`'s rights too); writes nothing.
// `reader`: a person previewing before choosing, who is told of a framework the file looks like.
export async function previewImport(db: Db, upload: Upload, options: ImportOptions, reader?: { actor: Viewer }): Promise<ImportSummary> {
  const { summary, parsed, plan } = await prepare(db, upload, options, reader?.actor)
  if (!reader || !parsed || !plan || options.frameworkId !== undefined) return summary
  const duplicateOf = await findDuplicate(db, reader.actor, parsed, plan)
  return duplicateOf ? { ...summary, duplicateOf } : summary
}

// Imports of one framework (by the id given, or the package's identifier) wait for each other, so that
// identical imports at once converge: the first creates the framework, the others find it and update it.
const lockTarget = (db: Db, options: ImportOptions) => (parsed: ParsedFramework) =>
  lockForTransaction(db, [
    ...(options.frameworkId !== undefined ? [`import:framework:${options.frameworkId}`] : []),
    ...(parsed.framework.uuid ? [`import:uuid:${parsed.framework.uuid}`] : []),
  ])

// Imports the file (or the file read beforehand), or refuses it (422, problems in details) when it has any error;
// the caller's transaction makes it all or nothing. `onProgress` hears of the rows written as batches go in.
export async function commitImport(db: Db, actor: Viewer, upload: Upload | ReadUpload, options: ImportOptions, onProgress?: Progress): Promise<ImportSummary> {
  const { parsed, plan, summary } = await prepare(db, upload, options, actor, lockTarget(db, options))
  if (options.expectedHash && options.expectedHash !== summary.fileHash) {
    throw new Conflict('file_changed', 'This is not the file that was previewed; preview it again before importing')
  }
  if (!summary.ok || !parsed || !plan) {
    const errors = summary.problems.filter((p) => p.severity === 'error')
    throw new Invalid(`The file was not imported: ${errors.length} problem${errors.length === 1 ? '' : 's'} (first: ${errors[0]?.message ?? 'unknown'})`, { problems: summary.problems })
  }
  const id = await commitPlan(db, actor, parsed, plan, options, onProgress)
  return { ...summary, framework: { ...summary.framework, id } }
}
