import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demo } from '../../fixtures/demo/index'
import { seedDemo } from '../../server/services/seed/index'
import { ensureOrganisation } from '../../server/services/users'
import { RungsPackage } from '../../shared/package/schema'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'

// The demo pathway moves to an empty instance by its package and comes back out the same.
describe.each(testDialects)('pathway package round trip on %s', (dialect) => {
  let source: TestDb
  let target: TestDb
  let from: TestAccounts
  let to: TestAccounts
  let exported: RungsPackage
  const slug = demo.pathway.slug

  beforeAll(async () => {
    source = await createTestDb(dialect)
    await seedDemo(source.db)
    from = await createTestAccounts(source.db)
    target = await createTestDb(dialect)
    to = await createTestAccounts(target.db)
  })
  afterAll(async () => {
    await source.destroy()
    await target.destroy()
  })

  it('exports the whole demo pathway by codes and uuids, valid against its own schema', async () => {
    const answer = await from.as.admin.get(`/pathways/${slug}/package`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-disposition')).toContain(`${slug}.rungs.json`)
    exported = answer.body
    expect(RungsPackage.safeParse(exported).success).toBe(true)
    expect(exported.rungsPackage).toBe('1.0')
    expect(exported.modules!.length).toBeGreaterThan(5)
    expect(exported.credentials!.length).toBeGreaterThan(1)
    expect(JSON.stringify(exported)).not.toMatch(/"(id|moduleId|competencyId|organisationId)":/)
  })

  it('imports into an empty instance (frameworks embedded as CASE) and exports the same package again', async () => {
    const embedded = (await from.as.admin.get(`/pathways/${slug}/package?embed=frameworks`)).body as RungsPackage
    expect(embedded.frameworks!.every((f) => f.case?.CFDocument.identifier === f.identifier)).toBe(true)
    const providers = new Set(JSON.stringify(embedded).match(/"provider":"[^"]+"/g)?.map((p) => p.slice(12, -1)))
    for (const name of providers) await ensureOrganisation(target.db, { name, kind: 'other' })

    const preview = await to.as.admin.post('/packages/preview', embedded)
    expect(preview.status).toBe(200)
    expect(preview.body.problems.filter((p: { severity: string }) => p.severity === 'error')).toEqual([])
    expect(preview.body.modules).toEqual({ create: embedded.modules!.length, update: 0, unchanged: 0 })
    expect(preview.body.frameworks.imported).toBe(embedded.frameworks!.length)

    const commit = await to.as.admin.post('/packages/commit', embedded)
    expect(commit.status).toBe(201)
    const again = await to.as.admin.get(`/pathways/${slug}/package`)
    expect(again.status).toBe(200)
    expect(again.body).toEqual(exported)
  })

  it('previews the same package again as unchanged, and a commit of it changes nothing', async () => {
    const preview = await to.as.admin.post('/packages/preview', exported)
    expect(preview.body.problems).toEqual([])
    expect(preview.body.pathway.action).toBe('unchanged')
    expect(preview.body.modules).toEqual({ create: 0, update: 0, unchanged: exported.modules!.length })
    expect(preview.body.credentials.create + preview.body.credentials.update).toBe(0)
    expect(preview.body.articulations.create + preview.body.articulations.update).toBe(0)
    const commit = await to.as.admin.post('/packages/commit', exported)
    expect(commit.status).toBe(201)
    expect((await to.as.admin.get(`/pathways/${slug}/package`)).body).toEqual(exported)
  })
})
