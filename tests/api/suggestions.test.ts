// Suggested alignments: ranked items of the pathway's frameworks for an outcome, a module and a bridge; aligned and
// dismissed items left out (dismissals kept across edits); accepting through the module's alignment write; who may
// read and dismiss; frameworks outside the pathway refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CompetencyInput, FrameworkInput } from '../../shared/schemas/framework'
import { docFromText } from '../../shared/schemas/rich-text'
import type { Db } from '../../server/db/connect'
import { createCompetency } from '../../server/services/competencies/write'
import { createFramework } from '../../server/services/frameworks/write'
import { createUser } from '../../server/services/users'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie, type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeModule, makePathway, TEST_COLLEGE } from '../support/factories'
import { ensureOrganisation } from '../../server/services/users'

async function framework(db: Db, title: string, kind: 'occupational' | 'basic_skills', items: [string, string][]) {
  const owner = (await ensureOrganisation(db, TEST_COLLEGE)).id
  const made = await createFramework(db, null, FrameworkInput.parse({ title, kind }), { owner })
  const ids: Record<string, number> = {}
  for (const [code, statement] of items) {
    ids[code] = (await createCompetency(db, null, CompetencyInput.parse({ frameworkId: made.id, code, statement, kind: 'competency', ...(kind === 'basic_skills' ? { level: 'C' } : {}) }))).id
  }
  return { id: made.id, ids }
}

