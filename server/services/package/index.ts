// Pathway packages end to end: preview (what a package would create, update or leave, with every problem by JSON
// path; writes nothing) and commit (the same checks, then every write in the caller's transaction, so a refused
// package leaves nothing behind). Embedded CASE frameworks the instance lacks go in through the CASE import.
import { can } from '../../../shared/domain/permissions'
import { RungsPackage, type PackageCounts, type PackageSummary } from '../../../shared/package/schema'
import type { Db } from '../../db/connect'
import { Invalid } from '../../errors'
import type { Viewer } from '../access'
import { recordAudit } from '../audit'
import { commitImport, previewImport } from '../import/index'
import { writePlan } from './commit'
import { planPackage, type Action, type Plan } from './plan'
import { PackageProblems } from './problems'

const count = (rows: readonly { action: Action }[]): PackageCounts => ({
  create: rows.filter((r) => r.action === 'create').length,
  update: rows.filter((r) => r.action === 'update').length,
  unchanged: rows.filter((r) => r.action === 'unchanged').length,
})

// The embedded frameworks this instance lacks, as CASE uploads.
function missingFrameworks(pkg: RungsPackage, plan: Plan | null) {
  return (pkg.frameworks ?? []).flatMap((f, i) => (f.case && !plan?.look.frameworks.has(f.identifier.toLowerCase()) ? [{ i, upload: { bytes: Buffer.from(JSON.stringify(f.case)), fileName: `${f.identifier}.json` } }] : []))
}

// A CASE import's problem path (`CFItems[2].fullStatement`) under its embedding's path.
const casePath = (path: string | undefined) => (!path ? '' : /^[[.]/.test(path) ? path : `.${path.replace(/^\$\.?/, '')}`)

async function prepare(db: Db, actor: Viewer, input: unknown) {
  const problems = new PackageProblems()
  const parsed = RungsPackage.safeParse(input)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.error(issue.path as (string | number)[], issue.message)
    return { problems, pkg: null, plan: null }
  }
  const pkg = parsed.data
  const plan = await planPackage(db, actor, pkg, problems)
  for (const { i, upload } of missingFrameworks(pkg, plan)) {
    if (actor && !can(actor.role, 'framework:write')) problems.error(['frameworks', i], 'Importing a framework needs a person who may author frameworks')
    const preview = await previewImport(db, upload, { format: 'case' })
    for (const p of preview.problems) problems.list.push({ severity: p.severity, path: `$.frameworks[${i}].case${casePath(p.path)}`, message: p.message })
  }
  return { problems, pkg, plan }
}

function summarise(pkg: RungsPackage | null, plan: Plan | null, problems: PackageProblems, imported = 0): PackageSummary {
  return {
    pathway: { slug: pkg?.pathway.slug ?? '', title: pkg?.pathway.title ?? '', action: plan?.pathway.action ?? 'create' },
    frameworks: { imported, present: (pkg?.frameworks ?? []).length - imported },
    modules: count(plan?.modules ?? []),
    credentials: count(plan?.credentials ?? []),
    articulations: count(plan?.articulations ?? []),
    problems: problems.list,
    ok: !problems.hasErrors,
  }
}

function refuse(problems: PackageProblems): never {
  const errors = problems.list.filter((p) => p.severity === 'error')
  const first = errors[0]!
  throw new Invalid(`The package was not imported: ${errors.length} problem${errors.length === 1 ? '' : 's'} (first: ${first.path}: ${first.message})`, { problems: problems.list })
}

// What importing the package would do, with every problem found; writes nothing.
export async function previewPackage(db: Db, actor: Viewer, input: unknown): Promise<PackageSummary> {
  const { problems, pkg, plan } = await prepare(db, actor, input)
  return summarise(pkg, plan, problems, pkg ? missingFrameworks(pkg, plan).length : 0)
}

// Imports the package, or refuses it whole (422 with the problems); the caller's transaction makes it all or nothing.
export async function commitPackage(db: Db, actor: Viewer, input: unknown): Promise<PackageSummary & { pathwayId: number }> {
  const first = await prepare(db, actor, input)
  if (!first.pkg || !first.plan || first.problems.hasErrors) refuse(first.problems)
  const pkg = first.pkg
  const missing = missingFrameworks(pkg, first.plan)
  for (const { upload } of missing) await commitImport(db, actor, upload, { format: 'case' })
  // The imported frameworks' competencies have ids now: plan again against them.
  const problems = missing.length ? new PackageProblems() : first.problems
  const plan = missing.length ? await planPackage(db, actor, pkg, problems) : first.plan
  if (problems.hasErrors) refuse(problems)
  const pathwayId = await writePlan(db, actor, pkg, plan)
  const summary = summarise(pkg, plan, problems, missing.length)
  const { modules, credentials } = summary
  await recordAudit(db, actor, {
    action: plan.pathway.existing ? 'update' : 'create', table: 'pathways', rowId: pathwayId,
    summary: `Imported the package of "${pkg.pathway.title}": ${modules.create} modules added, ${modules.update} changed; ${credentials.create} credentials added, ${credentials.update} changed${missing.length ? `; ${missing.length} frameworks imported` : ''}`,
  })
  return { ...summary, pathwayId }
}
