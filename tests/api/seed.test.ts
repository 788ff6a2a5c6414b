import { DELIBERATE_FINDINGS } from '../../fixtures/demo/deliberate-findings'
import { laborAnalysisInput } from '../../server/services/labor/analysis-input'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demo } from '../../fixtures/demo/index'
import type { Db } from '../../server/db/connect'
import { outcomeRowsOfModules } from '../../server/db/queries/outcome-counts'
import { fromFlag } from '../../server/db/stamps'
import { isDatabaseEmpty, seedDemo, seedDemoIfEmpty, type DemoSeed } from '../../server/services/seed/index'
import { demoUuid } from '../../server/services/seed/stable-uuids'
import { analysePathway } from '../../shared/domain/analysis/analyse'
import type { AnalysisInput } from '../../shared/domain/analysis/types'
import { createTestDb, testDialects, type TestDb } from '../support/database'

// The seeded pathway as plain rows (the shape the analysis reads), straight from the tables.
// The pathway's modules' learner outcome counts, as the analysis's loader groups them.
async function outcomeCountsOf(db: Db, moduleIds: number[]): Promise<AnalysisInput['outcomeCounts']> {
  const rows = await outcomeRowsOfModules(db, moduleIds)
  return moduleIds.map((moduleId) => ({ moduleId, rows: rows.filter((row) => row.moduleId === moduleId) }))
}

async function readPathway(db: Db): Promise<AnalysisInput> {
  const pathway = await db
    .selectFrom('pathways')
    .select(['id', 'organisationId', 'familyWageHourly', 'familyWageSource'])
    .where('slug', '=', demo.pathway.slug)
    .executeTakeFirstOrThrow()
  const [frameworks, competencies, requirements, modules, outcomes, alignments, prerequisites, credentials, stacks, leading, articulations] =
    await Promise.all([
      db.selectFrom('pathway_frameworks').select('frameworkId').where('pathwayId', '=', pathway.id).execute(),
      db
        .selectFrom('competencies')
        .innerJoin('frameworks', 'frameworks.id', 'competencies.frameworkId')
        .select(['competencies.id', 'frameworkId', 'frameworks.kind as frameworkKind', 'parentId', 'code', 'statement', 'competencies.kind', 'level'])
        .orderBy('competencies.id')
        .execute(),
      db.selectFrom('competency_links').select(['fromId', 'toId', 'minLevel']).where('relation', '=', 'requires').execute(),
      db
        .selectFrom('pathway_modules')
        .innerJoin('modules', 'modules.id', 'pathway_modules.moduleId')
        .select(['modules.id', 'code', 'title', 'level', 'kind', 'stage', 'isEntry', 'isExit', 'entryLevel'])
        .where('pathwayId', '=', pathway.id)
        .orderBy('stage')
        .orderBy('position')
        .execute(),
      db.selectFrom('outcomes').select(['id', 'moduleId', 'text']).orderBy('moduleId').orderBy('position').execute(),
      db.selectFrom('alignments').select(['moduleId', 'outcomeId', 'competencyId', 'depth', 'assessed']).orderBy('id').execute(),
      db.selectFrom('module_prerequisites').select(['moduleId', 'prerequisiteId']).execute(),
      db.selectFrom('credentials').select(['id', 'title']).orderBy('id').execute(),
      db.selectFrom('credential_stacks').select(['fromId', 'toId']).execute(),
      db.selectFrom('module_credentials').select(['moduleId', 'credentialId']).execute(),
      db.selectFrom('articulations').select(['fromModuleId', 'fromCredentialId', 'toModuleId']).execute(),
    ])
  return {
    frameworkIds: frameworks.map((f) => f.frameworkId),
    competencies,
    requirements,
    modules: modules.map((m) => ({ ...m, isEntry: fromFlag(m.isEntry), isExit: fromFlag(m.isExit) })),
    outcomes,
    alignments: alignments.map((a) => ({ ...a, assessed: fromFlag(a.assessed) })),
    prerequisites,
    credentials: credentials.map((c) => ({
      ...c,
      stacksIntoIds: stacks.filter((s) => s.fromId === c.id).map((s) => s.toId),
      moduleIds: leading.filter((l) => l.credentialId === c.id).map((l) => l.moduleId),
    })),
    articulations,
    ...(await laborAnalysisInput(db, pathway)),
    outcomeCounts: await outcomeCountsOf(db, modules.map((m) => m.id)),
  }
}

