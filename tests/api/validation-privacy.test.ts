import * as XLSX from 'xlsx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import { limitReviewRequest, REVIEW_LIMITS } from '../../server/services/validation/rate-limit'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { APP_ORIGIN, signInCookie } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeValidationPathway, openCampaign } from './validation-support'

describe.each(testDialects)('employer validation privacy, limits and export on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let setup: Awaited<ReturnType<typeof makeValidationPathway>>
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    setup = await makeValidationPathway(test.db)
  })
  afterAll(() => test.destroy())

  it("never shows an employer another employer's ratings, comments or identity", async () => {
    const { id, tokens } = await openCampaign(accounts.as.faculty, setup.pathway.slug, ['Ingrid', 'Jules'])
    const [a, b] = tokens as [string, string]
    await accounts.as.anonymous.put(`/review/${b}/ratings/${setup.items.saf1.id}`, { rating: 'not_needed', comment: 'Secret of Jules' })
    await accounts.as.anonymous.post(`/review/${b}/suggestions`, { areaId: setup.areas.safety.id, statement: 'Idea of Jules' })
    await accounts.as.anonymous.post(`/review/${b}/submit`)
    const seenByA = JSON.stringify((await accounts.as.anonymous.get(`/review/${a}`)).body)
    for (const secret of ['Jules', 'Secret of Jules', 'Idea of Jules', 'not_needed']) expect(seenByA).not.toContain(secret)
    const results = await accounts.as.faculty.get(`/campaigns/${id}/results`)
    expect(JSON.stringify(results.body)).toContain('Secret of Jules')
    for (const role of ['employer', 'viewer', 'abe_instructor'] as const) {
      expect((await accounts.as[role].get(`/campaigns/${id}/results`)).status).toBe(403)
    }
  })

  it('shows an employer account the invitations sent to its email, and only those', async () => {
    const faculty = accounts.as.faculty
    const { id } = await openCampaign(faculty, setup.pathway.slug, [])
    const mine = await faculty.post(`/campaigns/${id}/invites`, { employerName: 'Test employer', company: 'Own Co', email: accounts.users.employer.email.toUpperCase() })
    const other = await faculty.post(`/campaigns/${id}/invites`, { employerName: 'Kim', company: 'Other Co', email: 'kim@example.com' })
    expect(mine.body.invite.userId).toBe(accounts.users.employer.id)
    const employer = accounts.as.employer
    const list = await employer.get('/my/invitations')
    expect(list.body.items.map((i: { id: number }) => i.id)).toEqual([mine.body.invite.id])
    expect(list.body.items[0]).toMatchObject({ title: 'Employer review 2026', open: true, company: 'Own Co' })
    expect((await employer.get(`/my/invitations/${other.body.invite.id}`)).status).toBe(404)
    const rated = await employer.put(`/my/invitations/${mine.body.invite.id}/ratings/${setup.items.qm1.id}`, { rating: 'important' })
    expect(rated.body).toMatchObject({ rating: 'important', rated: 1 })
    expect((await employer.put(`/my/invitations/${other.body.invite.id}/ratings/${setup.items.qm1.id}`, { rating: 'important' })).status).toBe(404)
    const submitted = await employer.post(`/my/invitations/${mine.body.invite.id}/submit`)
    expect(submitted.status).toBe(200)
    // The same invitation through its emailed link sees the same answers.
    const form = await accounts.as.anonymous.get(`/review/${mine.body.token}`)
    expect(form.body.ratings).toMatchObject([{ competencyId: setup.items.qm1.id, rating: 'important' }])
    expect(form.body.invite.submittedAt).toBe(submitted.body.submittedAt)
  })

  it('exports every result to XLSX, with cells that start like a formula made plain text', async () => {
    const { id, tokens } = await openCampaign(accounts.as.faculty, setup.pathway.slug, ['Lee'])
    await accounts.as.anonymous.put(`/review/${tokens[0]}/ratings/${setup.items.saf2.id}`, { rating: 'essential', frequency: 'weekly', comment: '=cmd|" /C calc"!A0' })
    await accounts.as.anonymous.post(`/review/${tokens[0]}/suggestions`, { areaId: setup.areas.quality.id, statement: '+Measure surface finish' })
    await accounts.as.anonymous.post(`/review/${tokens[0]}/submit`)
    const cookie = await signInCookie(test.db, accounts.users.faculty.email, TEST_PASSWORD)
    const response = await createApp({ db: test.db }).request(`/api/campaigns/${id}/results.xlsx`, { headers: { Cookie: cookie, Origin: APP_ORIGIN } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/validation-.*\.xlsx/)
    const workbook = XLSX.read(new Uint8Array(await response.arrayBuffer()), { type: 'array' })
    expect(workbook.SheetNames).toEqual(['About', 'Ratings', 'Comments', 'Suggestions', 'Invitations'])
    const rows = (name: string) => XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[name]!, { header: 1 })
    const ratings = rows('Ratings')
    expect(ratings[0]).toEqual(['Area', 'Code', 'Competency', 'Essential', 'Important', 'Not needed', "Don't know", 'Respondents', 'Agreeing', 'Agreement', 'Consensus'])
    expect(ratings.find((r) => r[1] === setup.items.saf2.code)).toEqual([
      setup.areas.safety.code, setup.items.saf2.code, setup.items.saf2.statement, 1, 0, 0, 0, 1, 1, '100%', 'not enough responses (1 of 3)',
    ])
    expect(rows('Comments')[1]).toEqual([setup.items.saf2.code, 'Lee Ltd', 'Lee', 'Essential', 'Weekly', `'=cmd|" /C calc"!A0`])
    expect(rows('Suggestions')[0]).toEqual(['Area', 'Suggested competency', 'Company', 'Employer', 'Status', 'Accepted as'])
    expect(rows('Suggestions')[1]).toEqual([setup.areas.quality.code, "'+Measure surface finish", 'Lee Ltd', 'Lee', 'pending'])
    expect(rows('Invitations')[1]).toContain('lee@example.com')
    const formulas = Object.values(workbook.Sheets).flatMap((sheet) => Object.values(sheet).filter((cell) => typeof cell === 'object' && cell && 'f' in cell))
    expect(formulas).toEqual([])
  })

  it('rate-limits links per address (unknown tokens) and per token', async () => {
    const { tokens } = await openCampaign(accounts.as.faculty, setup.pathway.slug, ['Morgan'])
    const statuses: number[] = []
    for (let i = 0; i <= REVIEW_LIMITS.unknownPerAddress; i++) statuses.push((await accounts.as.anonymous.get(`/review/guess-${i}`)).status)
    expect(statuses.slice(0, REVIEW_LIMITS.unknownPerAddress).every((s) => s === 404)).toBe(true)
    const refused = await accounts.as.anonymous.get('/review/one-more-guess')
    expect(refused.status).toBe(429)
    expect(refused.body.error.message).toMatch(/Too many requests/)

    const small = { ...REVIEW_LIMITS, perToken: 3 }
    for (let i = 0; i < 3; i++) await limitReviewRequest(test.db, tokens[0]!, 'elsewhere', small)
    await expect(limitReviewRequest(test.db, tokens[0]!, 'elsewhere', small)).rejects.toMatchObject({ status: 429 })
    await expect(limitReviewRequest(test.db, tokens[0]!, 'elsewhere')).resolves.toBeUndefined()
  })
})
