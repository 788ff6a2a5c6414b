// A module edited after approval keeps its approved supports and funding on the public road map: what the new draft
// adds or removes is public only once that draft is approved, as for its title and outcomes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makePathway } from '../support/factories'
import { approveModule } from '../support/workflow'

type Terms = { moduleSupports: { moduleId: number; description: string }[]; funding: { moduleId: number; source: string }[] }

describe.each(testDialects)("a road map's supports and funding at the approved revision on %s", (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let slug: string
  let moduleId: number
  const support = (description: string) => ({ kind: 'tutoring', description, organisationId: accounts.organisations.college, contactName: 'Ana Ruiz' })

  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    const created = await accounts.as.faculty.post('/modules', {
      code: 'TERMS-1', title: 'Blueprint Reading', level: 'postsecondary', kind: 'occupational',
      supports: [support('Approved tutoring')], funding: [{ source: 'pell' }],
    })
    expect(created.status).toBe(201)
    moduleId = created.body.id
    await approveModule(accounts.as.faculty, accounts.as.admin, moduleId)
    const current = await accounts.as.faculty.get(`/modules/${moduleId}`)
    const edited = await accounts.as.faculty.patch(`/modules/${moduleId}`, {
      version: current.body.version, supports: [support('Draft tutoring')], funding: [{ source: 'wioa_title_1' }],
    })
    expect(edited.status).toBe(200)
    slug = (await makePathway(test.db, { modules: [{ moduleId, stage: 1, isEntry: true, isExit: true }] })).slug
  })
  afterAll(() => test.destroy())

  const termsOf = (body: Terms) => ({
    supports: body.moduleSupports.filter((s) => s.moduleId === moduleId).map((s) => s.description),
    funding: body.funding.filter((f) => f.moduleId === moduleId).map((f) => f.source),
  })

  it('shows the public the approved revision’s supports and funding, not the draft’s', async () => {
    for (const [reader, path] of [[accounts.as.anonymous, `/pathways/${slug}`], [accounts.as.faculty, `/pathways/${slug}?view=public`]] as const) {
      const answer = await reader.get<Terms>(path)
      expect(answer.status, path).toBe(200)
      expect(termsOf(answer.body), path).toEqual({ supports: ['Approved tutoring'], funding: ['pell'] })
    }
  })

  it("shows the owning partners the draft's in their view", async () => {
    const answer = await accounts.as.faculty.get<Terms>(`/pathways/${slug}`)
    expect(termsOf(answer.body)).toEqual({ supports: ['Draft tutoring'], funding: ['wioa_title_1'] })
  })
})
