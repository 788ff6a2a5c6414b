// Basic-skill requirements: the bulk edit (POST /competency-links/requirements) and the reads of both sides.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'

type Requirement = { id: number; fromId: number; toId: number; minLevel: string | null; fromCode: string; toCode: string; toFrameworkId: number }
type BulkBody = { competencyIds: number[]; skillId: number; minLevel?: string | null; action: 'add' | 'remove' }

describe.each(testDialects)('basic-skill requirements API on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let faculty: ApiClient
  const ids: Record<string, number> = {}
  const frameworks: Record<string, number> = {}

  const bulk = (body: BulkBody, as: ApiClient = faculty) => as.post('/competency-links/requirements', body)
  const requirementsOf = async (framework: string) =>
    (await faculty.get<{ items: Requirement[] }>(`/frameworks/${frameworks[framework]}/requirements`)).body.items
  const linkCount = async () => (await faculty.get('/competency-links?limit=500')).body.total as number
  const auditCount = async () => (await accounts.as.admin.get('/audit?table=competency_links&limit=1')).body.total as number

  async function framework(key: string, kind: string, codes: string[]) {
    frameworks[key] = (await faculty.post('/frameworks', { title: `Framework ${key}`, kind })).body.id
    const area = await faculty.post('/competencies', { frameworkId: frameworks[key], code: `${key}-AREA`, statement: `Area of ${key}`, kind: 'area' })
    ids[`${key}-AREA`] = area.body.id
    for (const code of codes) {
      const made = await faculty.post('/competencies', {
        frameworkId: frameworks[key], parentId: area.body.id, code, statement: `Statement of ${code}`, kind: 'competency', level: 'C',
      })
      ids[code] = made.body.id
    }
  }

  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    faculty = accounts.as.faculty
    await framework('QM', 'occupational', ['QM-1', 'QM-2', 'QM-3', 'QM-4'])
    await framework('MATH', 'basic_skills', ['NS-3', 'NF-1'])
    await framework('OTHER', 'occupational', ['OT-1'])
  })
  afterAll(() => test.destroy())

  it('adds a basic skill at a level to many competencies, shown on both sides', async () => {
    const added = await bulk({ competencyIds: [ids['QM-1']!, ids['QM-2']!, ids['QM-3']!, ids['QM-1']!], skillId: ids['NS-3']!, minLevel: 'C', action: 'add' })
    expect(added.status).toBe(200)
    expect(added.body).toMatchObject({ action: 'add', skill: { id: ids['NS-3'], code: 'NS-3' }, minLevel: 'C', added: 3, updated: 0, removed: 0, unchanged: 0 })
    expect(added.body.items.map((i: { code: string; change: string }) => `${i.code}:${i.change}`)).toEqual(['QM-1:added', 'QM-2:added', 'QM-3:added'])

    const occupational = await requirementsOf('QM')
    expect(occupational.map((r) => `${r.fromCode}→${r.toCode}@${r.minLevel}`)).toEqual(['QM-1→NS-3@C', 'QM-2→NS-3@C', 'QM-3→NS-3@C'])
    expect(occupational[0]).toMatchObject({ toFrameworkId: frameworks.MATH, fromFrameworkId: frameworks.QM, toStatement: 'Statement of NS-3', fromKind: 'competency' })
    // The basic-skills framework sees the same links from its side.
    expect((await requirementsOf('MATH')).map((r) => r.fromCode)).toEqual(['QM-1', 'QM-2', 'QM-3'])

    const one = await faculty.get(`/competencies/${ids['QM-1']}/requirements`)
    expect(one.body.requires.map((r: Requirement) => `${r.toCode}@${r.minLevel}`)).toEqual(['NS-3@C'])
    expect(one.body.requiredBy).toEqual([])
    const skill = await faculty.get(`/competencies/${ids['NS-3']}/requirements`)
    expect(skill.body.requires).toEqual([])
    expect(skill.body.requiredBy.map((r: Requirement) => r.fromCode)).toEqual(['QM-1', 'QM-2', 'QM-3'])
  })

  it('changes the level where the requirement exists and leaves identical ones alone', async () => {
    const changed = await bulk({ competencyIds: [ids['QM-1']!, ids['QM-2']!, ids['QM-4']!], skillId: ids['NS-3']!, minLevel: 'D', action: 'add' })
    expect(changed.body).toMatchObject({ added: 1, updated: 2, unchanged: 0 })
    const again = await bulk({ competencyIds: [ids['QM-1']!, ids['QM-3']!], skillId: ids['NS-3']!, minLevel: 'D', action: 'add' })
    expect(again.body).toMatchObject({ added: 0, updated: 1, unchanged: 1 })
    const noLevel = await bulk({ competencyIds: [ids['QM-4']!], skillId: ids['NS-3']!, minLevel: null, action: 'add' })
    expect(noLevel.body).toMatchObject({ updated: 1, minLevel: null })
    expect((await requirementsOf('QM')).map((r) => `${r.fromCode}@${r.minLevel}`)).toEqual(['QM-1@D', 'QM-2@D', 'QM-3@D', 'QM-4@null'])
  })

  it('removes the requirement from many competencies, skipping those without it', async () => {
    const removed = await bulk({ competencyIds: [ids['QM-1']!, ids['QM-4']!, ids['OT-1']!], skillId: ids['NS-3']!, minLevel: 'C', action: 'remove' })
    expect(removed.status).toBe(200)
    expect(removed.body).toMatchObject({ action: 'remove', minLevel: null, removed: 2, unchanged: 1 })
    expect((await requirementsOf('QM')).map((r) => r.fromCode)).toEqual(['QM-2', 'QM-3'])
  })

  it('records every change in the audit log, in the same transaction', async () => {
    const before = await auditCount()
    await bulk({ competencyIds: [ids['QM-1']!, ids['QM-2']!], skillId: ids['NF-1']!, minLevel: 'B', action: 'add' })
    await bulk({ competencyIds: [ids['QM-2']!], skillId: ids['NF-1']!, minLevel: 'C', action: 'add' })
    await bulk({ competencyIds: [ids['QM-1']!], skillId: ids['NF-1']!, action: 'remove' })
    expect(await auditCount()).toBe(before + 4)
    const trail = (await accounts.as.admin.get('/audit?table=competency_links&limit=4')).body.items
    const summaries = trail.map((e: { summary: string }) => e.summary)
    expect(summaries).toEqual(
      expect.arrayContaining([
        'Linked QM-1 requires NF-1 at level B',
        'Linked QM-2 requires NF-1 at level B',
        'Changed requirement QM-2 requires NF-1 at level C',
        'Removed requirement QM-1 requires NF-1',
      ]),
    )
    const update = trail.find((e: { action: string }) => e.action === 'update')
    expect(update.before).toMatchObject({ minLevel: 'B' })
    expect(update.after).toMatchObject({ minLevel: 'C', fromCode: 'QM-2', toCode: 'NF-1' })
    expect(trail.every((e: { userId: number }) => e.userId === accounts.users.faculty.id)).toBe(true)
  })

  it('lets an ABE instructor edit requirements to basic skills, and nothing else', async () => {
    const abe = accounts.as.abe_instructor
    const allowed = await bulk({ competencyIds: [ids['QM-4']!], skillId: ids['NF-1']!, minLevel: 'C', action: 'add' }, abe)
    expect(allowed.status).toBe(200)
    expect(allowed.body.added).toBe(1)
    expect((await bulk({ competencyIds: [ids['QM-4']!], skillId: ids['NF-1']!, action: 'remove' }, abe)).body.removed).toBe(1)

    const links = await linkCount()
    const refused = await bulk({ competencyIds: [ids['QM-4']!], skillId: ids['OT-1']!, minLevel: null, action: 'add' }, abe)
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('forbidden')
    expect(await linkCount()).toBe(links)

    expect((await bulk({ competencyIds: [ids['QM-4']!], skillId: ids['NF-1']!, action: 'add' }, accounts.as.viewer)).status).toBe(403)
    expect((await bulk({ competencyIds: [ids['QM-4']!], skillId: ids['NF-1']!, action: 'add' }, accounts.as.employer)).status).toBe(403)
    expect((await bulk({ competencyIds: [ids['QM-4']!], skillId: ids['NF-1']!, action: 'add' }, accounts.as.anonymous)).status).toBe(401)
    // The guard comes before validation: a refused role learns nothing about the body.
    expect((await accounts.as.viewer.post('/competency-links/requirements', {})).status).toBe(403)
  })

  it('refuses bad input with 422 naming the problem, and writes nothing', async () => {
    const links = await linkCount()
    const audits = await auditCount()
    const cases: Array<[BulkBody | Record<string, unknown>, RegExp]> = [
      [{ competencyIds: [ids['QM-1']!, 99998, 99999], skillId: ids['NS-3']!, minLevel: 'C', action: 'add' }, /Competencies 99998, 99999 do not exist/],
      [{ competencyIds: [ids['QM-1']!], skillId: 99999, minLevel: 'C', action: 'add' }, /Competency 99999 does not exist/],
      [{ competencyIds: [ids['QM-1']!], skillId: ids['OT-1']!, minLevel: 'C', action: 'add' }, /OT-1 is not a basic-skills standard/],
      [{ competencyIds: [ids['QM-1']!, ids['NF-1']!], skillId: ids['NS-3']!, minLevel: 'C', action: 'add' }, /NF-1 is itself a basic-skills standard/],
      [{ competencyIds: [ids['QM-1']!], skillId: ids['NS-3']!, minLevel: 'Z', action: 'add' }, /Level Z is not on the basic-skill scale \(A, B, C, D, E\)/],
      [{ competencyIds: [], skillId: ids['NS-3']!, action: 'add' }, /competencyIds/],
      [{ competencyIds: Array.from({ length: 501 }, (_, i) => i + 1), skillId: ids['NS-3']!, action: 'add' }, /competencyIds/],
      [{ competencyIds: [ids['QM-1']!], skillId: ids['NS-3']!, action: 'replace' }, /action/],
    ]
    for (const [body, message] of cases) {
      const answer = await faculty.post('/competency-links/requirements', body)
      expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(422)
      expect(answer.body.error.message).toMatch(message)
    }
    const missing = await bulk({ competencyIds: [ids['QM-1']!, 99998], skillId: ids['NS-3']!, action: 'add' })
    expect(missing.body.error.details).toEqual({ field: 'competencyIds', missing: [99998] })
    expect(await linkCount()).toBe(links)
    expect(await auditCount()).toBe(audits)
  })

  it('answers 404 for the reads of an unknown framework or competency', async () => {
    expect((await faculty.get('/frameworks/99999/requirements')).status).toBe(404)
    expect((await faculty.get('/competencies/99999/requirements')).status).toBe(404)
    expect((await accounts.as.anonymous.get(`/frameworks/${frameworks.QM}/requirements`)).status).toBe(200)
  })
})
