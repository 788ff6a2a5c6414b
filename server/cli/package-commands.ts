// Handlers of `rungs export pathway <slug>` and of `rungs import <package.json>`: the pathway package services the
// API uses, run as the system (every row readable; new rows belong to no organisation until `rungs owners adopt`).
import { writeFileSync } from 'node:fs'
import type { PackageProblem, PackageSummary } from '../../shared/package/schema'
import { migrateToLatest } from '../db/migrate'
import { readEnv } from '../env'
import { AppError } from '../errors'
import { writerView } from '../services/access'
import { urisFor } from '../services/export-case/shapes'
import { exportPathwayPackage } from '../services/package/export'
import { commitPackage, previewPackage } from '../services/package/index'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CommandContext } from './command'
import { openDatabase } from './database'

// True when the JSON document is a pathway package rather than a CASE file.
export const isPackage = (document: unknown): boolean => typeof document === 'object' && document !== null && 'rungsPackage' in document

function report(summary: PackageSummary | null, problems: PackageProblem[], out: (line: string) => void, err: (line: string) => void) {
  if (summary) {
    const counts = (what: string, c: PackageSummary['modules']) => `${what}: ${c.create} new, ${c.update} changed, ${c.unchanged} unchanged`
    out(`Pathway package → pathway "${summary.pathway.title}" (${summary.pathway.slug}, ${summary.pathway.action})`)
    out(`  ${counts('modules', summary.modules)}; ${counts('credentials', summary.credentials)}; ${counts('articulations', summary.articulations)}; ${summary.frameworks.imported} frameworks to import`)
  }
  for (const p of problems) (p.severity === 'error' ? err : out)(`  ${p.severity}: ${p.path}: ${p.message}`)
}

// rungs import <package.json> [--dry-run], once importFile has found the file to be a package.
export async function importPackage({ env, out, err, flag }: CommandContext, document: unknown): Promise<number> {
  const db = openDatabase(readEnv(env), out)
  try {
    await migrateToLatest(db)
    if (flag('dry-run')) {
      const summary = await previewPackage(db, null, document)
      report(summary, summary.problems, out, err)
      out(summary.ok ? 'Dry run: nothing was written' : 'The package has errors; nothing was written')
      return summary.ok ? EXIT_OK : EXIT_FAILED
    }
    const done = await db.transaction().execute((trx) => commitPackage(trx, null, document))
    report(done, done.problems, out, err)
    out(`Imported pathway #${done.pathwayId}`)
    return EXIT_OK
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'invalid')) throw error
    report(null, (error.details as { problems?: PackageProblem[] } | undefined)?.problems ?? [], out, err)
    err(`${error.message}. Nothing was written.`)
    return EXIT_FAILED
  } finally {
    await db.destroy()
  }
}

// rungs export pathway <slug> [--embed-frameworks] [--out file] [--base url]
export async function exportPathway({ env, out, err, string, flag, positionals }: CommandContext): Promise<number> {
  const [slug, ...extra] = positionals
  if (!slug || extra.length) {
    err('Usage: rungs export pathway <slug> [--embed-frameworks] [--out file]')
    return EXIT_USAGE
  }
  const db = openDatabase(readEnv(env), err)
  try {
    const pkg = await exportPathwayPackage(db, writerView(null), slug, { embedFrameworks: flag('embed-frameworks'), uris: urisFor(string('base') ?? null) })
    const text = `${JSON.stringify(pkg, null, 2)}\n`
    const target = string('out')
    if (target) {
      writeFileSync(target, text)
      err(`Wrote pathway ${slug} (${pkg.modules?.length ?? 0} modules, ${pkg.frameworks?.length ?? 0} frameworks) to ${target}`)
    } else out(text)
    return EXIT_OK
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'not_found')) throw error
    err(error.message)
    return EXIT_FAILED
  } finally {
    await db.destroy()
  }
}
