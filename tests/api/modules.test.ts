import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { docFromText } from '../../shared/schemas/rich-text'
import { createTestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeCredential, makeFramework, makeModule, makePathway } from '../support/factories'

const codesOf = (items: { code: string }[]) => items.map((i) => i.code)

describe.each(testDialects)('modules API on %s', (dialect) => {
  let test: TestDb
  let api: ApiClient
  let competencyIds: number[]
  beforeAll(async () => {
    test = await createTestDb(dialect)
    api = (await createTestAccounts(test.db)).as.faculty
    const { competencies } = await makeFramework(test.db, { title: 'NIMS Measurement', codes: ['MM-1', 'MM-2', 'MM-3'] })
    competencyIds = competencies.map((c) => c.id)
  })
  afterAll(() => test.destroy())

  it('creates a module with its collections and reads it back whole', async () => {
    const prereq = await makeModule(test.db, { code: 'SHOP-100', title: 'Shop Safety', level: 'adult' })
    const osha = await makeCredential(test.db, { title: 'OSHA-10', kind: 'certification' })
    const [mm1, mm2, mm3] = competencyIds as [number, number, number]
    const created = await api.post('/modules', {
      code: 'MFG-101',
      title: 'Precision Measurement',
      level: 'postsecondary',
      kind: 'occupational',
      clockHours: 40,
      credits: 1.5,
      description: { type: 'doc', content: [{ type: 'paragraph', content: [
        { type: 'text', text: 'Uses ' }, { type: 'competencyRef', attrs: { competencyId: mm2, code: 'MM-2', title: 'Statement of…' } },
        { type: 'text', text: ' and ' }, { type: 'competencyRef', attrs: { competencyId: mm1, code: 'MM-1' } },
      ] }] },
      outcomes: [
        { content: docFromText('Read a micrometer'), alignments: [{ competencyId: mm2, depth: 'M', assessed: true }] },
        { content: docFromText('Use a steel rule'), alignments: [{ competencyId: mm1, depth: 'I' }] },
      ],
      alignments: [{ competencyId: mm3, depth: 'R' }],
      prerequisiteIds: [prereq.id],
      credentialIds: [osha.id],
    })
    expect(created.status).toBe(201)
    const m = created.body
    expect(m).toMatchObject({ code: 'MFG-101', clockHours: 40, credits: 1.5, status: 'draft', version: 1, entryLevel: null })
    // A chip keeps its short title; one stored without a title gets an empty one. Citing aligns nothing.
    expect(m.description.content[0].content[1]).toEqual({ type: 'competencyRef', attrs: { competencyId: mm2, code: 'MM-2', title: 'Statement of…' } })
    expect(m.description.content[0].content[3]).toEqual({ type: 'competencyRef', attrs: { competencyId: mm1, code: 'MM-1', title: '' } })
    expect(m.outcomes.map((o: { text: string }) => o.text)).toEqual(['Read a micrometer', 'Use a steel rule'])
    expect(m.outcomes[0].content).toEqual(docFromText('Read a micrometer'))
    expect(m.outcomes[0].alignments).toEqual([expect.objectContaining({
      competencyId: mm2, competencyCode: 'MM-2', competencyStatement: 'Statement of MM-2', frameworkTitle: 'NIMS Measurement', depth: 'M', assessed: true,
    })])
    expect(m.alignments).toEqual([expect.objectContaining({ competencyCode: 'MM-3', outcomeId: null, depth: 'R', assessed: false })])
    expect(m.prerequisites).toEqual([{ id: prereq.id, code: 'SHOP-100', title: 'Shop Safety', level: 'adult' }])
    expect(m.credentials).toEqual([{ id: osha.id, title: 'OSHA-10', kind: 'certification' }])
    expect(m).toMatchObject({ pathways: [], articulationsInto: [], articulationsOutOf: [] })

    const read = await api.get(`/modules/${m.id}`)
    expect(read.body).toEqual(m)
  })

  it('refuses a duplicate code with 409 naming it', async () => {
    const dup = await api.post('/modules', { code: 'MFG-101', title: 'Again', level: 'adult', kind: 'bridge' })
    expect(dup.status).toBe(409)
    expect(dup.body.error.message).toContain('MFG-101')
  })

  it('refuses rich text that the editor schema does not allow, storing nothing', async () => {
    const before = (await api.get('/modules')).body.total
    const bad = [
      { type: 'doc', content: [{ type: 'script' }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'competencyRef', attrs: { code: 'MM-1' } }] }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'competencyRef', attrs: { competencyId: 1, code: 'MM-1', title: 7 } }] }] },
      { type: 'doc', content: [{ type: 'text', text: 'text straight in a doc' }] },
    ]
    for (const description of bad) {
      const answer = await api.post('/modules', { code: 'BAD-1', title: 'Bad', level: 'adult', kind: 'bridge', description })
      expect(answer.status).toBe(422)
      expect(answer.body.error.code).toBe('invalid')
    }
    const script = await api.post('/modules', { code: 'BAD-1', title: 'Bad', level: 'adult', kind: 'bridge', description: bad[0] })
    expect(script.body.error.message).toContain('script')
    const badOutcome = await api.post('/modules', {
      code: 'BAD-2', title: 'Bad', level: 'adult', kind: 'bridge', outcomes: [{ content: bad[0] }],
    })
    expect(badOutcome.status).toBe(422)
    expect(badOutcome.body.error.details.field).toBe('outcomes.0.content')
    expect((await api.get('/modules')).body.total).toBe(before)
  })

  it('updates fields and replaces outcomes keeping their identity, bumping the version', async () => {
    const [mm1, mm2] = competencyIds as [number, number]
    const m = (await api.get('/modules?q=MFG-101')).body.items[0]
    const full = (await api.get(`/modules/${m.id}`)).body
    const [first, second] = full.outcomes
    const patched = await api.patch(`/modules/${m.id}`, {
      version: 1,
      title: 'Precision Measurement I',
      outcomes: [
        { id: second.id, content: docFromText('Use a steel rule and a tape'), alignments: [] },
        { content: docFromText('Measure with calipers'), alignments: [{ competencyId: mm1, depth: 'R' }] },
      ],
    })
    expect(patched.status).toBe(200)
    expect(patched.body).toMatchObject({ title: 'Precision Measurement I', version: 2, clockHours: 40 })
    const outcomes = patched.body.outcomes
    expect(outcomes.map((o: { text: string }) => o.text)).toEqual(['Use a steel rule and a tape', 'Measure with calipers'])
    expect(outcomes[0].id).toBe(second.id)
    expect(outcomes[0].uuid).toBe(second.uuid)
    expect(outcomes[0].alignments).toEqual([])
    expect(outcomes.map((o: { id: number }) => o.id)).not.toContain(first.id)
    expect(patched.body.alignments.map((a: { competencyId: number }) => a.competencyId)).toEqual([competencyIds[2]])
    expect(patched.body.updatedAt >= full.updatedAt).toBe(true)
    const otherModule = await makeModule(test.db, { outcomes: [{ content: docFromText('Elsewhere'), alignments: [{ competencyId: mm2, depth: 'I' }] }] })
    const foreign = await api.patch(`/modules/${m.id}`, { version: 2, outcomes: [{ id: otherModule.outcomes[0]!.id, content: docFromText('Stolen') }] })
    expect(foreign.status).toBe(422)
    expect(foreign.body.error.message).toContain('does not belong to module MFG-101')
  })

  it('refuses a stale version with 409 and changes nothing', async () => {
    const m = (await api.get('/modules?q=MFG-101')).body.items[0]
    const before = (await api.get(`/modules/${m.id}`)).body
    const stale = await api.patch(`/modules/${m.id}`, { version: 1, title: 'Lost update', outcomes: [], credentialIds: [] })
    expect(stale.status).toBe(409)
    expect(stale.body.error).toMatchObject({ code: 'stale_version', details: { currentVersion: 2 } })
    expect((await api.get(`/modules/${m.id}`)).body).toEqual(before)
  })

  it('lets only one of two concurrent editors of the same version win', async () => {
    const m = await makeModule(test.db)
    const answers = await Promise.all([
      api.patch(`/modules/${m.id}`, { version: 1, title: 'Editor A' }),
      api.patch(`/modules/${m.id}`, { version: 1, title: 'Editor B' }),
    ])
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409])
    const winner = answers.find((a) => a.status === 200)!.body.title
    expect((await api.get(`/modules/${m.id}`)).body).toMatchObject({ title: winner, version: 2 })
  })

  it('replaces collections atomically: one unknown competency leaves the module unchanged', async () => {
    const m = (await api.get('/modules?q=MFG-101')).body.items[0]
    const before = (await api.get(`/modules/${m.id}`)).body
    const answer = await api.patch(`/modules/${m.id}`, {
      version: before.version,
      title: 'Should not stick',
      outcomes: [{ content: docFromText('New outcome'), alignments: [{ competencyId: competencyIds[0], depth: 'M' }] }],
      alignments: [{ competencyId: competencyIds[1], depth: 'I' }, { competencyId: 999_999, depth: 'M' }],
      credentialIds: [],
    })
    expect(answer.status).toBe(422)
    expect(answer.body.error.message).toContain('999999')
    expect((await api.get(`/modules/${m.id}`)).body).toEqual(before)
  })

  it('refuses a module as its own prerequisite and prerequisite loops, naming the loop', async () => {
    const a = await makeModule(test.db, { code: 'LOOP-A' })
    const b = await makeModule(test.db, { code: 'LOOP-B', prerequisiteIds: [a.id] })
    const c = await makeModule(test.db, { code: 'LOOP-C', prerequisiteIds: [b.id] })
    const self = await api.patch(`/modules/${a.id}`, { version: 1, prerequisiteIds: [a.id] })
    expect(self.status).toBe(422)
    const loop = await api.patch(`/modules/${a.id}`, { version: 1, prerequisiteIds: [c.id] })
    expect(loop.status).toBe(422)
    expect(loop.body.error.message).toBe('Prerequisites would form a loop: LOOP-A → LOOP-C → LOOP-B → LOOP-A')
    const unknown = await api.patch(`/modules/${a.id}`, { version: 1, prerequisiteIds: [424242] })
    expect(unknown.status).toBe(422)
    expect(unknown.body.error.message).toContain('424242')
    expect((await api.get(`/modules/${a.id}`)).body.version).toBe(1)
  })

  it('lists modules a page at a time, filtered by words, level, kind and status', async () => {
    await makeModule(test.db, { code: 'ABE-MATH-1', title: 'Shop Math Bridge', level: 'adult', kind: 'bridge', status: 'approved' })
    const all = await api.get('/modules?limit=100')
    const page = await api.get('/modules?limit=2&offset=1')
    expect(page.body).toMatchObject({ total: all.body.total, limit: 2, offset: 1 })
    expect(codesOf(page.body.items)).toEqual(codesOf(all.body.items).slice(1, 3))
    expect(codesOf((await api.get('/modules?q=math%20SHOP')).body.items)).toEqual(['ABE-MATH-1'])
    expect(codesOf((await api.get('/modules?level=adult&kind=bridge')).body.items)).toEqual(['ABE-MATH-1'])
    expect(codesOf((await api.get('/modules?status=approved')).body.items)).toEqual(['ABE-MATH-1'])
    expect((await api.get('/modules?level=phd')).status).toBe(400)
  })

  it('answers unknown modules with 404', async () => {
    expect((await api.get('/modules/99999')).status).toBe(404)
    expect((await api.patch('/modules/99999', { version: 1, title: 'x' })).status).toBe(404)
    expect((await api.delete('/modules/99999')).status).toBe(404)
  })

  it('refuses to delete a module still in use, naming what holds it, then deletes it with its outcomes', async () => {
    const target = await makeModule(test.db, { code: 'DEL-1', outcomes: [{ content: docFromText('Gone soon') }] })
    const dependent = await makeModule(test.db, { code: 'DEL-2', prerequisiteIds: [target.id] })
    const pathway = await makePathway(test.db, { title: 'Advanced Manufacturing', modules: [{ moduleId: target.id, stage: 1 }] })
    const articulation = await api.post('/articulations', { fromModuleId: target.id, toModuleId: dependent.id, kind: 'articulated_credit', credits: 3 })
    expect(articulation.status).toBe(201)

    const refused = await api.delete(`/modules/${target.id}`)
    expect(refused.status).toBe(409)
    expect(refused.body.error.code).toBe('in_use')
    expect(refused.body.error.message).toBe(
      'Module DEL-1 is still referenced by pathway "Advanced Manufacturing", articulation from DEL-1 to DEL-2, ' +
        'prerequisite of module DEL-2; remove those first',
    )
    expect((await api.get(`/modules/${target.id}`)).body.pathways).toEqual([
      { id: pathway.id, slug: pathway.slug, title: 'Advanced Manufacturing', stage: 1 },
    ])

    await api.delete(`/articulations/${articulation.body.id}`)
    await api.delete(`/pathways/${pathway.id}`)
    await api.patch(`/modules/${dependent.id}`, { version: 1, prerequisiteIds: [] })
    expect((await api.delete(`/modules/${target.id}`)).status).toBe(204)
    expect((await api.get(`/modules/${target.id}`)).status).toBe(404)
    const leftovers = await test.db.selectFrom('outcomes').select('id').where('moduleId', '=', target.id).execute()
    expect(leftovers).toEqual([])
  })
})