describe.each(testDialects)('suggested alignments on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let outsider: ApiClient
  let trade: Awaited<ReturnType<typeof framework>>
  let basics: Awaited<ReturnType<typeof framework>>
  let elsewhere: Awaited<ReturnType<typeof framework>>
  let module: Awaited<ReturnType<typeof makeModule>>
  let outcomeId: number
  let otherOutcomeId: number

  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    await createUser(test.db, null, { email: 'faculty@hillview.test', name: 'Hillview Faculty', password: TEST_PASSWORD, role: 'faculty', organisationId: accounts.organisations.other })
    outsider = apiClient(test.db, { cookie: await signInCookie(test.db, 'faculty@hillview.test', TEST_PASSWORD) })
    trade = await framework(test.db, 'Machining', 'occupational', [
      ['QM-1', 'Convert between fractional inches, decimal inches and millimetres as they appear on drawings and gauges.'],
      ['QM-3', 'Measure outside, inside and depth features with a dial or digital caliper to 0.001 in.'],
      ['QM-4', 'Read an outside micrometer to 0.001 in after checking its zero against a standard.'],
      ['QM-7', 'Decide whether a measured feature is within tolerance, given a nominal size and its tolerance.'],
      ['BP-1', 'Find and use the title block, revision block and general notes on an engineering drawing.'],
      ['SAF-1', 'Recognise hazards on the shop floor and report unsafe conditions and near misses.'],
    ])
    basics = await framework(test.db, 'Basic skills', 'basic_skills', [
      ['M.5.NBT.7', 'Add, subtract, multiply and divide decimals to hundredths and explain the method used.'],
      ['M.5.NF.1', 'Add and subtract fractions and mixed numbers with unlike denominators.'],
      ['M.5.MD.1', 'Convert between units of different size within one measurement system.'],
      ['R.7', 'Combine information given in words with information shown in diagrams, charts and tables.'],
      ['W.2', 'Write short informative texts that introduce a topic and explain it.'],
    ])
    elsewhere = await framework(test.db, 'Culinary', 'occupational', [['CUL-1', 'Measure ingredients by weight and volume with kitchen scales and cups.']])
    module = await makeModule(test.db, {
      status: 'approved',
      description: docFromText('Reading a drawing, measuring parts with calipers and micrometers, and deciding whether each is within tolerance.'),
      outcomes: [
        { content: docFromText('Measure machined parts with a dial caliper and an outside micrometer, and decide whether each feature is within tolerance.'), alignments: [{ competencyId: trade.ids['QM-3']!, depth: 'M', assessed: true }] },
        { content: docFromText('Measure a part and convert its size between decimal inches and millimetres.'), alignments: [] },
      ],
    })
    outcomeId = module.outcomes[0]!.id
    otherOutcomeId = module.outcomes[1]!.id
    await makePathway(test.db, { frameworkIds: [trade.id, basics.id], modules: [{ moduleId: module.id, stage: 1 }] })
  })
  afterAll(() => test.destroy())

  const codesOf = (items: { code: string }[]) => items.map((i) => i.code)

  it("ranks the pathway's items for an outcome, best first, with why each matched, leaving out what it aligns to", async () => {
    const answer = await accounts.as.viewer.get(`/outcomes/${outcomeId}/suggestions?limit=5`)
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    const codes = codesOf(answer.body.items)
    expect(codes.slice(0, 2).sort()).toEqual(['QM-4', 'QM-7'])
    expect(codes).not.toContain('QM-3')
    expect(codes).not.toContain('CUL-1')
    expect(answer.body.frameworks.map((f: { id: number }) => f.id).sort()).toEqual([trade.id, basics.id].sort())
    const first = answer.body.items[0]
    expect(first).toMatchObject({ frameworkId: trade.id, frameworkTitle: 'Machining', statement: expect.any(String) })
    expect(first.score).toBeGreaterThan(0)
    expect(first.score).toBeLessThanOrEqual(1)
    expect(first.matched.length).toBeGreaterThan(0)
  })

  it('keeps a dismissed item out for that outcome (after edits too), and only there', async () => {
    const dismissed = await accounts.as.faculty.post(`/outcomes/${outcomeId}/suggestions/dismiss`, { competencyId: trade.ids['QM-7'] })
    expect(dismissed.status, JSON.stringify(dismissed.body)).toBe(200)
    expect(dismissed.body).toMatchObject({ outcomeId, competencyId: trade.ids['QM-7'], added: true })
    expect((await accounts.as.faculty.post(`/outcomes/${outcomeId}/suggestions/dismiss`, { competencyId: trade.ids['QM-7'] })).body.added).toBe(false)
    expect(codesOf((await accounts.as.faculty.get(`/outcomes/${outcomeId}/suggestions`)).body.items)).not.toContain('QM-7')

    const current = (await accounts.as.faculty.get(`/modules/${module.id}`)).body
    const edited = await accounts.as.faculty.patch(`/modules/${module.id}`, {
      version: current.version,
      outcomes: current.outcomes.map((o: { id: number; alignments: { competencyId: number; depth: string; assessed: boolean }[] }, i: number) => ({
        id: o.id,
        content: docFromText(i === 0 ? 'Measure parts with calipers and decide whether a measured feature is within tolerance.' : 'Measure a part and convert its size between decimal inches and millimetres.'),
        alignments: o.alignments.map(({ competencyId, depth, assessed }) => ({ competencyId, depth, assessed })),
      })),
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(codesOf((await accounts.as.faculty.get(`/outcomes/${outcomeId}/suggestions`)).body.items)).not.toContain('QM-7')
    expect(codesOf((await accounts.as.faculty.get(`/outcomes/${otherOutcomeId}/suggestions?limit=10`)).body.items)).toContain('QM-7')
  })

  it('is accepted through the alignment write at the depth chosen, and then no longer suggested', async () => {
    const suggested = (await accounts.as.faculty.get(`/outcomes/${otherOutcomeId}/suggestions`)).body.items
    expect(codesOf(suggested)[0]).toBe('QM-1')
    const current = (await accounts.as.faculty.get(`/modules/${module.id}`)).body
    const accepted = await accounts.as.faculty.patch(`/modules/${module.id}`, {
      version: current.version,
      outcomes: current.outcomes.map((o: { id: number; content: unknown; alignments: { competencyId: number; depth: string; assessed: boolean }[] }) => ({
        id: o.id,
        content: o.content,
        alignments: [
          ...o.alignments.map(({ competencyId, depth, assessed }) => ({ competencyId, depth, assessed })),
          ...(o.id === otherOutcomeId ? [{ competencyId: suggested[0].competencyId, depth: 'R', assessed: false }] : []),
        ],
      })),
    })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    const outcome = accepted.body.outcomes.find((o: { id: number }) => o.id === otherOutcomeId)
    expect(outcome.alignments).toEqual([expect.objectContaining({ competencyCode: 'QM-1', depth: 'R' })])
    expect(codesOf((await accounts.as.faculty.get(`/outcomes/${otherOutcomeId}/suggestions`)).body.items)).not.toContain('QM-1')
  })

  it("suggests for a module from its description, and refuses a framework outside the module's pathways", async () => {
    const answer = await accounts.as.anonymous.get(`/modules/${module.id}/suggestions?frameworkId=${trade.id}`)
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    expect(answer.body.items.length).toBeGreaterThan(0)
    expect(answer.body.items.every((i: { frameworkId: number }) => i.frameworkId === trade.id)).toBe(true)
    expect(codesOf(answer.body.items)).not.toContain('QM-3')
    const outside = await accounts.as.faculty.get(`/modules/${module.id}/suggestions?frameworkId=${elsewhere.id}`)
    expect(outside.status).toBe(422)
    expect(outside.body.error.details.field).toBe('frameworkId')
    expect((await accounts.as.faculty.get(`/outcomes/${outcomeId}/suggestions?frameworkId=${trade.id}&frameworkId=${elsewhere.id}`)).status).toBe(422)
    expect((await accounts.as.faculty.get(`/modules/${module.id}/suggestions?frameworkId=987654`)).status).toBe(404)
  })

  it('draws on every framework of its kind for a module no pathway places', async () => {
    const loose = await makeModule(test.db, { status: 'approved', description: docFromText('Weigh and measure ingredients with kitchen scales.') })
    const answer = await accounts.as.faculty.get(`/modules/${loose.id}/suggestions`)
    expect(codesOf(answer.body.items)[0]).toBe('CUL-1')
    expect(answer.body.frameworks.every((f: { kind: string }) => f.kind === 'occupational')).toBe(true)
  })

  it('sees an edited item at once (the index follows the framework version)', async () => {
    const before = (await accounts.as.faculty.get(`/outcomes/${outcomeId}/suggestions`)).body.items
    expect(codesOf(before)).not.toContain('W.2')
    const edited = await accounts.as.faculty.patch(`/competencies/${basics.ids['W.2']}`, { statement: 'Write down a measured feature of a part and whether it is within tolerance.' })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(codesOf((await accounts.as.faculty.get(`/outcomes/${outcomeId}/suggestions`)).body.items)).toContain('W.2')
  })

  it('suggests basic skills for a bridge from the occupational items its targets align to', async () => {
    const target = await makeModule(test.db, {
      status: 'approved',
      alignments: [
        { competencyId: trade.ids['QM-1']!, depth: 'M', assessed: true },
        { competencyId: trade.ids['BP-1']!, depth: 'M', assessed: true },
      ],
    })
    const bridge = await makeModule(test.db, { kind: 'bridge', level: 'adult', status: 'approved', targetIds: [target.id] })
    const answer = await accounts.as.viewer.get(`/bridges/${bridge.id}/suggestions`)
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    expect(answer.body.frameworks.map((f: { id: number }) => f.id)).toEqual([basics.id])
    const codes = codesOf(answer.body.items)
    expect(codes).toEqual(expect.arrayContaining(['M.5.NBT.7', 'M.5.NF.1', 'R.7']))
    const decimals = answer.body.items.find((i: { code: string }) => i.code === 'M.5.NBT.7')
    expect(decimals.from).toEqual([{ id: trade.ids['QM-1'], code: 'QM-1' }])
    expect(answer.body.sources.map((s: { code: string }) => s.code).sort()).toEqual(['BP-1', 'QM-1'])

    const abe = accounts.as.abe_instructor
    expect((await abe.post(`/modules/${bridge.id}/suggestions/dismiss`, { competencyId: basics.ids['R.7'] })).status).toBe(200)
    expect(codesOf((await abe.get(`/bridges/${bridge.id}/suggestions`)).body.items)).not.toContain('R.7')
    expect((await accounts.as.faculty.get(`/bridges/${module.id}/suggestions`)).status).toBe(422)
  })

  it('lets only people who may edit the module dismiss, and hides drafts of other organisations as missing', async () => {
    const competencyId = trade.ids['SAF-1']
    expect((await accounts.as.viewer.post(`/outcomes/${outcomeId}/suggestions/dismiss`, { competencyId })).status).toBe(403)
    expect((await accounts.as.anonymous.post(`/outcomes/${outcomeId}/suggestions/dismiss`, { competencyId })).status).toBe(401)
    expect((await outsider.post(`/outcomes/${outcomeId}/suggestions/dismiss`, { competencyId })).status).toBe(403)
    expect((await outsider.post(`/modules/${module.id}/suggestions/dismiss`, { competencyId })).status).toBe(403)
    const missingCompetency = await accounts.as.faculty.post(`/outcomes/${outcomeId}/suggestions/dismiss`, { competencyId: 987654 })
    expect(missingCompetency.status).toBe(422)
    expect(missingCompetency.body.error.details.field).toBe('competencyId')

    const draft = await accounts.as.faculty.post('/modules', {
      code: 'DRAFT-SUG', title: 'A draft', level: 'postsecondary', kind: 'occupational',
      outcomes: [{ content: docFromText('Measure parts with a caliper.'), alignments: [] }],
    })
    const draftOutcome = draft.body.outcomes[0].id
    expect((await accounts.as.faculty.get(`/outcomes/${draftOutcome}/suggestions`)).status).toBe(200)
    for (const client of [outsider, accounts.as.anonymous]) {
      const hidden = await client.get(`/outcomes/${draftOutcome}/suggestions`)
      const missing = await client.get('/outcomes/987654/suggestions')
      expect(hidden.status).toBe(404)
      expect(hidden.body.error.message.replace(String(draftOutcome), '#')).toBe(missing.body.error.message.replace('987654', '#'))
    }
    const hiddenDismiss = await outsider.post(`/outcomes/${draftOutcome}/suggestions/dismiss`, { competencyId })
    expect(hiddenDismiss.status).toBe(404)
    expect((await outsider.get(`/modules/${draft.body.id}/suggestions`)).status).toBe(404)
  })
})