// Lookups by code over the rows, so each check below reads like the README's list of findings.
function facts(input: AnalysisInput) {
  const competency = (code: string) => input.competencies.find((c) => c.code === code)!
  const module = (code: string) => input.modules.find((m) => m.code === code)!
  const moduleCode = (id: number) => input.modules.find((m) => m.id === id)!.code
  const credential = (key: string) => input.credentials.find((c) => c.title === demo.credentials.find((d) => d.key === key)!.title)!
  const alignmentsOf = (code: string) => input.alignments.filter((a) => a.competencyId === competency(code).id)
  const masteredIn = (code: string) => alignmentsOf(code).filter((a) => a.depth === 'M').map((a) => moduleCode(a.moduleId)).sort()
  const articulated = (a: string, b: string) =>
    input.articulations.some(
      (x) =>
        (x.fromModuleId === module(a).id && x.toModuleId === module(b).id) ||
        (x.fromModuleId === module(b).id && x.toModuleId === module(a).id),
    )
  const outcome = (code: string, n: number) => input.outcomes.filter((o) => o.moduleId === module(code).id)[n - 1]!.text
  return { competency, module, moduleCode, credential, alignmentsOf, masteredIn, articulated, outcome }
}

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9±.]+/g))
const jaccard = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length / new Set([...a, ...b]).size

