import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'

describe.each(testDialects)('frameworks and competencies API on %s', (dialect) => {
  let test: TestDb
  let api: ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect)
    api = (await createTestAccounts(test.db)).as.faculty
  })
  afterAll(() => test.destroy())

  it('creates a framework, builds a tree and reads it back in order', async () => {
    const fw = await api.post('/frameworks', { title: 'Machining Level I', kind: 'occupational', publisher: 'NIMS' })
    expect(fw.status).toBe(201)
    expect(fw.body).toMatchObject({ title: 'Machining Level I', kind: 'occupational', competencyCount: 0 })
    expect(fw.body.uuid).toMatch(/^[0-9a-f-]{36}$/)

    const area = await api.post('/competencies', { frameworkId: fw.body.id, code: 'MM', statement: 'Measurement', kind: 'area' })
    expect(area.status).toBe(201)
    const second = await api.post('/competencies', {
      frameworkId: fw.body.id, parentId: area.body.id, code: 'MM-2', statement: 'Read a micrometer to 0.001 in', kind: 'competency',
    })
    const first = await api.post('/competencies', {
      frameworkId: fw.body.id, parentId: area.body.id, code: 'MM-1', statement: 'Use a steel rule', kind: 'competency', position: 0,
    })
    expect(second.body.position).toBe(0)
    await api.patch(`/competencies/${second.body.id}`, { position: 1 })

    const tree = await api.get(`/frameworks/${fw.body.id}/tree`)
    expect(tree.status).toBe(200)
    expect(tree.body.competencies).toHaveLength(1)
    expect(tree.body.competencies[0].children.map((c: { code: string }) => c.code)).toEqual(['MM-1', 'MM-2'])

    const one = await api.get(`/competencies/${first.body.id}`)
    expect(one.body.ancestors.map((a: { code: string }) => a.code)).toEqual(['MM'])
    expect(one.body.frameworkTitle).toBe('Machining Level I')
  })

  it('searches competencies by code or by every word, case-insensitively', async () => {
    const byWords = await api.get('/competencies?q=MICROMETER%20read')
    expect(byWords.body.items.map((c: { code: string }) => c.code)).toEqual(['MM-2'])
    const byCode = await api.get('/competencies?q=mm-1')
    expect(byCode.body.items.map((c: { code: string }) => c.code)).toEqual(['MM-1'])
    const wildcard = await api.get('/competencies?q=%25')
    expect(wildcard.body.total).toBe(0)
  })

  it('paginates lists with a total', async () => {
    const page = await api.get('/competencies?limit=2&offset=1')
    expect(page.body).toMatchObject({ total: 3, limit: 2, offset: 1 })
    expect(page.body.items).toHaveLength(2)
  })

  it('answers bad input with 4xx and the error shape', async () => {
    const missing = await api.post('/frameworks', { kind: 'occupational' })
    expect(missing.status).toBe(422)
    expect(missing.body.error).toMatchObject({ code: 'validation_failed' })
    expect(missing.body.error.message).toContain('title')

    const malformed = await api.post('/frameworks', '{"title": ')
    expect(malformed.status).toBe(400)
    expect(malformed.body.error.code).toBe('bad_request')

    const notFound = await api.get('/frameworks/9999')
    expect(notFound.status).toBe(404)
    expect(notFound.body.error.message).toBe('Framework 9999 does not exist')

    const badId = await api.get('/frameworks/abc')
    expect(badId.status).toBe(400)
  })

  it('refuses a duplicate code and a cycle in the hierarchy', async () => {
    const list = await api.get('/competencies?q=MM')
    const [area, mm1] = ['MM', 'MM-1'].map((code) => list.body.items.find((c: { code: string }) => c.code === code))
    const dup = await api.post('/competencies', { frameworkId: area.frameworkId, code: 'MM-1', statement: 'Again', kind: 'skill' })
    expect(dup.status).toBe(409)
    const cycle = await api.patch(`/competencies/${area.id}`, { parentId: mm1.id })
    expect(cycle.status).toBe(422)
    expect(cycle.body.error.message).toContain('beneath')
  })

  it('refuses to delete a competency that still has children, naming them', async () => {
    const list = await api.get('/competencies?q=measurement')
    const refused = await api.delete(`/competencies/${list.body.items[0].id}`)
    expect(refused.status).toBe(409)
    expect(refused.body.error.code).toBe('in_use')
    expect(refused.body.error.message).toContain('its child item MM-1 "Use a steel rule"')
  })

  it('links competencies, and deletes a framework with everything in it once no other framework links to it', async () => {
    const basic = await api.post('/frameworks', { title: 'CCRS Math', kind: 'basic_skills' })
    const decimals = await api.post('/competencies', {
      frameworkId: basic.body.id, code: '6.NS.3', statement: 'Operate with multi-digit decimals', kind: 'competency', level: 'C',
    })
    const mm2 = (await api.get('/competencies?q=MM-2')).body.items[0]
    const link = await api.post('/competency-links', { fromId: mm2.id, toId: decimals.body.id, relation: 'requires', minLevel: 'C' })
    expect(link.status).toBe(201)
    expect(link.body).toMatchObject({ fromCode: 'MM-2', toCode: '6.NS.3', relation: 'requires' })
    const self = await api.post('/competency-links', { fromId: mm2.id, toId: mm2.id, relation: 'related' })
    expect(self.status).toBe(422)

    // Another framework's requirement names it: the delete is refused until that requirement is removed.
    const refused = await api.delete(`/frameworks/${basic.body.id}`)
    expect(refused.status).toBe(409)
    expect(refused.body.error.details.references).toEqual(['the requirement of MM-2 (Machining Level I) for 6.NS.3 (CCRS Math)'])
    expect((await api.delete(`/competency-links/${link.body.id}`)).status).toBe(204)
    expect((await api.delete(`/frameworks/${basic.body.id}`)).status).toBe(204)
    expect((await api.get(`/competencies/${decimals.body.id}`)).status).toBe(404)
  })
})
