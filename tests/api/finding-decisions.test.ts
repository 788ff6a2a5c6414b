// Decisions on findings: accepted as intended (with a reason) or assigned (to a person, with a due date), kept by
// fingerprint, audited, left out of the counts when accepted, and reopened when the facts behind a finding change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts, signInOutsider, type TestAccounts } from '../support/accounts'
import { type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeFramework, makeModule, makePathway } from '../support/factories'

type Finding = {
  kind: string
  fingerprint: string
  factsHash: string
  status: string
  decision: null | { id: number; decision: string; reason: string | null; standing: boolean; assigneeName: string | null; decidedByName: string | null }
}

describe.each(testDialects)('decisions on findings on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let outsider: ApiClient
  let faculty: ApiClient
  const slug = 'decided-ladder'
  const path = `/pathways/${slug}/findings/decisions`
  let first: { id: number }
  let competencies: { id: number }[]

  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    faculty = accounts.as.faculty
    const made = await makeFramework(test.db, { codes: ['GD-1', 'GD-2'] })
    competencies = made.competencies
    // GD-1 introduced in M1 and reinforced in M2: never mastered. GD-2 is taught nowhere: uncovered. Drafts of the
    // college, so its people see (and analyse) them.
    first = await makeModule(test.db, { code: 'M1', alignments: [{ competencyId: competencies[0]!.id, depth: 'I' }] })
    const second = await makeModule(test.db, { code: 'M2', alignments: [{ competencyId: competencies[0]!.id, depth: 'R' }] })
    await makePathway(test.db, {
      slug,
      frameworkIds: [made.framework.id],
      modules: [{ moduleId: first.id, stage: 1 }, { moduleId: second.id, stage: 2 }],
    })
    outsider = await signInOutsider(test.db, accounts, { email: 'out@hillview.test', name: 'Hillview Faculty' })
  })
  afterAll(() => test.destroy())

  const findings = async (query = '') => (await faculty.get(`/pathways/${slug}/findings${query}`)).body
  const one = async (kind: string, query = '?status=open,assigned,accepted'): Promise<Finding> =>
    (await findings(query)).findings.find((f: Finding) => f.kind === kind)
  const decisionRows = async () => Number((await test.db.selectFrom('finding_decisions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)

  it('refuses reasons that are empty or too long, and fingerprints of no finding, writing nothing', async () => {
    const { fingerprint } = await one('never_mastered')
    const before = await decisionRows()
    for (const reason of ['', '   ', 'x'.repeat(1001)]) {
      const answer = await faculty.post(path, { fingerprint, decision: 'accepted', reason })
      expect(answer.status, reason.slice(0, 5)).toBe(422)
      expect(JSON.stringify(answer.body)).toContain('reason')
    }
    expect((await faculty.post(path, { fingerprint, decision: 'accepted' })).status).toBe(422)
    expect((await faculty.post(path, { fingerprint, decision: 'assigned', assigneeId: accounts.users.viewer.id })).status).toBe(422)
    expect((await faculty.post(path, { fingerprint, decision: 'assigned', assigneeId: accounts.users.viewer.id, dueOn: '2027-02-30' })).status).toBe(422)
    expect((await faculty.post(path, { fingerprint, decision: 'assigned', assigneeId: 987654, dueOn: '2027-02-01' })).status).toBe(422)
    expect((await faculty.post(path, { fingerprint: 'f'.repeat(28), decision: 'accepted', reason: 'Why not' })).status).toBe(404)
    expect(await decisionRows()).toBe(before)
  })

  it('lets only people who may edit the pathway decide', async () => {
    const { fingerprint } = await one('uncovered')
    const body = { fingerprint, decision: 'accepted', reason: 'Taught by employers on the job' }
    expect((await outsider.post(path, body)).status).toBe(403)
    expect((await accounts.as.viewer.post(path, body)).status).toBe(403)
    expect((await accounts.as.anonymous.post(path, body)).status).toBe(401)
    expect((await faculty.post(`/pathways/no-such-ladder/findings/decisions`, body)).status).toBe(404)
  })

  it('accepts a finding with a reason, leaves it out of the counts, lists it separately, and audits it', async () => {
    const before = await findings()
    const finding = await one('uncovered')
    const reason = 'Taught by employers on the job; state licensure covers it'
    const answer = await faculty.post(path, { fingerprint: finding.fingerprint, decision: 'accepted', reason })
    expect(answer.status).toBe(201)
    expect(answer.body).toMatchObject({ decision: 'accepted', reason, fingerprint: finding.fingerprint, decidedByName: 'Test faculty', endedAt: null })

    const after = await findings()
    expect(after.findings.map((f: Finding) => f.kind)).not.toContain('uncovered')
    expect(after.totals.byKind.uncovered).toBe(before.totals.byKind.uncovered - 1)
    expect(after.byStatus).toEqual({ open: before.byStatus.open - 1, assigned: 0, accepted: 1 })
    const accepted = await findings('?status=accepted')
    expect(accepted.findings).toHaveLength(1)
    expect(accepted.findings[0]).toMatchObject({ kind: 'uncovered', status: 'accepted', decision: { reason, standing: true, decidedByName: 'Test faculty' } })
    // Findings (and so decisions) are for members; anonymous readers see neither.
    expect((await accounts.as.anonymous.get(`/pathways/${slug}/findings?status=accepted`)).status).toBe(401)

    const trail = await accounts.as.admin.get(`/audit?table=finding_decisions&rowId=${answer.body.id}`)
    expect(trail.body.items[0]).toMatchObject({ action: 'create', userId: accounts.users.faculty.id })
    expect(trail.body.items[0].summary).toMatch(/^Accepted as intended: /)
  })

  it('assigns a finding to a person with a due date, still counted, and filterable by assignee', async () => {
    const finding = await one('never_mastered')
    const assigneeId = accounts.users.abe_instructor.id
    const answer = await faculty.post(path, { fingerprint: finding.fingerprint, decision: 'assigned', assigneeId, dueOn: '2027-01-15' })
    expect(answer.status).toBe(201)
    expect(answer.body).toMatchObject({ decision: 'assigned', assigneeId, assigneeName: 'Test abe_instructor', dueOn: '2027-01-15' })
    const mine = await findings(`?assignee=${assigneeId}`)
    expect(mine.findings.map((f: Finding) => f.kind)).toEqual(['never_mastered'])
    expect(mine.findings[0]).toMatchObject({ status: 'assigned', decision: { assigneeName: 'Test abe_instructor', standing: true } })
    expect((await findings()).totals.byKind.never_mastered).toBe(1)
    expect((await findings('?status=open')).findings.map((f: Finding) => f.kind)).not.toContain('never_mastered')
  })

  it('reopens a decision when the facts behind the finding change, keeping it in the history', async () => {
    const before = await one('never_mastered')
    const reason = 'Mastered on the job in the apprenticeship'
    const accepted = await faculty.post(path, { fingerprint: before.fingerprint, decision: 'accepted', reason })
    expect(accepted.status).toBe(201)
    expect((await one('never_mastered')).status).toBe('accepted')

    // Introduced → reinforced in M1: still never mastered, but on other facts.
    const version = (await faculty.get(`/modules/${first.id}`)).body.version
    const edit = await faculty.patch(`/modules/${first.id}`, { version, alignments: [{ competencyId: competencies[0]!.id, depth: 'R' }] })
    expect(edit.status).toBe(200)
    const after = await one('never_mastered')
    expect(after.fingerprint).toBe(before.fingerprint)
    expect(after.factsHash).not.toBe(before.factsHash)
    expect(after).toMatchObject({ status: 'open', decision: { id: accepted.body.id, reason, standing: false } })
    expect((await findings()).findings.map((f: Finding) => f.kind)).toContain('never_mastered')

    // The history: the assignment replaced by the acceptance, which stands no more.
    const history = (await faculty.get(`${path}?fingerprint=${before.fingerprint}`)).body.items
    expect(history.map((d: { decision: string; endReason: string | null }) => [d.decision, d.endReason])).toEqual([['assigned', 'replaced'], ['accepted', null]])
    expect(history[1].factsHash).not.toBe(after.factsHash)
    expect((await accounts.as.anonymous.get(path)).status).toBe(401)
  })

  it('withdraws a current decision once (then 409), and the finding is open again', async () => {
    const accepted = await one('uncovered')
    expect(accepted.status).toBe('accepted')
    expect((await outsider.delete(`${path}/${accepted.decision!.id}`)).status).toBe(403)
    expect((await faculty.delete(`${path}/${accepted.decision!.id}`)).status).toBe(204)
    const again = await faculty.delete(`${path}/${accepted.decision!.id}`)
    expect(again.status).toBe(409)
    expect(again.body.error.message).toContain('withdrawn')
    expect((await faculty.delete(`${path}/987654`)).status).toBe(404)
    expect(await one('uncovered')).toMatchObject({ status: 'open', decision: null })
  })

  it('refuses to assign a finding to a person who cannot see all of its rows, naming the field but not the rows', async () => {
    // M1 and M2 are the college's drafts: Hillview's faculty member cannot see them, so cannot act on the finding.
    const finding = await one('never_mastered')
    const before = await decisionRows()
    const hillview = (await test.db.selectFrom('users').select('id').where('email', '=', 'out@hillview.test').executeTakeFirstOrThrow()).id
    const answer = await faculty.post(path, { fingerprint: finding.fingerprint, decision: 'assigned', assigneeId: hillview, dueOn: '2027-03-01' })
    expect(answer.status).toBe(422)
    expect(answer.body.error.details).toMatchObject({ field: 'assigneeId' })
    expect(answer.body.error.message).toContain('cannot see every row')
    expect(JSON.stringify(answer.body)).not.toMatch(/M1|M2|\/modules\//)
    expect(await decisionRows()).toBe(before)
    // A finding about no module (an uncovered competency of a framework everyone reads) may go to them.
    const uncovered = await one('uncovered')
    const assigned = await faculty.post(path, { fingerprint: uncovered.fingerprint, decision: 'assigned', assigneeId: hillview, dueOn: '2027-03-01' })
    expect(assigned.status).toBe(201)
    expect((await faculty.delete(`${path}/${assigned.body.id}`)).status).toBe(204)
  })
})
