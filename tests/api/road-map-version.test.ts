// The road map's version tag (services/pathways/road-map-answer.ts): every kind of write to what a road map shows
// gives it a new tag, and the answer then sent (kept by tag, or built) is the one built afresh from the database.
// Writes go straight to the tables (as an import or psql would), since triggers, not services, keep the counters.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../shared/domain/permissions'
import { roadMapCounters } from '../../server/db/queries/road-map-version'
import { getPathwayBySlug } from '../../server/services/pathways/read'
import { apiClient, type ApiClient } from '../support/api'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeCredential, makeFramework, makeModule, makePathway } from '../support/factories'

const ADMIN: Actor = { id: 0, role: 'admin', organisationId: null }
const JOB = '51-4041'

describe.each(testDialects)('the road map version on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let slug: string
  let otherSlug: string
  let pathwayId: number
  let exit: number
  let bridge: number
  let credentials: [number, number]
  let frameworkId: number
  const at = new Date().toISOString()

  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    exit = (await makeModule(test.db, { status: 'approved', kind: 'occupational' })).id
    bridge = (await makeModule(test.db, { status: 'approved', kind: 'bridge', level: 'adult' })).id
    const placed = [
      { moduleId: bridge, stage: 1, isEntry: true },
      { moduleId: exit, stage: 2, isExit: true },
    ]
    const pathway = await makePathway(test.db, { modules: placed })
    ;({ id: pathwayId, slug } = pathway)
    otherSlug = (await makePathway(test.db, { modules: placed })).slug
    credentials = [(await makeCredential(test.db)).id, (await makeCredential(test.db)).id]
    frameworkId = (await makeFramework(test.db)).framework.id
  })
  afterAll(() => test.destroy())

  type Read = { tag: string; body: unknown }
  const read = async (client: ApiClient, path: string): Promise<Read> => {
    const answer = await client.get(path)
    expect(answer.status, path).toBe(200)
    return { tag: answer.headers.get('ETag')!, body: answer.body }
  }

  // What a write does to the partners' view (an admin's) of the pathway, or to the public view: whether the
  // answer built afresh changed, whether the tag changed, and whether the answer sent is the fresh one; and
  // whether the tag of another pathway's road map changed.
  async function moves(write: () => Promise<unknown>, view: 'partner' | 'public' = 'partner') {
    const [client, viewer] = view === 'partner' ? [accounts.as.admin, ADMIN] : [accounts.as.anonymous, null]
    const fresh = async () => JSON.parse(JSON.stringify(await getPathwayBySlug(test.db, slug, viewer, view))) as unknown
    const before = await read(client, `/pathways/${slug}`)
    const otherBefore = await read(client, `/pathways/${otherSlug}`)
    await write()
    const after = await read(client, `/pathways/${slug}`)
    const built = await fresh()
    return {
      shown: JSON.stringify(built) !== JSON.stringify(before.body),
      tag: after.tag !== before.tag,
      sentFresh: JSON.stringify(after.body) === JSON.stringify(built),
      other: (await read(client, `/pathways/${otherSlug}`)).tag !== otherBefore.tag,
    }
  }
  const onlyThis = { shown: true, tag: true, sentFresh: true, other: false }

  it('answers a repeat with 304 and the same answer kept; the partners\' view has its own tag, the student view the public one', async () => {
    const first = await read(accounts.as.anonymous, `/pathways/${slug}`)
    const repeat = await apiClient(test.db, { headers: { 'If-None-Match': first.tag } }).get(`/pathways/${slug}`)
    expect(repeat.status).toBe(304)
    expect((await read(accounts.as.anonymous, `/pathways/${slug}`)).body).toEqual(first.body)
    expect((await read(accounts.as.admin, `/pathways/${slug}`)).tag).not.toBe(first.tag)
    expect((await read(accounts.as.faculty, `/pathways/${slug}?view=public`)).tag).toBe(first.tag)
  })

  it('sends no tag before the reader may read: a private instance refuses the anonymous whatever tag they send', async () => {
    const first = await read(accounts.as.anonymous, `/pathways/${slug}`)
    for (const sent of [first.tag, '*']) {
      const refused = await apiClient(test.db, { config: { private: true }, headers: { 'If-None-Match': sent } }).get(`/pathways/${slug}`)
      expect(refused.status, sent).toBe(401)
      expect(refused.headers.get('ETag'), sent).toBeNull()
    }
    expect((await apiClient(test.db, { headers: { 'If-None-Match': '*' } }).get('/pathways/no-such-pathway')).status).toBe(404)
  })

  it('moves with each write to the pathway, its jobs, frameworks and placements', async () => {
    const db = test.db
    expect(await moves(() => db.updateTable('pathways').set({ title: 'Renamed pathway' }).where('id', '=', pathwayId).execute())).toEqual(onlyThis)
    expect(await moves(() => db.insertInto('pathway_occupations').values({ pathwayId, socCode: JOB, title: 'Machinists', position: 0 }).execute())).toEqual(onlyThis)
    expect(await moves(() => db.insertInto('pathway_exit_occupations').values({ pathwayId, moduleId: exit, socCode: JOB, position: 0 }).execute())).toEqual(onlyThis)
    expect(await moves(() => db.insertInto('pathway_frameworks').values({ pathwayId, frameworkId }).execute())).toEqual(onlyThis)
    const competency = { uuid: randomUUID(), frameworkId, parentId: null, code: 'RM-1', statement: 'Read a road map', kind: 'skill' as const, position: 9, createdAt: at, updatedAt: at }
    expect(await moves(() => db.insertInto('competencies').values(competency).execute())).toEqual(onlyThis)
    expect(await moves(() => db.updateTable('frameworks').set({ title: 'Renamed standard' }).where('id', '=', frameworkId).execute())).toEqual(onlyThis)
    expect(await moves(() => db.updateTable('pathway_modules').set({ stage: 3 }).where('pathwayId', '=', pathwayId).where('moduleId', '=', exit).execute())).toEqual(onlyThis)
    const support = { pathwayId, stage: null, moduleId: null, kind: 'tutoring' as const, description: 'Evening tutoring', organisationId: null, contactName: null, contactEmail: null, contactPhone: null, contactNotes: null, position: 0 }
    expect(await moves(() => db.insertInto('supports').values(support).execute())).toEqual(onlyThis)
  })

  it('moves with each write to a placed module and what hangs from it', async () => {
    const db = test.db
    const both = { shown: true, tag: true, sentFresh: true, other: true }
    expect(await moves(() => db.updateTable('modules').set({ title: 'Renamed module' }).where('id', '=', exit).execute())).toEqual(both)
    expect(await moves(() => db.insertInto('module_prerequisites').values({ moduleId: exit, prerequisiteId: bridge }).execute())).toEqual(both)
    const articulation = { fromModuleId: bridge, toModuleId: exit, kind: 'articulated_credit' as const, credits: 3, createdAt: at, updatedAt: at }
    expect(await moves(() => db.insertInto('articulations').values(articulation).execute())).toEqual(both)
    expect(await moves(() => db.insertInto('module_credentials').values({ moduleId: exit, credentialId: credentials[0] }).execute())).toEqual(both)
    const support = { pathwayId: null, stage: null, moduleId: exit, kind: 'child_care' as const, description: 'Childcare on site', organisationId: null, contactName: null, contactEmail: null, contactPhone: null, contactNotes: null, position: 0 }
    expect(await moves(() => db.insertInto('supports').values(support).execute())).toEqual(both)
    expect(await moves(() => db.insertInto('module_funding').values({ moduleId: exit, source: 'pell', notes: null, position: 0 }).execute())).toEqual(both)
    // A bridge's targets change the routes' entry points only when they change a cost, but always the tag.
    expect(await moves(() => db.insertInto('bridge_targets').values({ bridgeId: bridge, targetId: exit }).execute())).toMatchObject({ tag: true, sentFresh: true })
  })

  // The road map's own counters of its modules are read through the pathway's rollup, which must follow the
  // placements: a module placed since is counted, one removed is not.
  it('moves with writes to a module placed since, and no longer with those to a module taken off', async () => {
    const db = test.db
    const placed = (await makeModule(db, { status: 'approved', kind: 'occupational' })).id
    expect(await moves(() => db.insertInto('pathway_modules').values({ pathwayId, moduleId: placed, stage: 2, position: 1, isEntry: 0, isExit: 0 }).execute())).toEqual(onlyThis)
    const funding = (source: 'pell' | 'tanf') => () => db.insertInto('module_funding').values({ moduleId: placed, source, notes: null, position: 0 }).execute()
    expect(await moves(funding('pell'))).toEqual(onlyThis)
    expect(await moves(() => db.deleteFrom('pathway_modules').where('pathwayId', '=', pathwayId).where('moduleId', '=', placed).execute())).toEqual(onlyThis)
    expect(await moves(funding('tanf'))).toEqual({ shown: false, tag: false, sentFresh: true, other: false })
  })

  it('reads a handful of counters whatever the number of modules placed', async () => {
    const few = await roadMapCounters(test.db, slug)
    const modules = await Promise.all(Array.from({ length: 12 }, () => makeModule(test.db, { status: 'approved' })))
    const big = await makePathway(test.db, { modules: modules.map((m, i) => ({ moduleId: m.id, stage: 1 + (i % 3) })) })
    const many = await roadMapCounters(test.db, big.slug)
    expect(many.length).toBe(few.length)
    expect(many.length).toBeLessThanOrEqual(4)
    expect(await roadMapCounters(test.db, 'no-such-pathway')).toHaveLength(few.length - 2)
  })

  // Every road map reads these: any write to them moves every tag.
  it('moves with the credentials, their stacking and jobs, the organisations and the labour-market figures', async () => {
    const db = test.db
    const everywhere = { shown: true, tag: true, sentFresh: true, other: true }
    expect(await moves(() => db.updateTable('credentials').set({ title: 'Renamed certificate' }).where('id', '=', credentials[0]).execute())).toEqual(everywhere)
    expect(await moves(() => db.insertInto('credential_stacks').values({ fromId: credentials[0], toId: credentials[1] }).execute())).toEqual(everywhere)
    // A credential only stacked into (led to by no module of the pathway) still shows.
    expect(await moves(() => db.updateTable('credentials').set({ issuer: 'State board' }).where('id', '=', credentials[1]).execute())).toEqual(everywhere)
    expect(await moves(() => db.insertInto('credential_occupations').values({ credentialId: credentials[0], socCode: JOB, position: 0 }).execute())).toEqual(everywhere)
    expect(await moves(() => db.updateTable('occupations').set({ title: 'Machinists, renamed' }).where('socCode', '=', JOB).execute())).toEqual(everywhere)
    expect(await moves(() => db.updateTable('organisations').set({ name: 'Riverside College, renamed' }).where('id', '=', accounts.organisations.college).execute())).toEqual(everywhere)
  })

  it("moves the public view with the module's approved revision", async () => {
    const db = test.db
    // A new working copy: the public keeps seeing the approved revision, whose snapshot is then corrected.
    const row = await db.selectFrom('modules').select(['version', 'approvedVersion']).where('id', '=', exit).executeTakeFirstOrThrow()
    await db.updateTable('modules').set({ version: row.version + 1, title: 'Draft title' }).where('id', '=', exit).execute()
    const revision = await db.selectFrom('module_revisions').select('snapshot').where('moduleId', '=', exit).where('version', '=', row.approvedVersion!).executeTakeFirstOrThrow()
    const snapshot = { ...JSON.parse(revision.snapshot), title: 'Approved title, corrected' }
    const correct = () => db.updateTable('module_revisions').set({ snapshot: JSON.stringify(snapshot) }).where('moduleId', '=', exit).where('version', '=', row.approvedVersion!).execute()
    expect(await moves(correct, 'public')).toEqual({ ...onlyThis, other: true })
  })
})
