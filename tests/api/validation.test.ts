import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeValidationPathway, openCampaign } from './validation-support'

describe.each(testDialects)('employer validation campaigns on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let setup: Awaited<ReturnType<typeof makeValidationPathway>>
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    setup = await makeValidationPathway(test.db)
  })
  afterAll(() => test.destroy())

  it('returns the link once and stores only the hash of its token', async () => {
    const faculty = accounts.as.faculty
    const { id, tokens } = await openCampaign(faculty, setup.pathway.slug, ['Avery'])
    expect(tokens[0]).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const stored = await test.db.selectFrom('validation_invites').selectAll().where('campaignId', '=', id).execute()
    expect(stored).toHaveLength(1)
    expect(JSON.stringify(stored)).not.toContain(tokens[0])
    expect(stored[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/)
    const detail = await faculty.get(`/campaigns/${id}`)
    expect(detail.status).toBe(200)
    expect(JSON.stringify(detail.body)).not.toContain(tokens[0])
    expect(detail.body.invites[0]).not.toHaveProperty('tokenHash')
    const trail = await accounts.as.admin.get(`/audit?table=validation_invites&rowId=${stored[0]!.id}`)
    expect(trail.body.items[0]).toMatchObject({ action: 'create', userId: accounts.users.faculty.id })
    expect(JSON.stringify(trail.body)).not.toContain(tokens[0])
  })

  it('lets an employer rate item by item, come back, suggest, submit, and change answers until close', async () => {
    const { id, tokens } = await openCampaign(accounts.as.faculty, setup.pathway.slug, ['Blake'])
    const employer = accounts.as.anonymous
    const form = await employer.get(`/review/${tokens[0]}`)
    expect(form.status).toBe(200)
    expect(form.body.groups.map((g: { code: string; items: unknown[] }) => [g.code, g.items.length])).toEqual([
      [setup.areas.safety.code, 3],
      [setup.areas.quality.code, 2],
    ])
    const saved = await employer.put(`/review/${tokens[0]}/ratings/${setup.items.saf1.id}`, { rating: 'essential', frequency: 'daily', comment: '=HYPERLINK("x")' })
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ rating: 'essential', frequency: 'daily', rated: 1 })
    await employer.put(`/review/${tokens[0]}/ratings/${setup.items.saf2.id}`, { rating: 'important' })
    const changed = await employer.put(`/review/${tokens[0]}/ratings/${setup.items.saf1.id}`, { rating: 'not_needed' })
    expect(changed.body.rated).toBe(2)
    const back = await employer.get(`/review/${tokens[0]}`)
    expect(back.body.ratings.map((r: { competencyId: number; rating: string }) => [r.competencyId, r.rating])).toEqual([
      [setup.items.saf1.id, 'not_needed'],
      [setup.items.saf2.id, 'important'],
    ])
    const outside = await employer.put(`/review/${tokens[0]}/ratings/${setup.areas.safety.id}`, { rating: 'essential' })
    expect(outside.status).toBe(422)
    const suggestion = await employer.post(`/review/${tokens[0]}/suggestions`, { areaId: setup.areas.quality.id, statement: 'Use a CMM' })
    expect(suggestion.status).toBe(201)
    const first = await employer.post(`/review/${tokens[0]}/submit`)
    expect(first.status).toBe(200)
    expect((await employer.put(`/review/${tokens[0]}/ratings/${setup.items.saf1.id}`, { rating: 'essential' })).status).toBe(200)
    const again = await employer.post(`/review/${tokens[0]}/submit`)
    expect(again.status).toBe(200)

    const results = await accounts.as.faculty.get(`/campaigns/${id}/results`)
    const saf1 = results.body.groups[0].items[0]
    expect(saf1.distribution).toEqual({ essential: 1, important: 0, not_needed: 0, dont_know: 0 })
    expect(results.body.campaign.response).toMatchObject({ invited: 1, submitted: 1, rate: 1 })
    expect(results.body.suggestions).toMatchObject([{ statement: 'Use a CMM', status: 'pending', company: 'Blake Ltd' }])

    expect((await accounts.as.faculty.post(`/campaigns/${id}/close`)).status).toBe(200)
    const late = await employer.put(`/review/${tokens[0]}/ratings/${setup.items.saf1.id}`, { rating: 'not_needed' })
    expect(late.status).toBe(410)
    // Closed early: the day it actually closed, in words, not the planned 2099-12-31.
    const closedOn = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date())
    expect(late.body.error.message).toBe(`This validation closed on ${closedOn}, so ratings can no longer be given or changed. Thank you for your help.`)
    expect((await employer.post(`/review/${tokens[0]}/submit`)).status).toBe(410)
    const read = await employer.get(`/review/${tokens[0]}`)
    expect(read.status).toBe(200)
    expect(read.body.closed).toBe(late.body.error.message)
    expect(read.body.ratings).toHaveLength(2)
  })

  it('refuses revoked and unknown links with clear messages', async () => {
    const { id, tokens, inviteIds } = await openCampaign(accounts.as.faculty, setup.pathway.slug, ['Casey'])
    const revoked = await accounts.as.faculty.post(`/campaigns/${id}/invites/${inviteIds[0]}/revoke`)
    expect(revoked.status).toBe(200)
    expect(revoked.body.revokedAt).not.toBeNull()
    const answer = await accounts.as.anonymous.get(`/review/${tokens[0]}`)
    expect(answer.status).toBe(410)
    expect(answer.body.error.message).toMatch(/withdrawn/)
    const unknown = await accounts.as.anonymous.get(`/review/${'x'.repeat(43)}`)
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.message).toMatch(/not valid/)
  })

  it('records the consensus on close, in one go, and the analysis reads it', async () => {
    const { id, tokens } = await openCampaign(accounts.as.faculty, setup.pathway.slug, ['Drew', 'Emery', 'Finley', 'Gray'], {
      areaIds: [setup.areas.safety.id],
    })
    await accounts.as.faculty.patch(`/campaigns/${id}`, { minRespondents: 3 })
    const ratings: [number, string[]][] = [
      [setup.items.saf1.id, ['essential', 'important', 'not_needed', 'dont_know']], // 2 of 3 respondents: essential
      [setup.items.saf2.id, ['not_needed', 'not_needed', 'essential', 'important']], // 2 of 4: no consensus
      [setup.items.saf3.id, ['not_needed', 'not_needed', 'not_needed', 'important']], // 3 of 4: not needed
    ]
    for (const [competencyId, byEmployer] of ratings) {
      for (const [i, rating] of byEmployer.entries()) expect((await accounts.as.anonymous.put(`/review/${tokens[i]}/ratings/${competencyId}`, { rating })).body).toMatchObject({ rating })
    }
    for (const token of tokens) expect((await accounts.as.anonymous.post(`/review/${token}/submit`)).body).toHaveProperty("submittedAt")
    const quality = await accounts.as.anonymous.put(`/review/${tokens[0]}/ratings/${setup.items.qm1.id}`, { rating: 'essential' })
    expect(quality.status).toBe(422)

    const results = await accounts.as.faculty.get(`/campaigns/${id}/results`)
    expect(results.body.thresholds).toEqual({ essential: 2 / 3, notNeeded: 1 / 2 })
    expect(results.body.groups[0].items.map((c: { consensus: unknown }) => c.consensus)).toEqual([
      { result: 'essential', respondents: 3, agreeing: 2, agreement: 2 / 3, minRespondents: 3 },
      { result: 'no_consensus', respondents: 4, agreeing: 2, agreement: 0.5, minRespondents: 3 },
      { result: 'not_needed', respondents: 4, agreeing: 3, agreement: 0.75, minRespondents: 3 },
    ])
    const closed = await accounts.as.faculty.post(`/campaigns/${id}/close`)
    expect(closed.body).toMatchObject({ status: 'closed', recorded: { competencies: 3, essential: 1, notNeeded: 1, noConsensus: 1 } })
    const recorded = await test.db.selectFrom('competency_validations').select(['competencyId', 'result', 'respondents', 'agreeing']).where('campaignId', '=', id).orderBy('competencyId').execute()
    expect(recorded).toEqual([
      { competencyId: setup.items.saf1.id, result: 'essential', respondents: 3, agreeing: 2 },
      { competencyId: setup.items.saf2.id, result: 'no_consensus', respondents: 4, agreeing: 2 },
      { competencyId: setup.items.saf3.id, result: 'not_needed', respondents: 4, agreeing: 3 },
    ])
    expect((await accounts.as.faculty.post(`/campaigns/${id}/close`)).status).toBe(409)

    const findings = await accounts.as.faculty.get(`/pathways/${setup.pathway.slug}/findings`)
    expect(findings.status).toBe(200)
    const uncovered = findings.body.findings.filter((f: { kind: string }) => f.kind === 'uncovered')
    const critical = uncovered.filter((f: { severity: string }) => f.severity === 'critical')
    expect(critical.map((f: { refs: { competencyIds: number[] } }) => f.refs.competencyIds)).toEqual([[setup.items.saf1.id]])
    expect(critical[0].message).toMatch(/, which 2 of the 3 employers who responded rated essential\.$/)
  })

  it('accepts a suggestion as reviewed: a draft item with its provenance, raising no finding; or declines it', async () => {
    const { id, tokens } = await openCampaign(accounts.as.faculty, setup.pathway.slug, ['Harper', 'Indy'])
    const one = await accounts.as.anonymous.post(`/review/${tokens[0]}/suggestions`, { areaId: setup.areas.safety.id, statement: 'Use a fire extinguisher' })
    await accounts.as.anonymous.post(`/review/${tokens[1]}/suggestions`, { areaId: setup.areas.safety.id, statement: 'use a fire  extinguisher.' })
    const two = await accounts.as.anonymous.post(`/review/${tokens[0]}/suggestions`, { areaId: setup.areas.safety.id, statement: 'Juggle' })
    const form = { frameworkId: setup.framework.id, parentId: setup.areas.safety.id, code: `${setup.areas.safety.code}-FX`, statement: 'Use a fire extinguisher safely', kind: 'skill' }
    const missing = await accounts.as.faculty.post(`/campaigns/${id}/suggestions/${one.body.id}/accept`, {})
    expect(missing.status).toBe(422)
    const accepted = await accounts.as.faculty.post(`/campaigns/${id}/suggestions/${one.body.id}/accept`, form)
    expect(accepted.status).toBe(200)
    expect(accepted.body.competency).toMatchObject({ code: form.code, status: 'draft', provenance: 'Suggested by 2 employers in campaign "Employer review 2026"' })
    const created = await test.db.selectFrom('competencies').selectAll().where('id', '=', accepted.body.competency.id).executeTakeFirstOrThrow()
    expect(created).toMatchObject({ parentId: setup.areas.safety.id, frameworkId: setup.framework.id, statement: form.statement, kind: 'skill', status: 'draft' })
    const results = await accounts.as.faculty.get(`/campaigns/${id}/results`)
    expect(results.body.suggestions.filter((s: { status: string }) => s.status === 'accepted')).toMatchObject([
      { competencyCode: form.code, competencyStatus: 'draft' },
      { competencyCode: form.code, competencyStatus: 'draft' },
    ])
    const findings = await accounts.as.faculty.get(`/pathways/${setup.pathway.slug}/findings`)
    expect(JSON.stringify(findings.body.findings)).not.toContain(form.code)
    const declined = await accounts.as.faculty.post(`/campaigns/${id}/suggestions/${two.body.id}/decline`)
    expect(declined.body.status).toBe('declined')
    expect((await accounts.as.faculty.post(`/campaigns/${id}/suggestions/${two.body.id}/accept`, form)).status).toBe(409)
    const employerForm = await accounts.as.anonymous.get(`/review/${tokens[0]}`)
    expect(employerForm.body.groups[0].items.map((c: { id: number }) => c.id)).not.toContain(accepted.body.competency.id)
  })

  it("lets only the pathway's own organisation run its campaigns", async () => {
    const viewer = await accounts.as.viewer.get(`/pathways/${setup.pathway.slug}/campaigns`)
    expect(viewer.status).toBe(403)
    const list = await accounts.as.faculty.get(`/pathways/${setup.pathway.slug}/campaigns`)
    expect(list.status).toBe(200)
    expect(list.body.items.length).toBeGreaterThan(0)
    const bad = await accounts.as.faculty.post(`/pathways/${setup.pathway.slug}/campaigns`, { title: 'x', closesOn: '31/12/2099' })
    expect(bad.status).toBe(422)
  })
})
