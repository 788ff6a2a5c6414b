// Scripts with API tokens (issue 16): a package or a CASE 1.1 file that refers to an unknown framework, holds a
// cycle, or would change a row the token's person may not write is refused naming the JSON path, with nothing
// written; a read-only token, or one of a person who may not author pathways, is refused outright.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dateAfter } from '../../shared/schemas/api-tokens'
import type { PackageDocument } from '../../shared/package/schema'
import { createUser } from '../../server/services/users'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie, type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeFramework, makeModule, makePathway } from '../support/factories'
import { rowCounts } from '../support/row-counts'
import { fixture, uploadForm } from './import-support'

type Problem = { severity: string; path: string; message: string }

// The CASE test package as CASE 1.1, changed by `edit`.
const case11 = (edit: (pkg: any) => void = () => {}) => {
  const pkg = JSON.parse(fixture('machining.case.json').toString('utf8'))
  pkg.CFDocument.caseVersion = '1.1'
  edit(pkg)
  return pkg
}

describe.each(testDialects)('package and CASE 1.1 refusals for API tokens on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let base: PackageDocument
  let foreignUuid: string
  const tokens: Record<string, ApiClient> = {}
  const script = (secret: string) => apiClient(test.db, { origin: null, headers: { Authorization: `Bearer ${secret}` } })
  const tokenOf = async (as: ApiClient, scope: 'read' | 'write') =>
    script((await as.post('/my/tokens', { name: `${scope} script`, scope, expiresOn: dateAfter(Date.now(), 30) })).body.secret)

  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    const { framework } = await makeFramework(test.db, { title: 'Token refusals', codes: ['TR-1'] })
    const own = await makeModule(test.db, { code: 'TR-101', status: 'approved' }, { owner: accounts.organisations.college })
    foreignUuid = (await makeModule(test.db, { code: 'TR-900', status: 'approved' }, { owner: accounts.organisations.other })).uuid
    const pathway = await makePathway(test.db, { frameworkIds: [framework.id], modules: [{ moduleId: own.id, stage: 1 }] }, { owner: accounts.organisations.college })
    base = (await accounts.as.faculty.get(`/pathways/${pathway.slug}/package`)).body
    tokens.write = await tokenOf(accounts.as.faculty, 'write')
    tokens.read = await tokenOf(accounts.as.faculty, 'read')
    tokens.abe = await tokenOf(accounts.as.abe_instructor, 'write')
    // The CASE test framework belongs to the other organisation.
    await createUser(test.db, null, { email: 'faculty@other.test', name: 'Other Faculty', password: TEST_PASSWORD, role: 'faculty', organisationId: accounts.organisations.other })
    const other = apiClient(test.db, { cookie: await signInCookie(test.db, 'faculty@other.test', TEST_PASSWORD) })
    expect((await other.post('/imports/commit', uploadForm(fixture('machining.case.json'), 'm.json'))).status).toBe(201)
  })
  afterAll(() => test.destroy())

  // The exported package as a new pathway, changed by `edit`.
  const variant = (edit: (p: PackageDocument) => void): PackageDocument => {
    const p = structuredClone(base)
    p.pathway = { ...p.pathway, uuid: randomUUID(), slug: `token-${randomUUID().slice(0, 8)}`, stages: [] }
    p.modules = []
    edit(p)
    return p
  }

  // The rows of the instance, leaving out the window a token's first request opens in the rate limiter.
  const contentCounts = async () => {
    const { rate_limit_windows: _windows, ...counts } = await rowCounts(test.db)
    return counts
  }
  const refused = async (send: () => Promise<{ status: number; body: any }>, status: number) => {
    const before = await contentCounts()
    const answer = await send()
    expect(answer.status).toBe(status)
    expect(await contentCounts()).toEqual(before)
    return answer
  }
  const refusePackage = async (pkg: unknown, path: string, message: RegExp) => {
    const preview = await tokens.write!.post('/packages/preview', pkg)
    expect(preview.body.ok).toBe(false)
    expect((preview.body.problems as Problem[]).filter((p) => p.severity === 'error')).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }))
    const commit = await refused(() => tokens.write!.post('/packages/commit', pkg), 422)
    expect(commit.body.error.details.problems).toContainEqual(expect.objectContaining({ path }))
  }
  const refuseCase = async (pkg: unknown, path: string, message: RegExp) => {
    const form = () => uploadForm(JSON.stringify(pkg), 'case-1.1.json')
    const preview = await tokens.write!.post('/imports/preview', form())
    expect(preview.body).toMatchObject({ ok: false, caseVersion: '1.1' })
    expect(preview.body.problems).toContainEqual(expect.objectContaining({ severity: 'error', path, message: expect.stringMatching(message) }))
    const commit = await refused(() => tokens.write!.post('/imports/commit', form()), 422)
    expect(commit.body.error.details.problems).toContainEqual(expect.objectContaining({ path }))
  }

  it('accepts the bare variant with a write token, so each refusal below is the edit\'s doing', async () => {
    expect((await tokens.write!.post('/packages/preview', variant(() => {}))).body).toMatchObject({ ok: true, problems: [] })
  })

  it('refuses a read-only token and a token of a person who may not author pathways, writing nothing', async () => {
    const pkg = variant(() => {})
    expect((await refused(() => tokens.read!.post('/packages/commit', pkg), 403)).body.error.message).toMatch(/read-only/i)
    await refused(() => tokens.read!.post('/packages/preview', pkg), 403)
    await refused(() => tokens.abe!.post('/packages/commit', pkg), 403)
    await refused(() => tokens.read!.post('/imports/commit', uploadForm(JSON.stringify(case11()), 'x.json')), 403)
  })

  it('refuses, by JSON path, an unknown framework, a change to another organisation\'s module and a stacking cycle', async () => {
    const unknown = randomUUID()
    await refusePackage(variant((p) => p.frameworks!.push({ identifier: unknown, title: 'Nowhere' })), '$.frameworks[1].identifier', /not in this instance/)
    await refusePackage(variant((p) => p.modules!.push({ uuid: foreignUuid, code: 'TR-900', title: 'Taken over', level: 'postsecondary', kind: 'occupational' })), '$.modules[0]', /another organisation/)
    const [a, b] = [randomUUID(), randomUUID()]
    await refusePackage(variant((p) => (p.credentials = [
      { uuid: a, title: 'A', kind: 'certificate', stacksInto: [b] },
      { uuid: b, title: 'B', kind: 'certificate', stacksInto: [a] },
    ])), '$.credentials[0].stacksInto', /loop/)
  })

  it('refuses an embedded CASE 1.1 framework with a cycle at its path inside the package', async () => {
    const identifier = randomUUID()
    const looped = case11((pkg) => {
      pkg.CFDocument.identifier = identifier
      pkg.CFItems.forEach((item: { identifier: string }, i: number) => (item.identifier = `${identifier.slice(0, 24)}${String(i).padStart(12, '0')}`))
      const ids = pkg.CFItems.map((item: { identifier: string }) => item.identifier)
      pkg.CFAssociations = [
        { identifier: randomUUID(), associationType: 'isChildOf', originNodeURI: { identifier: ids[0], title: '', uri: '' }, destinationNodeURI: { identifier: ids[1], title: '', uri: '' }, lastChangeDateTime: '2026-01-01' },
        { identifier: randomUUID(), associationType: 'isChildOf', originNodeURI: { identifier: ids[1], title: '', uri: '' }, destinationNodeURI: { identifier: ids[0], title: '', uri: '' }, lastChangeDateTime: '2026-01-01' },
      ]
    })
    await refusePackage(variant((p) => p.frameworks!.push({ identifier, title: 'Looped', case: looped })), '$.frameworks[1].case.CFItems[0]', /hierarchy loops/)
  })

  it('refuses a CASE 1.1 file that would change another organisation\'s framework, at its identifier', () =>
    refuseCase(case11((pkg) => (pkg.CFDocument.title = 'Taken over')), 'CFDocument.identifier', /belongs to another organisation/))

  it('refuses a CASE 1.1 file with a cycle, and one whose association names an unknown node, by JSON path', async () => {
    await refuseCase(case11((pkg) => (pkg.CFAssociations[0].destinationNodeURI.identifier = pkg.CFItems[3].identifier)), 'CFItems[0]', /hierarchy loops/)
    await refuseCase(case11((pkg) => (pkg.CFAssociations[5].destinationNodeURI.identifier = randomUUID())), 'CFAssociations[5].destinationNodeURI', /neither the document nor an item/)
  })
})
