// SQL that loads what the analysis of one pathway reads (an AnalysisInput): one set-based query per kind of
// row, each restricted by a subquery of the pathway's modules that the viewer may see, never a query per row.
//
// SQLite answers synchronously, so the reads of a statewide pathway would hold the event loop (every other
// request) for their whole sum. They therefore run one after another with a pause between them, and the two
// big ones (outcomes, alignments) in slices of the pathway's modules by id, so that a stall lasts one slice.
import type { AnalysisCredential, AnalysisInput } from '../../../shared/domain/analysis/types'
import type { Actor } from '../../../shared/domain/permissions'
import type { Db } from '../connect'
import { fromFlag } from '../stamps'
import { visibleTo } from './modules'
import { latestValidationResults } from './validation-results'

// An AnalysisInput whose competencies also carry their sibling position, for ordering them as a tree.
export type LoadedAnalysisInput = AnalysisInput & { competencies: (AnalysisInput['competencies'][number] & { position: number })[] }

// Modules per slice: about 50,000 alignments at the 25 per module of a statewide catalogue.
const MODULES_PER_SLICE = 2000

type IdRange = { from: number; to: number }

// Lets the event loop serve other requests between two synchronous reads.
const pause = () => new Promise<void>((resolve) => setImmediate(resolve))

// The ids of the modules placed in the pathway that the viewer may see (drafts are private), optionally
// only those in an id range.
function placedModules(db: Db, pathwayId: number, viewer: Actor | null, range?: IdRange) {
  let query = db
    .selectFrom('pathway_modules as pm')
    .innerJoin('modules', 'modules.id', 'pm.moduleId')
    .select('pm.moduleId')
    .where('pm.pathwayId', '=', pathwayId)
    .where(visibleTo(viewer))
  if (range) query = query.where('pm.moduleId', '>=', range.from).where('pm.moduleId', '<=', range.to)
  return query
}

function frameworksOf(db: Db, pathwayId: number) {
  return db.selectFrom('pathway_frameworks').select('frameworkId').where('pathwayId', '=', pathwayId)
}

const competencyColumns = [
  'c.id',
  'c.frameworkId',
  'f.kind as frameworkKind',
  'c.parentId',
  'c.code',
  'c.statement',
  'c.kind',
  'c.level',
  'c.position',
] as const

// The basic skills that competencies of the pathway's frameworks require, with all their descendants, that
// are not already items of those frameworks.
function requiredSkills(db: Db, pathwayId: number) {
  return db
    .withRecursive('required(id)', (qb) =>
      qb
        .selectFrom('competency_links as l')
        .innerJoin('competencies as k', 'k.id', 'l.fromId')
        .select('l.toId as id')
        .where('l.relation', '=', 'requires')
        .where('k.frameworkId', 'in', frameworksOf(db, pathwayId))
        .union((u) => u.selectFrom('competencies as k').innerJoin('required', 'required.id', 'k.parentId').select('k.id')),
    )
    .selectFrom('required')
    .innerJoin('competencies as c', 'c.id', 'required.id')
    .innerJoin('frameworks as f', 'f.id', 'c.frameworkId')
    .select(competencyColumns)
    .where('c.frameworkId', 'not in', frameworksOf(db, pathwayId))
}

// Runs `read` over consecutive slices of the (sorted) module ids and concatenates the rows, pausing between.
async function bySlices<T>(moduleIds: readonly number[], read: (range: IdRange) => Promise<T[]>): Promise<T[]> {
  const sorted = [...moduleIds].sort((a, b) => a - b)
  const rows: T[] = []
  for (let at = 0; at < sorted.length; at += MODULES_PER_SLICE) {
    const slice = await read({ from: sorted[at]!, to: sorted[Math.min(at + MODULES_PER_SLICE, sorted.length) - 1]! })
    for (const row of slice) rows.push(row)
    await pause()
  }
  return rows
}

function withStacking(
  credentials: readonly { id: number; title: string }[],
  leading: readonly { moduleId: number; credentialId: number }[],
  stacks: readonly { fromId: number; toId: number }[],
): AnalysisCredential[] {
  const moduleIds = new Map(credentials.map((c) => [c.id, [] as number[]]))
  const stacksIntoIds = new Map(credentials.map((c) => [c.id, [] as number[]]))
  for (const l of leading) moduleIds.get(l.credentialId)?.push(l.moduleId)
  for (const s of stacks) stacksIntoIds.get(s.fromId)?.push(s.toId)
  return credentials.map((c) => ({ ...c, moduleIds: moduleIds.get(c.id)!, stacksIntoIds: stacksIntoIds.get(c.id)! }))
}

