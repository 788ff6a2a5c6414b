// Consensus with its evidence (a minimum number of respondents, agreement) and a campaign's dates in every state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeValidationPathway, openCampaign } from './validation-support'

const inWords = (date: Date) => new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date)

describe.each(testDialects)('consensus thresholds and campaign dates on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let setup: Awaited<ReturnType<typeof makeValidationPathway>>
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    setup = await makeValidationPathway(test.db)
  })
  afterAll(() => test.destroy())

  const rateAndSubmit = async (tokens: string[], competencyId: number, ratings: string[]) => {
    for (const [i, rating] of ratings.entries()) {
      expect((await accounts.as.anonymous.put(`/review/${tokens[i]}/ratings/${competencyId}`, { rating })).status).toBe(200)
      expect((await accounts.as.anonymous.post(`/review/${tokens[i]}/submit`)).status).toBe(200)
    }
  }

  it('shows "not enough responses" below the minimum (3 by default), records no consensus and raises no critical finding', async () => {
    const { id, tokens } = await openCampaign(accounts.as.faculty, setup.pathway.slug, ['Ash'], { areaIds: [setup.areas.quality.id] })
    expect((await accounts.as.faculty.get(`/campaigns/${id}`)).body.minRespondents).toBe(3)
    await rateAndSubmit(tokens, setup.items.qm1.id, ['important'])
    const results = await accounts.as.faculty.get(`/campaigns/${id}/results`)
    expect(results.body.groups[0].items[0].consensus).toEqual({ result: 'too_few', respondents: 1, agreeing: 1, agreement: 1, minRespondents: 3 })
    expect(results.body.groups[0].items[0].distribution).toEqual({ essential: 0, important: 1, not_needed: 0, dont_know: 0 })
    expect((await accounts.as.faculty.post(`/campaigns/${id}/close`)).body.recorded).toMatchObject({ essential: 0, noConsensus: 2 })
    const recorded = await test.db.selectFrom('competency_validations').select(['result', 'respondents']).where('campaignId', '=', id).where('competencyId', '=', setup.items.qm1.id).execute()
    expect(recorded).toEqual([{ result: 'no_consensus', respondents: 1 }])
    const findings = await accounts.as.faculty.get(`/pathways/${setup.pathway.slug}/findings`)
    const qm1 = findings.body.findings.find((f: { kind: string; refs: { competencyIds?: number[] } }) => f.kind === 'uncovered' && f.refs.competencyIds?.[0] === setup.items.qm1.id)
    expect(qm1).toMatchObject({ severity: 'warning' })
    expect(qm1.message).not.toMatch(/employers/)
  })

  it('takes a campaign\'s own minimum, and refuses one out of range naming the field', async () => {
    const { id, tokens } = await openCampaign(accounts.as.faculty, setup.pathway.slug, ['Bo', 'Cy'], { areaIds: [setup.areas.quality.id], minRespondents: 2 })
    await rateAndSubmit(tokens, setup.items.qm2.id, ['essential', 'not_needed'])
    const item = (await accounts.as.faculty.get(`/campaigns/${id}/results`)).body.groups[0].items[1]
    expect(item.consensus).toMatchObject({ result: 'no_consensus', respondents: 2, agreeing: 1, agreement: 0.5 })
    for (const bad of [0, 1.5, 101, '3']) {
      const refused = await accounts.as.faculty.post(`/pathways/${setup.pathway.slug}/campaigns`, { title: 'Bad', closesOn: '2099-12-31', minRespondents: bad })
      expect(refused.status).toBe(422)
      expect(JSON.stringify(refused.body)).toContain('minRespondents')
    }
    expect((await accounts.as.faculty.patch(`/campaigns/${id}`, { minRespondents: 1 })).body.minRespondents).toBe(1)
  })

  it('says the right dates when open, closed early, reopened and past its last day', async () => {
    const today = inWords(new Date())
    const { id, tokens } = await openCampaign(accounts.as.faculty, setup.pathway.slug, ['Dee'])
    const open = await accounts.as.faculty.get(`/campaigns/${id}`)
    expect(open.body).toMatchObject({ phase: 'open', dates: 'Open until December 31, 2099' })

    await rateAndSubmit(tokens, setup.items.saf1.id, ['essential'])
    expect((await accounts.as.faculty.post(`/campaigns/${id}/close`)).body).toMatchObject({
      phase: 'closed', dates: `Closed on ${today} (planned for December 31, 2099)`,
    })
    const list = await accounts.as.faculty.get(`/pathways/${setup.pathway.slug}/campaigns`)
    expect(list.body.items.find((c: { id: number }) => c.id === id)).toMatchObject({ phase: 'closed', dates: `Closed on ${today} (planned for December 31, 2099)` })
    const link = await accounts.as.anonymous.get(`/review/${tokens[0]}`)
    expect(link.status).toBe(200)
    expect(link.body.closed).toMatch(new RegExp(`^This validation closed on ${today},`))
    // The day itself, for pages that write it in the reader's format.
    expect(link.body.closedOn).toBe(new Date().toISOString().slice(0, 10))

    const past = await accounts.as.faculty.post(`/campaigns/${id}/reopen`, { closesOn: '2020-01-01' })
    expect(past.status).toBe(422)
    expect(past.body.error.details).toMatchObject({ field: 'closesOn' })
    const reopened = await accounts.as.faculty.post(`/campaigns/${id}/reopen`, { closesOn: '2099-06-30' })
    expect(reopened.status).toBe(200)
    expect(reopened.body).toMatchObject({ status: 'open', closedAt: null, phase: 'open', dates: `Reopened on ${today}, open until June 30, 2099` })
    expect(await test.db.selectFrom('competency_validations').select('id').where('campaignId', '=', id).execute()).toEqual([])
    expect((await accounts.as.anonymous.get(`/review/${tokens[0]}`)).body).toMatchObject({ closed: null, closedOn: null })
    expect((await accounts.as.anonymous.put(`/review/${tokens[0]}/ratings/${setup.items.saf2.id}`, { rating: 'important' })).status).toBe(200)
    expect((await accounts.as.faculty.post(`/campaigns/${id}/reopen`, { closesOn: '2099-06-30' })).status).toBe(409)

    const ended = await openCampaign(accounts.as.faculty, setup.pathway.slug, ['Eli'], { closesOn: '2020-01-01' })
    expect((await accounts.as.faculty.get(`/campaigns/${ended.id}`)).body).toMatchObject({
      phase: 'ended', dates: 'Stopped taking answers after January 1, 2020; not closed yet',
    })
    const late = await accounts.as.anonymous.get(`/review/${ended.tokens[0]}`)
    expect(late.body.closed).toMatch(/^This validation closed on January 1, 2020,/)
    expect(late.body.closedOn).toBe('2020-01-01')
    expect((await accounts.as.anonymous.put(`/review/${ended.tokens[0]}/ratings/${setup.items.saf1.id}`, { rating: 'essential' })).status).toBe(410)
  })
})
