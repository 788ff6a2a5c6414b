import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { docFromText } from '../../shared/schemas/rich-text'
import type { PackageDocument } from '../../shared/package/schema'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeFramework, makeModule, makePathway } from '../support/factories'
import { rowCounts } from '../support/row-counts'

type Problem = { severity: string; path: string; message: string }

// Each refused package names the JSON path of what is wrong, and neither preview nor commit writes anything.
describe.each(testDialects)('pathway package refusals on %s', (dialect) => {
  let test: TestDb
  let as: TestAccounts['as']
  let base: PackageDocument
  let foreignUuid: string

  beforeAll(async () => {
    test = await createTestDb(dialect)
    const accounts = await createTestAccounts(test.db)
    as = accounts.as
    const { framework, competencies } = await makeFramework(test.db, { title: 'Refusals', codes: ['RF-1', 'RF-2'] })
    const own = await makeModule(test.db, { code: 'RF-101', status: 'approved', outcomes: [{ content: docFromText('Measure'), alignments: [{ competencyId: competencies[0]!.id, depth: 'I' }] }] }, { owner: accounts.organisations.college })
    const foreign = await makeModule(test.db, { code: 'RF-900', status: 'approved' }, { owner: accounts.organisations.other })
    foreignUuid = foreign.uuid
    const pathway = await makePathway(test.db, { frameworkIds: [framework.id], modules: [{ moduleId: own.id, stage: 1 }, { moduleId: foreign.id, stage: 2 }] }, { owner: accounts.organisations.college })
    base = (await as.faculty.get(`/pathways/${pathway.slug}/package`)).body
  })
  afterAll(() => test.destroy())

  // A copy of the exported package as a new pathway of new modules, changed by `edit`.
  const variant = (edit: (p: PackageDocument) => void): PackageDocument => {
    const p = structuredClone(base)
    p.pathway = { ...p.pathway, uuid: randomUUID(), slug: `refused-${randomUUID().slice(0, 8)}` }
    p.modules = p.modules!.filter((m) => m.code === 'RF-101').map((m) => ({ ...m, uuid: randomUUID(), code: `NEW-${m.code}`, outcomes: m.outcomes?.map((o) => ({ ...o, uuid: randomUUID() })) }))
    p.pathway.stages = [{ stage: 1, modules: [{ module: 'NEW-RF-101' }] }]
    edit(p)
    return p
  }

  const refuse = async (pkg: unknown, path: string, message: RegExp) => {
    const before = await rowCounts(test.db)
    const preview = await as.faculty.post('/packages/preview', pkg)
    expect(preview.status).toBe(200)
    expect(preview.body.ok).toBe(false)
    const errors = (preview.body.problems as Problem[]).filter((p) => p.severity === 'error')
    expect(errors).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }))
    const commit = await as.faculty.post('/packages/commit', pkg)
    expect(commit.status).toBe(422)
    expect(commit.body.error.message).toContain('The package was not imported')
    expect(commit.body.error.details.problems).toContainEqual(expect.objectContaining({ path }))
    expect(await rowCounts(test.db)).toEqual(before)
  }

  it('accepts the variant itself, so each refusal below is the edit\'s doing', async () => {
    const preview = await as.faculty.post('/packages/preview', variant(() => {}))
    expect(preview.body.problems).toEqual([])
    expect(preview.body.modules).toEqual({ create: 1, update: 0, unchanged: 0 })
  })

  it('refuses an unknown framework identifier that is neither present nor embedded', async () => {
    const unknown = randomUUID()
    await refuse(variant((p) => {
      p.modules![0]!.outcomes![0]!.alignments![0]!.framework = unknown
      p.frameworks!.push({ identifier: unknown, title: 'Nowhere' })
    }), '$.modules[0].outcomes[0].alignments[0].framework', /neither in this instance nor embedded/)
    await refuse(variant((p) => p.frameworks!.push({ identifier: unknown, title: 'Nowhere' })), '$.frameworks[1].identifier', /not in this instance/)
  })

  it('refuses an item the framework does not have', () =>
    refuse(variant((p) => (p.modules![0]!.outcomes![0]!.alignments![0]!.competency = 'RF-404')), '$.modules[0].outcomes[0].alignments[0].competency', /has no item RF-404/))

  it('refuses a prerequisite loop and a module that is its own prerequisite', async () => {
    await refuse(variant((p) => {
      p.modules!.push({ code: 'NEW-LOOP', title: 'Loop', level: 'postsecondary', kind: 'occupational', prerequisites: ['NEW-RF-101'] })
      p.modules![0]!.prerequisites = ['NEW-LOOP']
    }), '$.modules[0].prerequisites', /loop/)
    await refuse(variant((p) => (p.modules![0]!.prerequisites = ['NEW-RF-101'])), '$.modules[0].prerequisites[0]', /its own prerequisite/)
  })

  it('refuses a stacking loop', () => {
    const [a, b] = [randomUUID(), randomUUID()]
    return refuse(variant((p) => {
      p.credentials = [
        { uuid: a, title: 'A', kind: 'certificate', stacksInto: [b] },
        { uuid: b, title: 'B', kind: 'certificate', stacksInto: [a] },
      ]
    }), '$.credentials[0].stacksInto', /Stacking would form a loop/)
  })

  it('refuses a code used twice in the package, and one taken by another module of the instance', async () => {
    await refuse(variant((p) => p.modules!.push({ ...p.modules![0]!, uuid: randomUUID(), outcomes: [] })), '$.modules[1].code', /used twice/)
    await refuse(variant((p) => (p.modules![0]!.code = 'RF-900')), '$.modules[0].code', /already used/)
  })

  it('refuses a change to another organisation\'s module (same uuid), naming it', () =>
    refuse(variant((p) => p.modules!.push({ uuid: foreignUuid, code: 'RF-900', title: 'Taken over', level: 'postsecondary', kind: 'occupational' })), '$.modules[1]', /another organisation/))

  it('refuses a reference to a module that is neither in the package nor visible', () =>
    refuse(variant((p) => (p.pathway.stages![0]!.modules[0]!.module = 'NOPE-1')), '$.pathway.stages[0].modules[0].module', /neither in this package/))

  it('refuses malformed fields by JSON path: a wrong version, a bad enum, a bad SOC code, a bad email, unknown keys', async () => {
    await refuse({ ...variant(() => {}), rungsPackage: '2.0' }, '$.rungsPackage', /1\.0/)
    await refuse(variant((p) => ((p.modules![0] as { level: string }).level = 'college')), '$.modules[0].level', /./)
    await refuse(variant((p) => (p.pathway.occupations = [{ socCode: '51-99', title: 'Bad' }])), '$.pathway.occupations[0].socCode', /SOC code/)
    await refuse(variant((p) => (p.modules![0]!.supports = [{ kind: 'tutoring', description: 'Help', contactEmail: 'not-an-email' }])), '$.modules[0].supports[0].contactEmail', /email/)
    await refuse(variant((p) => ((p.modules![0] as Record<string, unknown>).id = 7)), '$.modules[0]', /id/)
    await refuse(variant((p) => (p.modules![0]!.outcomes![0]!.content = { type: 'doc', content: [{ type: 'nonsense' }] })), '$.modules[0].outcomes[0].content', /not a valid document/)
  })

  it('answers 422 for a body that is not JSON, and 413 above the configured limit', async () => {
    const bad = await as.faculty.request('POST', '/packages/preview', '{"rungsPackage": ')
    expect(bad.status).toBe(422)
    const cookie = await signInCookie(test.db, 'faculty@test.rungs', TEST_PASSWORD)
    const limited = apiClient(test.db, { cookie, config: { packageMaxBytes: 1000 } })
    const big = await limited.post('/packages/preview', variant((p) => (p.pathway.description = 'x'.repeat(2000))))
    expect(big.status).toBe(413)
    expect(big.body.error.message).toContain('RUNGS_PACKAGE_MAX_MB')
  })
})
