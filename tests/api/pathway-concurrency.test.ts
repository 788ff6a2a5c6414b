import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../server/db/connect'
import { createTestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeFramework, makeModule, makePathway } from '../support/factories'

// Every row a pathway edit may write, to show that a refused edit wrote none.
async function snapshot(db: Db, pathwayId: number) {
  const [pathway, occupations, frameworks, modules, audit] = await Promise.all([
    db.selectFrom('pathways').selectAll().where('id', '=', pathwayId).executeTakeFirst(),
    db.selectFrom('pathway_occupations').selectAll().where('pathwayId', '=', pathwayId).orderBy('position').execute(),
    db.selectFrom('pathway_frameworks').selectAll().where('pathwayId', '=', pathwayId).orderBy('frameworkId').execute(),
    db.selectFrom('pathway_modules').selectAll().where('pathwayId', '=', pathwayId).orderBy('moduleId').execute(),
    db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { pathway, occupations, frameworks, modules, audit: Number(audit.n) }
}

describe.each(testDialects)('pathway versions on %s', (dialect) => {
  let test: TestDb
  let api: ApiClient
  const ids = { framework: 0, first: 0, second: 0 }
  beforeAll(async () => {
    test = await createTestDb(dialect)
    api = (await createTestAccounts(test.db)).as.faculty
    const { framework } = await makeFramework(test.db, { title: 'Concurrency', codes: ['PV-1'] })
    const first = await makeModule(test.db, { code: 'PV-101', title: 'First rung', status: 'approved' })
    const second = await makeModule(test.db, { code: 'PV-201', title: 'Second rung', status: 'approved' })
    Object.assign(ids, { framework: framework.id, first: first.id, second: second.id })
  })
  afterAll(() => test.destroy())

  const newPathway = () => makePathway(test.db, { title: 'Machining ladder', modules: [{ moduleId: ids.first, stage: 1 }] })

  it('starts at version 1, returns the version on every read, and bumps it on each edit', async () => {
    const made = await newPathway()
    expect(made.version).toBe(1)
    expect((await api.get(`/pathways/${made.slug}`)).body.version).toBe(1)
    expect((await api.get(`/pathways?q=${made.slug}`)).body.items[0].version).toBe(1)

    const titled = await api.patch(`/pathways/${made.id}`, { version: 1, title: 'Machining ladder, renamed' })
    expect(titled.status).toBe(200)
    expect(titled.body.version).toBe(2)
    // A collection-only edit changes the pathway too.
    const placed = await api.patch(`/pathways/${made.id}`, { version: 2, modules: [{ moduleId: ids.first, stage: 1 }, { moduleId: ids.second, stage: 2 }] })
    expect(placed.status).toBe(200)
    expect(placed.body.version).toBe(3)
    const framed = await api.patch(`/pathways/${made.id}`, { version: 3, frameworkIds: [ids.framework], occupations: [{ socCode: '51-4041', title: 'Machinists' }] })
    expect(framed.body.version).toBe(4)
    expect((await api.get(`/pathways/${made.slug}`)).body).toEqual(framed.body)
  })

  it('refuses a stale version with 409 naming the pathway and both versions, and writes nothing', async () => {
    const made = await newPathway()
    expect((await api.patch(`/pathways/${made.id}`, { version: 1, description: 'Saved first' })).status).toBe(200)
    const before = await snapshot(test.db, made.id)

    const stale = await api.patch(`/pathways/${made.id}`, {
      version: 1, title: 'Lost update', frameworkIds: [ids.framework], occupations: [], modules: [{ moduleId: ids.second, stage: 3 }],
    })
    expect(stale.status).toBe(409)
    expect(stale.body.error).toEqual({
      code: 'stale_version',
      message: 'Pathway "Machining ladder" was changed by someone else since version 1 (it is now at version 2); reload it and apply your edits again',
      details: { currentVersion: 2 },
    })
    expect(await snapshot(test.db, made.id)).toEqual(before)
    // A version from the future is as stale as one from the past.
    expect((await api.patch(`/pathways/${made.id}`, { version: 9, title: 'From the future' })).status).toBe(409)
    // Without a version the edit is refused as invalid, naming the field.
    const unversioned = await api.patch(`/pathways/${made.id}`, { title: 'No version' })
    expect(unversioned.status).toBe(422)
    expect(JSON.stringify(unversioned.body.error)).toContain('version')
    expect(await snapshot(test.db, made.id)).toEqual(before)
  })

  it('lets exactly one of several concurrent edits read at one version win', async () => {
    const made = await newPathway()
    const editors = ['Ana', 'Ben', 'Chi', 'Dee']
    const answers = await Promise.all(
      editors.map((name, i) =>
        api.patch(`/pathways/${made.id}`, { version: 1, title: `Ladder by ${name}`, modules: [{ moduleId: ids.first, stage: i + 1 }] }),
      ),
    )
    const statuses = answers.map((a) => a.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(editors.length - 1)
    const winner = answers.find((a) => a.status === 200)!.body
    const now = (await api.get(`/pathways/${winner.slug}`)).body
    expect(now.version).toBe(2)
    expect(now.title).toBe(winner.title)
    // The winner's ladder, not a mix of several.
    expect(now.stages).toEqual(winner.stages)
    for (const refused of answers.filter((a) => a.status === 409)) expect(refused.body.error.details).toEqual({ currentVersion: 2 })
    const edits = await test.db.selectFrom('audit_log').select('summary').where('tableName', '=', 'pathways').where('rowId', '=', String(made.id)).where('action', '=', 'update').execute()
    expect(edits).toEqual([{ summary: `Edited pathway "${winner.title}"` }])
  })
})
