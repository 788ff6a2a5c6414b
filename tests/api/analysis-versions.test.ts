// The pathway data version (services/analysis-cache/version.ts): every kind of write the analysis of a pathway
// reads moves its input version, a decision on its findings moves only its decisions version, and writes to
// another pathway's rows move neither. Writes go straight to the tables (as an import or psql would), since the
// triggers, not the services, keep the counters.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dataVersion, type DataVersion } from '../../server/services/analysis-cache/version'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeCredential, makeFramework, makeModule, makePathway } from '../support/factories'

type Side = { pathwayId: number; moduleId: number; frameworkId: number; competencyId: number }

describe.each(testDialects)('the pathway data version on %s', (dialect) => {
  let test: TestDb
  let a: Side
  let b: Side
  let basicSkill: { frameworkId: number; competencyId: number }
  let other: number
  const at = new Date().toISOString()

  async function side(): Promise<Side> {
    const { framework, competencies } = await makeFramework(test.db)
    const module = await makeModule(test.db, { status: 'approved' })
    const pathway = await makePathway(test.db, { frameworkIds: [framework.id], modules: [{ moduleId: module.id, stage: 1 }] })
    return { pathwayId: pathway.id, moduleId: module.id, frameworkId: framework.id, competencyId: competencies[0]!.id }
  }

  // Which versions a write moves: of pathway A (input, decisions) and of pathway B (input).
  async function moves(write: () => Promise<unknown>) {
    const before: [DataVersion, DataVersion] = [await dataVersion(test.db, a.pathwayId), await dataVersion(test.db, b.pathwayId)]
    await write()
    const after: [DataVersion, DataVersion] = [await dataVersion(test.db, a.pathwayId), await dataVersion(test.db, b.pathwayId)]
    return {
      input: after[0].input !== before[0].input,
      decisions: after[0].decisions !== before[0].decisions,
      other: after[1].input !== before[1].input,
    }
  }
  const onlyA = { input: true, decisions: false, other: false }

  beforeAll(async () => {
    test = await createTestDb(dialect)
    a = await side()
    b = await side()
    const basics = await makeFramework(test.db)
    basicSkill = { frameworkId: basics.framework.id, competencyId: basics.competencies[0]!.id }
    other = (await makeModule(test.db, { status: 'approved' })).id
  })

  afterAll(async () => {
    await test?.destroy()
  })

  it('moves with each write to a module of the pathway and what hangs from it', async () => {
    const db = test.db
    expect(await moves(() => db.updateTable('modules').set({ title: 'Renamed' }).where('id', '=', a.moduleId).execute())).toEqual(onlyA)
    const outcome = { uuid: randomUUID(), moduleId: a.moduleId, position: 9, content: '"x"', text: 'Measure parts' }
    expect(await moves(() => db.insertInto('outcomes').values(outcome).execute())).toEqual(onlyA)
    expect(await moves(() => db.updateTable('outcomes').set({ text: 'Measure parts twice' }).where('uuid', '=', outcome.uuid).execute())).toEqual(onlyA)
    expect(await moves(() => db.insertInto('alignments').values({ moduleId: a.moduleId, competencyId: a.competencyId, depth: 'I', assessed: 0 }).execute())).toEqual(onlyA)
    expect(await moves(() => db.updateTable('alignments').set({ depth: 'M' }).where('moduleId', '=', a.moduleId).execute())).toEqual(onlyA)
    expect(await moves(() => db.deleteFrom('alignments').where('moduleId', '=', a.moduleId).execute())).toEqual(onlyA)
    expect(await moves(() => db.deleteFrom('outcomes').where('uuid', '=', outcome.uuid).execute())).toEqual(onlyA)
    expect(await moves(() => db.insertInto('module_prerequisites').values({ moduleId: a.moduleId, prerequisiteId: other }).execute())).toEqual(onlyA)
    // A module read as a prerequisite (not placed in the pathway) counts too: its visibility decides the link.
    expect(await moves(() => db.updateTable('modules').set({ status: 'draft' }).where('id', '=', other).execute())).toEqual(onlyA)
    const articulation = { fromModuleId: other, toModuleId: a.moduleId, kind: 'articulated_credit' as const, createdAt: at, updatedAt: at }
    expect(await moves(() => db.insertInto('articulations').values(articulation).execute())).toEqual(onlyA)
    const credential = await makeCredential(db)
    expect(await moves(() => db.insertInto('module_credentials').values({ moduleId: a.moduleId, credentialId: credential.id }).execute())).toEqual(onlyA)
    expect(await moves(() => db.updateTable('credentials').set({ title: 'Renamed certificate' }).where('id', '=', credential.id).execute())).toEqual(onlyA)
    const next = await makeCredential(db)
    expect(await moves(() => db.insertInto('credential_stacks').values({ fromId: credential.id, toId: next.id }).execute())).toEqual(onlyA)
  })

  it('moves with a module read only through an articulation, and every pathway that places a shared module', async () => {
    const db = test.db
    const from = (await makeModule(db, { status: 'approved' })).id
    const articulation = { fromModuleId: from, toModuleId: a.moduleId, kind: 'articulated_credit' as const, createdAt: at, updatedAt: at }
    expect(await moves(() => db.insertInto('articulations').values(articulation).execute())).toEqual(onlyA)
    expect(await moves(() => db.updateTable('modules').set({ title: 'Articulated from' }).where('id', '=', from).execute())).toEqual(onlyA)
    const shared = (await makeModule(db, { status: 'approved' })).id
    await db.insertInto('pathway_modules').values([a.pathwayId, b.pathwayId].map((pathwayId) => ({ pathwayId, moduleId: shared, stage: 4, position: 0, isEntry: 0, isExit: 0 }))).execute()
    expect(await moves(() => db.updateTable('modules').set({ title: 'Shared' }).where('id', '=', shared).execute())).toEqual({ input: true, decisions: false, other: true })
    expect(await moves(() => db.deleteFrom('pathway_modules').where('moduleId', '=', shared).execute())).toEqual({ input: true, decisions: false, other: true })
    expect(await moves(() => db.updateTable('modules').set({ title: 'Placed nowhere' }).where('id', '=', shared).execute())).toEqual({ input: false, decisions: false, other: false })
  })

  it('moves with each write to the pathway, its stages and placements, its frameworks and its jobs', async () => {
    const db = test.db
    expect(await moves(() => db.updateTable('pathways').set({ familyWageHourly: 24.5 }).where('id', '=', a.pathwayId).execute())).toEqual(onlyA)
    expect(await moves(() => db.updateTable('pathway_modules').set({ stage: 2 }).where('pathwayId', '=', a.pathwayId).execute())).toEqual(onlyA)
    expect(await moves(() => db.insertInto('pathway_modules').values({ pathwayId: a.pathwayId, moduleId: other, stage: 3, position: 0, isEntry: 0, isExit: 1 }).execute())).toEqual(onlyA)
    expect(await moves(() => db.insertInto('pathway_exit_occupations').values({ pathwayId: a.pathwayId, moduleId: other, socCode: '51-4041', position: 0 }).execute())).toEqual(onlyA)
    expect(await moves(() => db.deleteFrom('pathway_modules').where('pathwayId', '=', a.pathwayId).where('moduleId', '=', other).execute())).toEqual(onlyA)
    expect(await moves(() => db.insertInto('pathway_frameworks').values({ pathwayId: a.pathwayId, frameworkId: basicSkill.frameworkId }).execute())).toEqual(onlyA)
    expect(await moves(() => db.deleteFrom('pathway_frameworks').where('pathwayId', '=', a.pathwayId).where('frameworkId', '=', basicSkill.frameworkId).execute())).toEqual(onlyA)
  })

  it('moves with each write to its frameworks, their competencies, links, required basic skills and employer consensus', async () => {
    const db = test.db
    expect(await moves(() => db.updateTable('frameworks').set({ title: 'Renamed standard' }).where('id', '=', a.frameworkId).execute())).toEqual(onlyA)
    const competency = { uuid: randomUUID(), frameworkId: a.frameworkId, parentId: a.competencyId, code: 'NEW-1', statement: 'New', kind: 'skill' as const, position: 1, createdAt: at, updatedAt: at }
    expect(await moves(() => db.insertInto('competencies').values(competency).execute())).toEqual(onlyA)
    expect(await moves(() => db.updateTable('competencies').set({ statement: 'Newer' }).where('uuid', '=', competency.uuid).execute())).toEqual(onlyA)
    expect(await moves(() => db.deleteFrom('competencies').where('uuid', '=', competency.uuid).execute())).toEqual(onlyA)
    // Requiring a basic skill of another framework brings that framework's writes into the pathway's version.
    const link = { fromId: a.competencyId, toId: basicSkill.competencyId, relation: 'requires' as const, minLevel: null }
    expect(await moves(() => db.insertInto('competency_links').values(link).execute())).toEqual(onlyA)
    expect(await moves(() => db.updateTable('competencies').set({ statement: 'Read a blueprint' }).where('id', '=', basicSkill.competencyId).execute())).toEqual(onlyA)
    const child = { ...competency, uuid: randomUUID(), frameworkId: b.frameworkId, parentId: basicSkill.competencyId, code: 'UNDER-1' }
    expect(await moves(() => db.insertInto('competencies').values(child).execute())).toMatchObject({ input: true, decisions: false })
    const campaign = await db
      .insertInto('validation_campaigns')
      .values({ pathwayId: b.pathwayId, title: 'Employers', closesOn: '2027-01-01', status: 'closed', scope: 'all', minRespondents: 3, createdAt: at, updatedAt: at })
      .returning('id')
      .executeTakeFirstOrThrow()
    const consensus = { competencyId: a.competencyId, campaignId: campaign.id, result: 'essential' as const, respondents: 5, validatedAt: at }
    expect(await moves(() => db.insertInto('competency_validations').values(consensus).execute())).toEqual(onlyA)
  })

  it('follows a required skill moved into another framework to the writes of that one', async () => {
    const db = test.db
    const elsewhere = await makeFramework(db)
    const move = () => db.updateTable('competencies').set({ frameworkId: elsewhere.framework.id }).where('id', '=', basicSkill.competencyId).execute()
    expect(await moves(move)).toMatchObject({ input: true, decisions: false })
    expect(await moves(() => db.updateTable('competencies').set({ statement: 'Another' }).where('id', '=', elsewhere.competencies[1]!.id).execute())).toEqual(onlyA)
  })

  it('moves every pathway with the levels and labour-market figures all of them read', async () => {
    const db = test.db
    const everyone = { input: true, decisions: false, other: true }
    expect(await moves(() => db.insertInto('skill_levels').values({ code: 'TEST-9', label: 'Test level', description: null, position: 99 }).execute())).toEqual(everyone)
    const occupation = { socCode: '99-9999', title: 'Test job', definition: null, majorGroup: '99-0000', majorTitle: 'Tests' }
    expect(await moves(() => db.insertInto('occupations').values(occupation).execute())).toEqual(everyone)
  })

  it('moves only the decisions version with a decision on a finding', async () => {
    const decision = { pathwayId: a.pathwayId, fingerprint: 'f', kind: 'uncovered_competency', factsHash: 'h', decision: 'accepted' as const, summary: 's', decidedAt: at }
    expect(await moves(() => test.db.insertInto('finding_decisions').values(decision).execute())).toEqual({ input: false, decisions: true, other: false })
  })
})