// Everything the analysis of the pathway reads, as the viewer may see it, with the latest employer consensus
// recorded on each item of its frameworks (none recorded: the rules that use ratings stay silent).
export async function loadAnalysisInput(db: Db, pathwayId: number, viewer: Actor | null): Promise<LoadedAnalysisInput> {
  const placed = (range?: IdRange) => placedModules(db, pathwayId, viewer, range)
  const read = async <T>(query: { execute: () => Promise<T> }): Promise<T> => {
    const rows = await query.execute()
    await pause()
    return rows
  }
  const modules = await read(
    db
      .selectFrom('pathway_modules as pm')
      .innerJoin('modules', 'modules.id', 'pm.moduleId')
      .select(['modules.id', 'modules.code', 'modules.title', 'modules.level', 'modules.kind', 'modules.entryLevel'])
      .select(['pm.stage', 'pm.isEntry', 'pm.isExit'])
      .where('pm.pathwayId', '=', pathwayId)
      .where(visibleTo(viewer))
      .orderBy('pm.stage')
      .orderBy('pm.position')
      .orderBy('modules.code'),
  )
  const moduleIds = modules.map((m) => m.id)
  const frameworks = await read(frameworksOf(db, pathwayId).orderBy('frameworkId'))
  const own = await read(
    db
      .selectFrom('competencies as c')
      .innerJoin('frameworks as f', 'f.id', 'c.frameworkId')
      .select(competencyColumns)
      .where('c.frameworkId', 'in', frameworksOf(db, pathwayId))
      .orderBy('c.id'),
  )
  const validation = await latestValidationResults(db, own.map((c) => c.id))
  await pause()
  const required = await read(requiredSkills(db, pathwayId).orderBy('c.id'))
  const requirements = await read(
    db
      .selectFrom('competency_links')
      .select(['fromId', 'toId', 'minLevel'])
      .where('relation', '=', 'requires')
      .where('fromId', 'in', db.selectFrom('competencies').select('id').where('frameworkId', 'in', frameworksOf(db, pathwayId)))
      .orderBy('id'),
  )
  const outcomes = await bySlices(moduleIds, (range) =>
    db.selectFrom('outcomes').select(['id', 'moduleId', 'text']).where('moduleId', 'in', placed(range)).orderBy('moduleId').orderBy('id').execute(),
  )
  // Object literals rather than spreads: half a million rows, each with the same fast shape for the rules.
  const alignments = await bySlices(moduleIds, async (range) => {
    const rows = await db
      .selectFrom('alignments')
      .select(['moduleId', 'outcomeId', 'competencyId', 'depth', 'assessed'])
      .where('moduleId', 'in', placed(range))
      .orderBy('moduleId')
      .orderBy('id')
      .execute()
    return rows.map((a) => ({ moduleId: a.moduleId, outcomeId: a.outcomeId, competencyId: a.competencyId, depth: a.depth, assessed: fromFlag(a.assessed) }))
  })
  const prerequisites = await read(db.selectFrom('module_prerequisites').select(['moduleId', 'prerequisiteId']).where('moduleId', 'in', placed()))
  const credentialIds = db.selectFrom('module_credentials').select('credentialId').where('moduleId', 'in', placed())
  const credentials = await read(db.selectFrom('credentials').select(['id', 'title']).where('id', 'in', credentialIds).orderBy('id'))
  const leading = await read(db.selectFrom('module_credentials').select(['moduleId', 'credentialId']).where('moduleId', 'in', placed()))
  const stacks = await read(db.selectFrom('credential_stacks').select(['fromId', 'toId']).where('fromId', 'in', credentialIds))
  const articulations = await read(
    db.selectFrom('articulations').select(['fromModuleId', 'fromCredentialId', 'toModuleId']).where('toModuleId', 'in', placed()).orderBy('id'),
  )
  return {
    frameworkIds: frameworks.map((f) => f.frameworkId),
    competencies: [...own, ...required],
    requirements,
    modules: modules.map((m) => ({ ...m, isEntry: fromFlag(m.isEntry), isExit: fromFlag(m.isExit) })),
    outcomes,
    alignments,
    prerequisites,
    credentials: withStacking(credentials, leading, stacks),
    articulations,
    validation,
  }
}
