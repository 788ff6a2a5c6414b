// Handlers of `rungs import <file>` and `rungs export framework <id>`: the same services as the web app.
import { readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { CaseExportQuery, FrameworkRef } from '../../shared/schemas/case'
import { ImportOptions, type ImportSummary } from '../../shared/schemas/import'
import { migrateToLatest } from '../db/migrate'
import { readEnv } from '../env'
import { AppError } from '../errors'
import { buildCaseExport, findCaseDocument } from '../services/export-case/package'
import { urisFor } from '../services/export-case/shapes'
import { caseWorkbook } from '../services/export-case/xlsx'
import { commitImport, previewImport } from '../services/import/index'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CommandContext } from './command'
import { openDatabase } from './database'
import { importPackage, isPackage } from './package-commands'

function report(summary: ImportSummary, out: (line: string) => void, err: (line: string) => void) {
  const { counts, framework } = summary
  out(`${summary.format} file → framework "${framework.title}" (${framework.action}${framework.id ? ` #${framework.id}` : ''})`)
  out(`  ${counts.rows} rows: ${counts.create} new, ${counts.update} changed, ${counts.unchanged} unchanged; ${counts.links} links to add`)
  for (const p of summary.problems) {
    const where = [p.sheet && `sheet ${p.sheet}`, p.row && `row ${p.row}`, p.column && `column ${p.column}`, p.path].filter(Boolean).join(', ')
    ;(p.severity === 'error' ? err : out)(`  ${p.severity}: ${where ? `${where}: ` : ''}${p.message}`)
  }
}

// rungs import <file> [--format case|opensalt|sheet] [--dry-run] [--title …] [--kind …] [--framework id]; a pathway
// package (.json with "rungsPackage") goes to importPackage.
// The pathway package a .json file holds, or undefined for any other file (a CASE package, a workbook…).
function packageIn(bytes: Buffer, file: string): unknown {
  if (!file.toLowerCase().endsWith('.json')) return undefined
  try {
    const document: unknown = JSON.parse(bytes.toString('utf8'))
    return isPackage(document) ? document : undefined
  } catch {
    return undefined
  }
}

export async function importFile(context: CommandContext): Promise<number> {
  const { env, out, err, string, flag, positionals } = context
  const [file, ...extra] = positionals
  if (!file || extra.length) {
    err('Give exactly one file: rungs import <file> [--format case|opensalt|sheet] [--dry-run]')
    return EXIT_USAGE
  }
  const parsed = ImportOptions.safeParse({ format: string('format'), title: string('title'), kind: string('kind'), frameworkId: string('framework') })
  if (!parsed.success) {
    err(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'))
    return EXIT_USAGE
  }
  const upload = { bytes: readFileSync(file), fileName: basename(file) }
  const document = packageIn(upload.bytes, file)
  if (document !== undefined) return importPackage(context, document)
  const db = openDatabase(readEnv(env), out)
  try {
    await migrateToLatest(db)
    if (flag('dry-run')) {
      const summary = await previewImport(db, upload, parsed.data)
      report(summary, out, err)
      out(summary.ok ? 'Dry run: nothing was written' : 'The file has errors; nothing was written')
      return summary.ok ? EXIT_OK : EXIT_FAILED
    }
    const done = await db.transaction().execute((trx) => commitImport(trx, null, upload, parsed.data))
    report(done, out, err)
    out(`Imported into framework #${done.framework.id}`)
    return EXIT_OK
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'invalid')) throw error
    const problems = (error.details as { problems?: ImportSummary['problems'] } | undefined)?.problems ?? []
    report({ format: parsed.data.format ?? 'sheet', fileHash: '', framework: { title: '', uuid: null, action: 'create', id: null }, counts: { create: 0, update: 0, unchanged: 0, links: 0, rows: 0 }, problems, ok: false }, out, err)
    err(`${error.message}. Nothing was written.`)
    return EXIT_FAILED
  } finally {
    await db.destroy()
  }
}

// rungs export framework <id|identifier> [--format case|xlsx] [--case-version 1.0|1.1] [--out file] [--base url]
export async function exportFramework({ env, out, err, string, positionals }: CommandContext): Promise<number> {
  const ref = FrameworkRef.safeParse(positionals[0] ?? '')
  const format = string('format') ?? 'case'
  const version = CaseExportQuery.shape.version.safeParse(string('case-version'))
  if (!ref.success || positionals.length !== 1 || !['case', 'xlsx'].includes(format) || !version.success) {
    err('Usage: rungs export framework <id|identifier> [--format case|xlsx] [--case-version 1.0|1.1] [--out file]')
    return EXIT_USAGE
  }
  const db = openDatabase(readEnv(env), err)
  try {
    const doc = await findCaseDocument(db, ref.data)
    const { pkg, sheets } = await buildCaseExport(db, doc, urisFor(string('base') ?? null), version.data)
    const target = string('out') ?? (format === 'xlsx' ? `${doc.title.replace(/[^A-Za-z0-9._-]+/g, '-')}.xlsx` : undefined)
    const content = format === 'xlsx' ? caseWorkbook(pkg, sheets) : `${JSON.stringify(pkg, null, 2)}\n`
    if (target) {
      writeFileSync(target, content)
      err(`Wrote framework #${doc.id} (${pkg.CFItems.length} items) to ${target}`)
    } else out(String(content))
    return EXIT_OK
  } finally {
    await db.destroy()
  }
}
