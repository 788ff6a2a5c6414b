// SQL that loads what the analysis of one pathway reads (an AnalysisInput): one set-based query per kind of
// row, each restricted to the pathway's modules that the viewer may see, never a query per row.
//
// The three big collections (competencies, outcomes, alignments: over half a million rows in a statewide
// catalogue) are read with plain SQL naming only the columns the analysis uses, aliased to the input's field
// names, so rows come from the driver ready to use: no CamelCasePlugin mapping and no copy per row.
//
// SQLite answers synchronously, so on the main thread the reads of a big pathway would hold the event loop
// (every other request) for their whole sum. They therefore run one after another with a pause between them,
// and the two biggest (outcomes, alignments) in slices of the pathway's modules, so that a stall lasts one
// slice. A big pathway is loaded on a worker thread instead, through its own connection (services/analysis/run.ts).
import { PostgresAdapter, sql, SqliteAdapter } from 'kysely'
import { concatColumns } from '../../../shared/domain/analysis/alignments'
import type { AlignmentColumns, AnalysisCompetency, AnalysisCredential, AnalysisInput, AnalysisOutcome } from '../../../shared/domain/analysis/types'
import type { Actor } from '../../../shared/domain/permissions'
import type { Db } from '../connect'
import type { OutcomeRow } from '../../../shared/domain/outcomes/table'
import { fromFlag } from '../stamps'
import { outcomeRowsOfCredentials } from './credential-outcome-counts'
import { outcomeRowsOfModules } from './outcome-counts'
import { skillLevelCodes } from './levels'
import { visibleModuleIds, visibleTo } from './visibility'
import { latestValidationResults } from './validation-results'

// A competency that also carries its sibling position, for ordering the competencies as a tree.
export type LoadedCompetency = AnalysisCompetency & { position: number }

// An AnalysisInput whose competencies carry their sibling positions, and whose alignments are columns.
export type LoadedAnalysisInput = AnalysisInput<AlignmentColumns> & { competencies: LoadedCompetency[] }

// Modules per slice: about 50,000 alignments at the 25 per module of a statewide catalogue, and few enough
// bound parameters for either dialect.
const MODULES_PER_SLICE = 2000

// Lets the event loop serve other requests between two synchronous reads.
const pause = () => new Promise<void>((resolve) => setImmediate(resolve))

