// The stored analysis behind GET /api/pathways/:slug/findings (services/analysis-cache): ETag and 304, pages and
// filters read from the database, one stored result per scope of visibility (another organisation's drafts never
// reach it), a decision that changes statuses without a recomputation, and for a pathway too big to wait for,
// the last result marked `updating` (202 before the first) while it is recomputed once in the background.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../server/db/connect'
import { createUser } from '../../server/services/users'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie, type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeFramework, makeModule, makePathway } from '../support/factories'

type Finding = { kind: string; fingerprint: string; refs: { moduleIds?: number[]; competencyIds?: number[] } }

// How many times the pathway's analysis was computed and stored, for all scopes.
async function computations(db: Db, pathwayId: number): Promise<number> {
  const rows = await db.selectFrom('analysis_leases').select('computations').where('pathwayId', '=', pathwayId).execute()
  return rows.reduce((sum, r) => sum + r.computations, 0)
}

// Resolves once `read` gives a value that `done` accepts (a background recomputation has finished).
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read()
    if (done(value)) return value
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe.each(testDialects)('the stored analysis on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let outsider: ApiClient
  let pathwayId: number
  const slug = 'cached-ladder'
  const id = { k1: 0, a: 0, b: 0, draft: 0 }

  beforeAll(async () => {
    test = await createTestDb(dialect)
    const db = test.db
    accounts = await createTestAccounts(db)
    const { framework, competencies } = await makeFramework(db, { codes: ['K-1', 'K-2', 'K-3'] })
    id.k1 = competencies[0]!.id
    const at = (i: number, depth: 'I' | 'R' | 'M') => ({ competencyId: competencies[i]!.id, depth })
    id.a = (await makeModule(db, { code: 'CACHE-A', level: 'secondary', alignments: [at(0, 'M')], status: 'approved' })).id
    id.b = (await makeModule(db, { code: 'CACHE-B', alignments: [at(0, 'M')], status: 'approved' })).id
    // A draft of the college: only the college (and admins) may see it, and so have it analysed.
    id.draft = (await makeModule(db, { code: 'CACHE-DRAFT', alignments: [at(1, 'I')] })).id
    const pathway = await makePathway(db, {
      slug,
      frameworkIds: [framework.id],
      modules: [
        { moduleId: id.a, stage: 1 },
        { moduleId: id.b, stage: 2 },
        { moduleId: id.draft, stage: 2, position: 1 },
      ],
    })
    pathwayId = pathway.id
    await createUser(db, null, { email: 'outsider@cache.test', name: 'Outsider', password: TEST_PASSWORD, role: 'faculty', organisationId: accounts.organisations.other })
    outsider = apiClient(db, { cookie: await signInCookie(db, 'outsider@cache.test', TEST_PASSWORD) })
  })
  afterAll(() => test.destroy())

  it('answers a repeat with 304 for its ETag, weak or strong, and a new tag after a change', async () => {
    const first = await accounts.as.faculty.get(`/pathways/${slug}/findings`)
    expect(first.status).toBe(200)
    const tag = first.headers.get('ETag')!
    expect(tag).toMatch(/^W\/"/)
    const cookie = await signInCookie(test.db, accounts.users.faculty.email, TEST_PASSWORD)
    for (const sent of [tag, tag.slice(2), `"other", ${tag}`]) {
      const repeat = await apiClient(test.db, { cookie, headers: { 'If-None-Match': sent } }).get(`/pathways/${slug}/findings`)
      expect(repeat.status).toBe(304)
      expect(repeat.body).toBeUndefined()
    }
    const otherQuery = await apiClient(test.db, { cookie, headers: { 'If-None-Match': tag } }).get(`/pathways/${slug}/findings?kind=uncovered`)
    expect(otherQuery.status).toBe(200)
    await test.db.updateTable('modules').set({ level: 'postsecondary' }).where('id', '=', id.a).execute()
    const changed = await apiClient(test.db, { cookie, headers: { 'If-None-Match': tag } }).get(`/pathways/${slug}/findings`)
    expect(changed.status).toBe(200)
    expect(changed.headers.get('ETag')).not.toBe(tag)
    await test.db.updateTable('modules').set({ level: 'secondary' }).where('id', '=', id.a).execute()
  })

  it('pages and filters in the database: limit, offset, competency and words, with the count of all that match', async () => {
    const all = await accounts.as.faculty.get(`/pathways/${slug}/findings`)
    const findings = all.body.findings as Finding[]
    expect(findings.length).toBeGreaterThan(2)
    expect(all.body).toMatchObject({ total: findings.length, limit: null, offset: 0, updating: false })
    const first = await accounts.as.faculty.get(`/pathways/${slug}/findings?limit=2`)
    const second = await accounts.as.faculty.get(`/pathways/${slug}/findings?limit=2&offset=2`)
    expect([...first.body.findings, ...second.body.findings].map((f: Finding) => f.fingerprint)).toEqual(findings.slice(0, 4).map((f) => f.fingerprint))
    expect(first.body).toMatchObject({ total: findings.length, limit: 2, offset: 0 })
    expect(first.body.counts).toEqual(all.body.counts)
    const aboutK1 = await accounts.as.faculty.get(`/pathways/${slug}/findings?competency=${id.k1}`)
    expect(aboutK1.body.findings.length).toBeGreaterThan(0)
    for (const f of aboutK1.body.findings as Finding[]) expect(f.refs.competencyIds).toContain(id.k1)
    expect(aboutK1.body.total).toBe(aboutK1.body.findings.length)
    const words = await accounts.as.faculty.get(`/pathways/${slug}/findings?q=${encodeURIComponent('cache-b k-1')}`)
    expect(words.body.findings.length).toBeGreaterThan(0)
    for (const f of words.body.findings as Finding[]) expect(JSON.stringify(f).toLowerCase()).toMatch(/cache-b[\s\S]*k-1|k-1[\s\S]*cache-b/)
    expect((await accounts.as.faculty.get(`/pathways/${slug}/findings?q=nothing-like-this`)).body).toMatchObject({ findings: [], total: 0 })
    expect((await accounts.as.faculty.get(`/pathways/${slug}/findings?limit=0`)).status).toBe(400)
  })

  it("keeps one result per scope: another organisation's reader never receives the draft", async () => {
    const mine = await accounts.as.faculty.get(`/pathways/${slug}/findings`)
    const theirs = await outsider.get(`/pathways/${slug}/findings`)
    const involvesDraft = (f: Finding) => (f.refs.moduleIds ?? []).includes(id.draft)
    expect((mine.body.findings as Finding[]).some(involvesDraft)).toBe(true)
    expect((theirs.body.findings as Finding[]).some(involvesDraft)).toBe(false)
    expect(theirs.headers.get('ETag')).not.toBe(mine.headers.get('ETag'))
    const stored = await test.db
      .selectFrom('analysis_findings')
      .innerJoin('analysis_snapshots', 'analysis_snapshots.id', 'analysis_findings.snapshotId')
      .select(['analysis_snapshots.scope', 'analysis_findings.moduleIds'])
      .where('analysis_snapshots.pathwayId', '=', pathwayId)
      .execute()
    const scopes = new Set(stored.map((r) => r.scope))
    expect(scopes).toEqual(new Set([`org:${accounts.organisations.college}`, `org:${accounts.organisations.other}`]))
    for (const row of stored.filter((r) => r.scope === `org:${accounts.organisations.other}`)) expect(row.moduleIds).not.toContain(`,${id.draft},`)
  })

  it('applies a decision to statuses and the ETag without computing the analysis again', async () => {
    const before = await accounts.as.faculty.get(`/pathways/${slug}/findings`)
    const count = await computations(test.db, pathwayId)
    const finding = (before.body.findings as Finding[])[0]!
    const decided = await accounts.as.faculty.post(`/pathways/${slug}/findings/decisions`, { fingerprint: finding.fingerprint, decision: 'accepted', reason: 'Intended.' })
    expect(decided.status).toBe(201)
    const after = await accounts.as.faculty.get(`/pathways/${slug}/findings`)
    expect(after.headers.get('ETag')).not.toBe(before.headers.get('ETag'))
    expect((after.body.findings as Finding[]).map((f) => f.fingerprint)).not.toContain(finding.fingerprint)
    expect(after.body.byStatus).toEqual({ ...before.body.byStatus, open: before.body.byStatus.open - 1, accepted: before.body.byStatus.accepted + 1 })
    const accepted = await accounts.as.faculty.get(`/pathways/${slug}/findings?status=accepted`)
    expect(accepted.body.findings).toEqual([expect.objectContaining({ fingerprint: finding.fingerprint, status: 'accepted' })])
    expect(accepted.body.total).toBe(1)
    expect(await computations(test.db, pathwayId)).toBe(count)
  })

  it('takes a decision on the stored result: brought up to date once after a change, and the page then reuses it', async () => {
    await test.db.updateTable('modules').set({ clockHours: 41 }).where('id', '=', id.b).execute()
    const count = await computations(test.db, pathwayId)
    const page = await accounts.as.faculty.get(`/pathways/${slug}/findings?kind=no_credential`)
    const count2 = await computations(test.db, pathwayId)
    expect(count2).toBe(count + 1)
    await test.db.updateTable('modules').set({ clockHours: 42 }).where('id', '=', id.b).execute()
    const finding = (page.body.findings as Finding[])[0]!
    const decided = await accounts.as.faculty.post(`/pathways/${slug}/findings/decisions`, { fingerprint: finding.fingerprint, decision: 'accepted', reason: 'Intended.' })
    expect(decided.status).toBe(201)
    expect(await computations(test.db, pathwayId)).toBe(count2 + 1)
    await accounts.as.faculty.get(`/pathways/${slug}/findings`)
    expect(await computations(test.db, pathwayId)).toBe(count2 + 1)
    const unknown = await accounts.as.faculty.post(`/pathways/${slug}/findings/decisions`, { fingerprint: '0'.repeat(28), decision: 'accepted', reason: 'Intended.' })
    expect(unknown.status).toBe(404)
  })

  it("tags the matrix by the pathway's data version and the reader's scope: 304 on a repeat, a new tag after a write", async () => {
    const cookie = await signInCookie(test.db, accounts.users.faculty.email, TEST_PASSWORD)
    const first = await accounts.as.faculty.get(`/pathways/${slug}/matrix`)
    expect(first.status).toBe(200)
    const tag = first.headers.get('ETag')!
    const faculty = apiClient(test.db, { cookie, headers: { 'If-None-Match': tag } })
    expect((await faculty.get(`/pathways/${slug}/matrix`)).status).toBe(304)
    expect((await faculty.get(`/pathways/${slug}/matrix?level=adult`)).status).toBe(200)
    // Another organisation does not see the college's draft: its matrix is another answer.
    const outsiders = apiClient(test.db, { cookie: await signInCookie(test.db, 'outsider@cache.test', TEST_PASSWORD), headers: { 'If-None-Match': tag } })
    const theirs = await outsiders.get(`/pathways/${slug}/matrix`)
    expect(theirs.status).toBe(200)
    expect((theirs.body.modules as { id: number }[]).map((m) => m.id)).not.toContain(id.draft)
    await test.db.updateTable('competencies').set({ statement: 'Renamed in the framework' }).where('id', '=', id.k1).execute()
    const changed = await faculty.get(`/pathways/${slug}/matrix`)
    expect(changed.status).toBe(200)
    expect((changed.body.rows as { id: number; statement: string }[]).find((r) => r.id === id.k1)!.statement).toBe('Renamed in the framework')
    expect(changed.headers.get('ETag')).not.toBe(tag)
  })

  it('serves a big pathway its last result marked updating while one background run computes the new one', async () => {
    const cookie = await signInCookie(test.db, accounts.users.admin.email, TEST_PASSWORD)
    // Every pathway counts as too big to wait for.
    const admin = apiClient(test.db, { cookie, config: { analysisWaitBelowRows: 0 } })
    const { id: bigId } = await makePathway(test.db, { slug: 'big-ladder', modules: [{ moduleId: id.a, stage: 1 }, { moduleId: id.b, stage: 2 }] })
    const first = await admin.get('/pathways/big-ladder/findings')
    expect(first.status).toBe(202)
    expect(first.body).toMatchObject({ findings: [], updating: true, generatedAt: null })
    const ready = await until(() => admin.get('/pathways/big-ladder/findings'), (a) => a.status === 200 && !a.body.updating)
    const before = ready.body.findings.length
    await test.db.updateTable('modules').set({ credits: 4 }).where('id', '=', id.b).execute()
    // Three readers at once: each is answered with the last result at once, and the pathway is computed once.
    const count = await computations(test.db, bigId)
    const stale = await Promise.all([1, 2, 3].map(() => admin.get('/pathways/big-ladder/findings')))
    for (const answer of stale) expect(answer.body).toMatchObject({ updating: true, generatedAt: ready.body.generatedAt })
    expect(stale[0]!.body.findings.length).toBe(before)
    const fresh = await until(() => admin.get('/pathways/big-ladder/findings'), (a) => !a.body.updating)
    expect(fresh.body.generatedAt).not.toBe(ready.body.generatedAt)
    expect(await computations(test.db, bigId)).toBe(count + 1)
  })
})
