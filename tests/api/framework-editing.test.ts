// Framework management: editing a framework (with its revision), adding, moving, publishing and retiring items,
// and deletes refused while something refers to the framework or the item, with what does listed in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeFramework, makeModule, makePathway } from '../support/factories'

describe.each(testDialects)('framework editing on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let api: ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    api = accounts.as.faculty
  })
  afterAll(() => test.destroy())

  const treeCodes = async (frameworkId: number) => {
    const tree = await api.get(`/frameworks/${frameworkId}/tree`)
    type Node = { code: string; children: Node[] }
    const walk = (nodes: Node[]): unknown[] => nodes.map((n) => (n.children.length ? { [n.code]: walk(n.children) } : n.code))
    return walk(tree.body.competencies)
  }

  it('edits title, publisher, version, kind and status, refusing an edit made on a stale revision', async () => {
    const fw = await api.post('/frameworks', { title: 'Welding', kind: 'occupational' })
    expect(fw.body).toMatchObject({ status: 'adopted', revision: 1 })
    const edited = await api.patch(`/frameworks/${fw.body.id}`, { revision: 1, title: 'Welding I', publisher: 'AWS', version: '2025', kind: 'employability', status: 'draft' })
    expect(edited.status).toBe(200)
    expect(edited.body).toMatchObject({ title: 'Welding I', publisher: 'AWS', version: '2025', kind: 'employability', status: 'draft', revision: 2 })
    const stale = await api.patch(`/frameworks/${fw.body.id}`, { revision: 1, title: 'Lost update' })
    expect(stale.status).toBe(409)
    expect(stale.body.error).toMatchObject({ code: 'stale_version', details: { field: 'revision', revision: 2 } })
    expect((await api.get(`/frameworks/${fw.body.id}`)).body.title).toBe('Welding I')
    const bad = await api.patch(`/frameworks/${fw.body.id}`, { status: 'retired' })
    expect(bad.status).toBe(422)
    expect(JSON.stringify(bad.body)).toContain('status')
    const trail = await accounts.as.admin.get(`/audit?table=frameworks&rowId=${fw.body.id}`)
    expect(trail.body.items.map((e: { summary: string }) => e.summary)).toContain('Edited framework "Welding I"')
  })

  it('lets ABE instructors write basic-skills standards of their organisation, and no other kind', async () => {
    const abe = accounts.as.abe_instructor
    const basic = await api.post('/frameworks', { title: 'Reading standards', kind: 'basic_skills' })
    const occupational = await api.post('/frameworks', { title: 'Machining', kind: 'occupational' })
    expect((await abe.patch(`/frameworks/${basic.body.id}`, { publisher: 'State ABE office' })).status).toBe(200)
    const item = await abe.post('/competencies', { frameworkId: basic.body.id, code: 'R.1', statement: 'Reads a work order', kind: 'competency' })
    expect(item.status).toBe(201)
    expect((await abe.patch(`/frameworks/${basic.body.id}`, { kind: 'occupational' })).status).toBe(403)
    expect((await abe.patch(`/frameworks/${occupational.body.id}`, { title: 'Mine' })).status).toBe(403)
    expect((await abe.post('/competencies', { frameworkId: occupational.body.id, code: 'M.1', statement: 'Mills', kind: 'competency' })).status).toBe(403)
    expect((await api.get(`/frameworks/${occupational.body.id}`)).body.title).toBe('Machining')
  })

  it('moves items between parents and places, refusing a parent beneath the item or in another framework', async () => {
    const { framework, competencies } = await makeFramework(test.db, { codes: ['A', 'B', 'C'] })
    const [a, b, c] = competencies.map((x) => x.id) as [number, number, number]
    const a1 = await api.post('/competencies', { frameworkId: framework.id, parentId: a, code: 'A.1', statement: 'Under A', kind: 'skill' })
    expect(await treeCodes(framework.id)).toEqual([{ A: ['A.1'] }, 'B', 'C'])

    expect((await api.post(`/competencies/${c}/move`, { parentId: null, index: 0 })).status).toBe(200)
    expect(await treeCodes(framework.id)).toEqual(['C', { A: ['A.1'] }, 'B'])
    const indented = await api.post(`/competencies/${b}/move`, { parentId: a, index: 0 })
    expect(indented.body.parentId).toBe(a)
    expect(await treeCodes(framework.id)).toEqual(['C', { A: ['B', 'A.1'] }])
    // Past the end is last.
    await api.post(`/competencies/${b}/move`, { parentId: a, index: 99 })
    expect(await treeCodes(framework.id)).toEqual(['C', { A: ['A.1', 'B'] }])

    const cycle = await api.post(`/competencies/${a}/move`, { parentId: a1.body.id, index: 0 })
    expect(cycle.status).toBe(422)
    expect(cycle.body.error).toMatchObject({ details: { field: 'parentId' } })
    expect(cycle.body.error.message).toContain('A.1')
    expect((await api.post(`/competencies/${a}/move`, { parentId: a, index: 0 })).status).toBe(422)
    const other = await makeFramework(test.db, { codes: ['X'] })
    const across = await api.post(`/competencies/${a}/move`, { parentId: other.competencies[0]!.id, index: 0 })
    expect(across.status).toBe(422)
    expect(across.body.error.message).toContain('another framework')
    expect(await treeCodes(framework.id)).toEqual(['C', { A: ['A.1', 'B'] }])

    const trail = await accounts.as.admin.get(`/audit?table=competencies&rowId=${b}`)
    expect(trail.body.items.map((e: { summary: string }) => e.summary)).toContain('Moved competency B under A, place 1')
  })

  it('publishes a draft item, and retires one: kept with its alignments, out of search and of new alignments', async () => {
    const { framework, competencies } = await makeFramework(test.db, { codes: ['RT-OLD', 'RT-NEW'] })
    const [old, fresh] = [competencies[0]!, competencies[1]!]
    const module = await makeModule(test.db, { alignments: [{ competencyId: old.id, depth: 'I' }] })
    await test.db.updateTable('competencies').set({ status: 'draft' }).where('id', '=', fresh.id).execute()
    const published = await api.patch(`/competencies/${fresh.id}`, { status: 'active' })
    expect(published.body).toMatchObject({ status: 'active' })

    const retired = await api.patch(`/competencies/${old.id}`, { retired: true })
    expect(retired.status).toBe(200)
    expect(retired.body.retiredAt).toEqual(expect.any(String))
    const tree = await api.get(`/frameworks/${framework.id}/tree`)
    expect(tree.body.competencies.find((c: { id: number }) => c.id === old.id).retiredAt).toEqual(expect.any(String))
    expect((await api.get('/competencies?q=RT-OLD')).body.total).toBe(0)
    expect((await api.get('/competencies?q=RT-OLD&retired=include')).body.total).toBe(1)

    // The module keeps its alignment through an edit; another module may not take a new one.
    const kept = await api.patch(`/modules/${module.id}`, { version: module.version, alignments: [{ competencyId: old.id, depth: 'R' }] })
    expect(kept.status).toBe(200)
    const refused = await api.post('/modules', { code: 'RT-MOD', title: 'New', level: 'adult', kind: 'occupational', alignments: [{ competencyId: old.id, depth: 'I' }] })
    expect(refused.status).toBe(422)
    expect(refused.body.error).toMatchObject({ details: { field: 'alignments' } })
    expect(refused.body.error.message).toContain('RT-OLD is retired')

    const restored = await api.patch(`/competencies/${old.id}`, { retired: false })
    expect(restored.body.retiredAt).toBeNull()
    const summaries = (await accounts.as.admin.get(`/audit?table=competencies&rowId=${old.id}`)).body.items.map((e: { summary: string }) => e.summary)
    expect(summaries).toEqual(expect.arrayContaining(['Retired competency RT-OLD', 'Restored competency RT-OLD']))
    const publishedTrail = (await accounts.as.admin.get(`/audit?table=competencies&rowId=${fresh.id}`)).body.items.map((e: { summary: string }) => e.summary)
    expect(publishedTrail).toContain('Published competency RT-NEW')
  })

  it('refuses deletes while something refers to the framework or the item, listing it in words, and deletes once nothing does', async () => {
    const { framework, competencies } = await makeFramework(test.db, { title: 'Doomed standard', codes: ['DS-1', 'DS-2'] })
    const [one, two] = [competencies[0]!, competencies[1]!]
    const child = await api.post('/competencies', { frameworkId: framework.id, parentId: two.id, code: 'DS-2.1', statement: 'A child', kind: 'skill' })
    const module = await makeModule(test.db, { code: 'DS-MOD', title: 'Doomed module', alignments: [{ competencyId: one.id, depth: 'M' }] })
    const pathway = await makePathway(test.db, { title: 'Doomed pathway', frameworkIds: [framework.id] })
    const basics = await makeFramework(test.db, { title: 'Basics', codes: ['BS-1'] })
    const link = await api.post('/competency-links', { fromId: one.id, toId: basics.competencies[0]!.id, relation: 'requires' })
    expect(link.status).toBe(201)

    const item = await api.delete(`/competencies/${one.id}`)
    expect(item.status).toBe(409)
    expect(item.body.error.details.references).toEqual(['module DS-MOD "Doomed module"', `its basic-skill requirement BS-1 "Statement of BS-1"`])
    const parent = await api.delete(`/competencies/${two.id}`)
    expect(parent.body.error.details.references).toEqual(['its child item DS-2.1 "A child"'])
    const whole = await api.delete(`/frameworks/${framework.id}`)
    expect(whole.status).toBe(409)
    expect(whole.body.error.details.references).toEqual([
      'pathway "Doomed pathway"',
      'module DS-MOD "Doomed module" (aligned to DS-1)',
      'the requirement of DS-1 (Doomed standard) for BS-1 (Basics)',
    ])

    expect((await api.delete(`/competencies/${child.body.id}`)).status).toBe(204)
    expect((await api.delete(`/competencies/${two.id}`)).status).toBe(204)
    await api.patch(`/modules/${module.id}`, { version: module.version, alignments: [] })
    await api.patch(`/pathways/${pathway.id}`, { version: pathway.version, frameworkIds: [] })
    await api.delete(`/competency-links/${link.body.id}`)
    expect((await api.delete(`/frameworks/${framework.id}`)).status).toBe(204)
    expect((await api.get(`/frameworks/${framework.id}`)).status).toBe(404)
    expect((await api.get(`/frameworks/${basics.framework.id}`)).status).toBe(200)
  })
})
