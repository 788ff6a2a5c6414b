// The road map's two views: the public one (anonymous readers, and ?view=public for people signed in) carries
// approved modules only, and what hangs off them, never a draft, a module in review or an archived one; the
// partners' view keeps everything its reader may see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeCredential, makeModule, makePathway } from '../support/factories'

type RoadMapBody = {
  view: string
  stages: { stage: number; modules: { code: string; status: string }[] }[]
  credentials: { title: string }[]
  articulations: { fromModuleCode: string | null; toModuleCode: string }[]
  prerequisites: { moduleId: number; prerequisiteId: number }[]
}

const codesOf = (body: RoadMapBody) => body.stages.flatMap((s) => s.modules.map((m) => m.code)).sort()

describe.each(testDialects)('public and partner views of a road map on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let slug: string
  const id = { first: 0, next: 0, review: 0 }
  const UNAPPROVED = ['RV-REVIEW', 'RV-DRAFT', 'RV-ARCHIVED', 'Certificate in review']

  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    const inReview = await makeCredential(test.db, { title: 'Certificate in review' })
    const earned = await makeCredential(test.db, { title: 'Public certificate' })
    const first = await makeModule(test.db, { code: 'RV-FIRST', status: 'approved', credentialIds: [earned.id] })
    const next = await makeModule(test.db, { code: 'RV-NEXT', status: 'approved', prerequisiteIds: [first.id] })
    const review = await makeModule(test.db, { code: 'RV-REVIEW', prerequisiteIds: [first.id], credentialIds: [inReview.id] })
    const submitted = await accounts.as.faculty.post(`/modules/${review.id}/workflow`, { action: 'submit', version: 1, summary: 'First version' })
    expect(submitted.status).toBe(200)
    const draft = await makeModule(test.db, { code: 'RV-DRAFT', status: 'draft', prerequisiteIds: [next.id] })
    const archived = await makeModule(test.db, { code: 'RV-ARCHIVED', status: 'approved' })
    expect((await accounts.as.faculty.post(`/modules/${archived.id}/workflow`, { action: 'archive' })).status).toBe(200)
    Object.assign(id, { first: first.id, next: next.id, review: review.id })
    const pathway = await makePathway(test.db, {
      modules: [
        { moduleId: first.id, stage: 1, isEntry: true },
        { moduleId: review.id, stage: 1 },
        { moduleId: next.id, stage: 2, isExit: true },
        { moduleId: draft.id, stage: 2 },
        { moduleId: archived.id, stage: 3 },
      ],
    })
    slug = pathway.slug
    for (const [from, to] of [[first.id, next.id], [review.id, next.id], [first.id, draft.id]] as const) {
      expect((await accounts.as.faculty.post('/articulations', { fromModuleId: from, toModuleId: to, kind: 'articulated_credit' })).status).toBe(201)
    }
  })
  afterAll(() => test.destroy())

  it('sends anonymous readers the public view: approved modules, their credentials, links among them, nothing else', async () => {
    for (const path of [`/pathways/${slug}`, `/pathways/${slug}?view=partner`]) {
      const answer = await accounts.as.anonymous.get<RoadMapBody>(path)
      expect(answer.status, path).toBe(200)
      const body = answer.body
      expect(body.view, path).toBe('public')
      expect(codesOf(body), path).toEqual(['RV-FIRST', 'RV-NEXT'])
      expect(body.stages.map((s) => s.stage), path).toEqual([1, 2])
      expect(body.credentials.map((c) => c.title), path).toEqual(['Public certificate'])
      expect(body.articulations.map((a) => [a.fromModuleCode, a.toModuleCode]), path).toEqual([['RV-FIRST', 'RV-NEXT']])
      expect(body.prerequisites, path).toEqual([
        { moduleId: id.next, moduleCode: 'RV-NEXT', moduleTitle: 'Module RV-NEXT', prerequisiteId: id.first, prerequisiteCode: 'RV-FIRST', prerequisiteTitle: 'Module RV-FIRST' },
      ])
      for (const secret of UNAPPROVED) expect(JSON.stringify(body), `${path} ${secret}`).not.toContain(secret)
    }
  })

  it('gives signed-in people the same public view when they ask for it (the student view)', async () => {
    const anonymous = (await accounts.as.anonymous.get<RoadMapBody>(`/pathways/${slug}`)).body
    for (const role of ['admin', 'faculty', 'viewer'] as const) {
      const answer = await accounts.as[role].get<RoadMapBody>(`/pathways/${slug}?view=public`)
      expect(answer.status, role).toBe(200)
      expect(answer.body, role).toEqual(anonymous)
    }
  })

  it("keeps the partners' view of everything the reader may see", async () => {
    const faculty = (await accounts.as.faculty.get<RoadMapBody>(`/pathways/${slug}`)).body
    expect(faculty.view).toBe('partner')
    expect(codesOf(faculty)).toEqual(['RV-ARCHIVED', 'RV-DRAFT', 'RV-FIRST', 'RV-NEXT', 'RV-REVIEW'])
    expect(faculty.credentials.map((c) => c.title).sort()).toEqual(['Certificate in review', 'Public certificate'])
    expect(faculty.prerequisites).toContainEqual(expect.objectContaining({ moduleId: id.review, moduleCode: 'RV-REVIEW', prerequisiteId: id.first, prerequisiteCode: 'RV-FIRST' }))
    // Any role gets the partners' view by default or when asking for it.
    const viewer = (await accounts.as.viewer.get<RoadMapBody>(`/pathways/${slug}?view=partner`)).body
    expect(codesOf(viewer)).toContain('RV-REVIEW')
  })

  it('refuses an unknown view (400 naming the field)', async () => {
    const answer = await accounts.as.faculty.get(`/pathways/${slug}?view=everything`)
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.body)).toContain('view')
  })
})