describe.each(testDialects)('the demo seed on %s', (dialect) => {
  let test: TestDb
  let counts: DemoSeed | null
  let input: AnalysisInput
  let the: ReturnType<typeof facts>
  beforeAll(async () => {
    test = await createTestDb(dialect)
    expect(await isDatabaseEmpty(test.db)).toBe(true)
    counts = await seedDemoIfEmpty(test.db)
    input = await readPathway(test.db)
    the = facts(input)
  })
  afterAll(() => test.destroy())

  it('loads the whole demo into an empty database', async () => {
    expect(counts).toMatchObject({ frameworks: 2, competencies: 93, links: 17, credentials: 10, modules: 15, articulations: 2, pathways: 1 })
    expect(counts!.accounts.map((a) => a.role)).toEqual(['admin', 'faculty', 'abe_instructor', 'employer', 'viewer'])
    const count = async (table: 'frameworks' | 'competencies' | 'modules' | 'credentials' | 'articulations' | 'pathways') =>
      Number((await test.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
    expect(await count('frameworks')).toBe(2)
    expect(await count('competencies')).toBe(93)
    expect(await count('modules')).toBe(15)
    expect(await count('credentials')).toBe(10)
    expect(await count('articulations')).toBe(2)
    expect(await count('pathways')).toBe(1)
    const perFramework = input.frameworkIds.map((id) => input.competencies.filter((c) => c.frameworkId === id).length)
    expect(perFramework).toEqual([64, 29])
    expect(new Set(input.modules.map((m) => m.level))).toEqual(new Set(['adult', 'secondary', 'postsecondary', 'apprenticeship']))
    expect(input.modules.filter((m) => m.isEntry).map((m) => m.code)).toEqual(['ABE 095', 'IET 101'])
  })

  it('gives every demo row its stable uuid', async () => {
    const module = await test.db.selectFrom('modules').select('uuid').where('code', '=', 'MFG 120').executeTakeFirstOrThrow()
    expect(module.uuid).toBe(demoUuid('module:MFG 120'))
    const competency = await test.db.selectFrom('competencies').select('uuid').where('code', '=', 'AM-QM-4').executeTakeFirstOrThrow()
    expect(competency.uuid).toBe(demoUuid('competency:AM-QM-4'))
    const pathway = await test.db.selectFrom('pathways').select('uuid').executeTakeFirstOrThrow()
    expect(pathway.uuid).toBe(demoUuid('pathway:advanced-manufacturing'))
    const outcomes = await test.db.selectFrom('outcomes').select('uuid').execute()
    expect(outcomes.map((o) => o.uuid)).toContain(demoUuid('outcome:IET 101#3'))
    expect(demoUuid('module:MFG 120')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('keeps the data of a database that is not empty', async () => {
    expect(await isDatabaseEmpty(test.db)).toBe(false)
    expect(await seedDemoIfEmpty(test.db)).toBeNull()
    await expect(seedDemo(test.db)).rejects.toMatchObject({ code: 'not_empty', status: 409 })
    expect((await readPathway(test.db)).modules).toHaveLength(15)
    expect(await test.db.selectFrom('frameworks').select('id').execute()).toHaveLength(2)
  })

  it('says the region and year its family-sustaining wage holds for', async () => {
    const wage = await test.db.selectFrom('pathways').select(['familyWageRegion', 'familyWageYear']).executeTakeFirstOrThrow()
    expect(wage).toEqual({ familyWageRegion: 'the Lakeshore region (the demo’s fictional region)', familyWageYear: 2025 })
  })

  it('leads every module but MFG 140 to a credential', () => {
    const withCredential = new Set(input.credentials.flatMap((c) => c.moduleIds))
    expect(input.modules.filter((m) => !withCredential.has(m.id)).map((m) => m.code)).toEqual(['MFG 140'])
  })

  it('holds the preconditions of each deliberate finding (fixtures/demo/README.md)', () => {
    const teachesBasics = (moduleId: number) => ['bridge', 'integrated'].includes(input.modules.find((m) => m.id === moduleId)!.kind)
    // uncovered
    for (const code of ['AM-MM-6', 'AM-CNC-8', 'AM-MA-3']) expect(the.alignmentsOf(code)).toEqual([])
    expect(the.alignmentsOf('CCR.M.N.Q.3').filter((a) => teachesBasics(a.moduleId))).toEqual([])
    // never_mastered
    expect(new Set(the.alignmentsOf('AM-BP-6').map((a) => a.depth))).toEqual(new Set(['I', 'R']))
    // duplicated_across_levels, and the articulated near miss
    expect(the.masteredIn('AM-MM-3')).toEqual(['CTE 2100', 'MFG 120'])
    expect(the.articulated('CTE 2100', 'MFG 120')).toBe(false)
    expect(the.masteredIn('AM-MP-1')).toEqual(['CTE 1100', 'MFG 101'])
    expect(the.articulated('CTE 1100', 'MFG 101')).toBe(true)
    // near_duplicate_outcomes
    expect(jaccard(words(the.outcome('IET 101', 3)), words(the.outcome('MFG 140', 1)))).toBeGreaterThan(0.8)
    expect(the.module('IET 101').level).not.toBe(the.module('MFG 140').level)
    expect(the.articulated('IET 101', 'MFG 140')).toBe(false)
    // bridge_gap
    expect(the.masteredIn('AM-QM-7')).toEqual(['IET 101'])
    expect(input.requirements).toContainEqual({ fromId: the.competency('AM-QM-7').id, toId: the.competency('CCR.M.N.Q.3').id, minLevel: 'E' })
    // dead_end_credential: stacks into nothing, and is earned in a module that is no exit
    const deadEnds = input.credentials.filter((c) => c.stacksIntoIds.length === 0).map((c) => c.id)
    expect(deadEnds.sort()).toEqual([the.credential('AAS-MT').id, the.credential('NIMS-DRILL').id].sort())
    expect(the.credential('NIMS-DRILL').moduleIds.map(the.moduleCode)).toEqual(['CTE 2100'])
    expect(the.module('CTE 2100').isExit).toBe(false)
    // out_of_order: the only prerequisite placed on a later stage
    const stage = (id: number) => input.modules.find((m) => m.id === id)!.stage
    const late = input.prerequisites.filter((p) => stage(p.prerequisiteId) > stage(p.moduleId))
    expect(late.map((p) => [the.moduleCode(p.moduleId), the.moduleCode(p.prerequisiteId)])).toEqual([['MFG 150', 'MFG 220']])
    // below_family_wage: of the two top exits, MFG 250 names a job at or above $31.50 (CNC programmers), APP 202 none
    const jobsAt = (code: string) => input.exitOccupations!.filter((o) => o.moduleId === the.module(code).id)
    expect(input.familyWage?.hourly).toBe(31.5)
    expect(jobsAt('MFG 250').map((o) => [o.socCode, o.hourlyMedian])).toEqual([['51-9162', 32.75], ['51-4041', 28.24]])
    expect(jobsAt('APP 202').map((o) => [o.socCode, o.hourlyMedian])).toEqual([['51-4041', 28.24], ['51-4111', 30.79]])
    // no_demand: the only exit jobs projected to decline
    const declining = input.exitOccupations!.filter((o) => o.changePercent !== null && o.changePercent < 0)
    expect(declining.map((o) => [o.socCode, o.changePercent, the.moduleCode(o.moduleId)])).toEqual([['51-9161', -10.7, 'MFG 150'], ['51-4111', -10.8, 'APP 202']])
    // Team assemblers are published by OEWS only inside the aggregate 51-2090: named, but their figures are not published.
    expect(jobsAt('WFD 120').map((o) => [o.socCode, o.hourlyMedian, o.changePercent])).toEqual([['51-9061', 23.35, 0], ['51-2092', null, null]])
  })

  it('makes the analysis find exactly the documented findings', () => {
    const { findings, counts: found } = analysePathway(input)
    expect(found.byKind).toMatchObject({
      uncovered: 4,
      never_mastered: 1,
      out_of_order: 1,
      duplicated_across_levels: 1,
      near_duplicate_outcomes: 1,
      bridge_gap: 1,
      no_credential: 1,
      dead_end_credential: 1,
      not_needed_but_taught: 0,
      no_adult_entry: 0,
      below_family_wage: 1,
      no_demand: 2,
      leaky_transition: 1,
      low_completion: 0,
      equity_gap: 1,
    })
    // The codes and titles each finding carries beside its ids, and every finding has its next step.
    const about = findings.map((f) => [
      f.kind,
      ...(f.rows.competencies ?? []).map((c) => c.code),
      ...(f.rows.modules ?? []).map((m) => m.code),
      ...(f.rows.credentials ?? []).map((k) => k.title),
      ...(f.rows.occupations ?? []).map((o) => o.socCode),
    ])
    for (const f of findings) expect(f.nextStep.length, f.key).toBeGreaterThan(20)
    for (const [kind, ...subjects] of DELIBERATE_FINDINGS) {
      expect(about.some(([k, ...named]) => k === kind && subjects.every((s) => named.includes(s))), `${kind} about ${subjects.join(', ')}`).toBe(true)
    }
  })
})