// The ids of the modules placed in the pathway that the viewer may see (drafts are private).
function placedModules(db: Db, pathwayId: number, viewer: Actor | null) {
  return db
    .selectFrom('pathway_modules as pm')
    .innerJoin('modules', 'modules.id', 'pm.moduleId')
    .select('pm.moduleId')
    .where('pm.pathwayId', '=', pathwayId)
    .where(visibleTo(viewer))
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

// The items of the pathway's frameworks in use (neither drafts nor retired), by id.
async function frameworkItems(db: Db, pathwayId: number): Promise<LoadedCompetency[]> {
  const { rows } = await sql<LoadedCompetency>`
    select c.id, c.framework_id as "frameworkId", f.kind as "frameworkKind", c.parent_id as "parentId",
      c.code, c.statement, c.kind, c.level, c.position
    from competencies c
    join frameworks f on f.id = c.framework_id
    where c.framework_id in (select framework_id from pathway_frameworks where pathway_id = ${pathwayId})
      and c.status <> 'draft' and c.retired_at is null
    order by c.id`.execute(db.withoutPlugins())
  return rows
}

// The outcomes of these modules, module by module.
async function outcomesOf(db: Db, moduleIds: readonly number[]): Promise<AnalysisOutcome[]> {
  const { rows } = await sql<AnalysisOutcome>`
    select id, module_id as "moduleId", text
    from outcomes
    where module_id in (${sql.join(moduleIds)})
    order by module_id, id`.execute(db.withoutPlugins())
  return rows
}

// A module's alignments in id order as one text of codes ("49,1306,..."), each its competency times four plus
// its depth's index into DEPTHS. One row per module instead of one per alignment: the driver makes an object
// per row, which cost about two thirds of reading a statewide catalogue's half a million alignments.
const DEPTH = sql`case depth when 'I' then 0 when 'R' then 1 else 2 end`
const codesOf = (db: Db) =>
  db.getExecutor().adapter instanceof PostgresAdapter
    ? sql<string>`string_agg((competency_id::bigint * 4 + ${DEPTH})::text, ',' order by id)`
    : sql<string>`group_concat(competency_id * 4 + ${DEPTH}, ',' order by id)`

// The alignments of these modules (to one of their outcomes or to the module itself), module by module: the
// three columns the rules read, the depth as its index into DEPTHS.
async function alignmentsOf(db: Db, moduleIds: readonly number[]): Promise<AlignmentColumns[]> {
  const { rows } = await sql<{ moduleId: number; codes: string }>`
    select module_id as "moduleId", ${codesOf(db)} as codes
    from alignments
    where module_id in (${sql.join(moduleIds)})
    group by module_id
    order by module_id`.execute(db.withoutPlugins())
  const moduleId: number[] = []
  const competencyId: number[] = []
  const depth: number[] = []
  for (const row of rows) {
    // Digits read in place: splitting the text would make a string per alignment.
    const { codes } = row
    let code = 0
    for (let i = 0; i <= codes.length; i++) {
      const digit = i < codes.length ? codes.charCodeAt(i) - 48 : -1
      if (digit >= 0 && digit <= 9) {
        code = code * 10 + digit
        continue
      }
      moduleId.push(Number(row.moduleId))
      competencyId.push(Math.floor(code / 4))
      depth.push(code % 4)
      code = 0
    }
  }
  return [{ moduleId: Float64Array.from(moduleId), competencyId: Float64Array.from(competencyId), depth: Uint8Array.from(depth) }]
}

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
async function bySlices<T>(moduleIds: readonly number[], read: (ids: readonly number[]) => Promise<T[]>): Promise<T[]> {
  const sorted = [...moduleIds].sort((a, b) => a - b)
  let rows: T[] = []
  for (let at = 0; at < sorted.length; at += MODULES_PER_SLICE) {
    const slice = await read(sorted.slice(at, at + MODULES_PER_SLICE))
    if (rows.length === 0) rows = slice
    else for (const row of slice) rows.push(row)
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

// Which rows to read: all of them, or one of two halves that two threads can read and analyse side by side
// (services/analysis/run.ts): 'outcomes' is what the near-duplicate rule reads (the modules, their outcomes,
// and the credentials and articulations that join modules), 'all-but-outcomes' what every other rule reads.
// A half leaves the other half's collections empty.
export type InputPart = 'all' | 'outcomes' | 'all-but-outcomes'

// Everything the analysis of the pathway reads (or `part` of it), as the viewer may see it, with the latest
// employer consensus recorded on each item of its frameworks (none recorded: the rules that use ratings
// stay silent).
export async function loadAnalysisInput(db: Db, pathwayId: number, viewer: Actor | null, part: InputPart = 'all'): Promise<LoadedAnalysisInput> {
  const placed = () => placedModules(db, pathwayId, viewer)
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
  const rest = part !== 'outcomes'
  const own = rest ? await frameworkItems(db, pathwayId) : []
  await pause()
  const validation = await latestValidationResults(db, own.map((c) => c.id))
  await pause()
  const required = rest ? await read(requiredSkills(db, pathwayId).orderBy('c.id')) : []
  const requirements = !rest
    ? []
    : await read(
        db
          .selectFrom('competency_links')
          .select(['fromId', 'toId', 'minLevel'])
          .where('relation', '=', 'requires')
          .where('fromId', 'in', db.selectFrom('competencies').select('id').where('frameworkId', 'in', frameworksOf(db, pathwayId)))
          .orderBy('id'),
      )
  // Equivalent items of two frameworks of the pathway (a link is written from either side, so both are read).
  const equivalences = !rest
    ? []
    : await read(
        db
          .selectFrom('competency_links as l')
          .innerJoin('competencies as a', 'a.id', 'l.fromId')
          .innerJoin('competencies as b', 'b.id', 'l.toId')
          .select(['l.fromId', 'l.toId'])
          .where('l.relation', '=', 'equivalent')
          .where('a.frameworkId', 'in', frameworksOf(db, pathwayId))
          .where('b.frameworkId', 'in', frameworksOf(db, pathwayId))
          .orderBy('l.id'),
      )
  const outcomes = part === 'all-but-outcomes' ? [] : await bySlices(moduleIds, (ids) => outcomesOf(db, ids))
  const alignments = concatColumns(rest ? await bySlices(moduleIds, (ids) => alignmentsOf(db, ids)) : [])
  const outcomeCounts = rest ? grouped(await bySlices(moduleIds, (ids) => outcomeRowsOfModules(db, ids)), (row) => row.moduleId).map(([moduleId, rows]) => ({ moduleId, rows })) : []
  const prerequisites = !rest
    ? []
    : await read(
        db
          .selectFrom('module_prerequisites')
          .select(['moduleId', 'prerequisiteId'])
          .where('moduleId', 'in', placed())
          // EXISTS, not `prerequisite_id in (visible ids)`: with two IN lists SQLite probes the (module,
          // prerequisite) key for every pair of them, 400 million probes for a statewide pathway (170 s).
          .where((eb) =>
            eb.exists(
              eb
                .selectFrom('modules')
                .select('modules.id')
                .whereRef('modules.id', '=', 'module_prerequisites.prerequisiteId')
                .where(visibleTo(viewer)),
            ),
          ),
      )
  const credentialIds = db.selectFrom('module_credentials').select('credentialId').where('moduleId', 'in', placed())
  const credentials = await read(db.selectFrom('credentials').select(['id', 'title']).where('id', 'in', credentialIds).orderBy('id'))
  const leading = await read(db.selectFrom('module_credentials').select(['moduleId', 'credentialId']).where('moduleId', 'in', placed()))
  const stacks = await read(db.selectFrom('credential_stacks').select(['fromId', 'toId']).where('fromId', 'in', credentialIds))
  const credentialOutcomeCounts = rest ? grouped(await outcomeRowsOfCredentials(db, credentials.map((c) => c.id)), (row) => row.credentialId).map(([credentialId, rows]) => ({ credentialId, rows })) : []
  const articulations = await read(
    db
      .selectFrom('articulations')
      .select(['fromModuleId', 'fromCredentialId', 'toModuleId'])
      .where('toModuleId', 'in', placed())
      .where((eb) => eb.or([eb('fromModuleId', 'is', null), eb('fromModuleId', 'in', visibleModuleIds(db, viewer))]))
      .orderBy('id'),
  )
  // The basic-skill levels as this instance orders them (bridge_gap compares levels on this scale).
  const basicSkillLevels = rest ? await skillLevelCodes(db) : undefined
  return {
    frameworkIds: frameworks.map((f) => f.frameworkId),
    competencies: [...own, ...required],
    requirements,
    equivalences,
    modules: modules.map((m) => ({ ...m, isEntry: fromFlag(m.isEntry), isExit: fromFlag(m.isExit) })),
    outcomes,
    alignments,
    prerequisites,
    credentials: withStacking(credentials, leading, stacks),
    articulations,
    validation,
    outcomeCounts,
    credentialOutcomeCounts,
    ...(basicSkillLevels ? { basicSkillLevels } : {}),
  }
}

// Learner outcome rows grouped by module (or credential), without whose they are: the rules read every table's
// counts as published to everyone outside its organisation.
function grouped<T extends OutcomeRow>(rows: readonly T[], idOf: (row: T) => number): Array<[number, OutcomeRow[]]> {
  const groups = new Map<number, OutcomeRow[]>()
  for (const row of rows) {
    const { term, subgroupDimension, subgroupValue, enrolled, completed, credentialEarned, continued, employedQ2, medianEarningsQ2 } = row
    const counts = { term, subgroupDimension, subgroupValue, enrolled, completed, credentialEarned, continued, employedQ2, medianEarningsQ2 }
    const list = groups.get(idOf(row))
    if (list) list.push(counts)
    else groups.set(idOf(row), [counts])
  }
  return [...groups]
}

// The file of an SQLite database on disk, which another thread can open; null for PostgreSQL, an in-memory
// database, or a transaction (whose uncommitted writes no other connection would see).
export async function sqliteFileOf(db: Db): Promise<string | null> {
  if (db.isTransaction || !(db.getExecutor().adapter instanceof SqliteAdapter)) return null
  const { rows } = await sql<{ file: string }>`select file from pragma_database_list where name = 'main'`.execute(db.withoutPlugins())
  return rows[0]?.file || null
}

// About how many rows the analysis of a pathway reads, counted (through indexes) without reading them: the
// items of its frameworks, its modules, and their outcomes and alignments.
export async function analysisSize(db: Db, pathwayId: number): Promise<number> {
  const placed = sql`(select module_id from pathway_modules where pathway_id = ${pathwayId})`
  const { rows } = await sql<{ n: number | string }>`
    select
      (select count(*) from competencies where framework_id in
        (select framework_id from pathway_frameworks where pathway_id = ${pathwayId}))
      + (select count(*) from pathway_modules where pathway_id = ${pathwayId})
      + (select count(*) from outcomes where module_id in ${placed})
      + (select count(*) from alignments where module_id in ${placed}) as n`.execute(db.withoutPlugins())
  return Number(rows[0]?.n ?? 0)
}
