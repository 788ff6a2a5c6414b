// Change impact on the demo pathway: "Used by" for modules, competencies and credentials (another
// organisation's drafts and campaigns never revealed), and the findings a proposed removal would raise and
// clear, worked out on the proposed state without writing anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../server/services/seed/index'
import { createTestAccounts, signInOutsider, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie, type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'

type Dependent = { kind: string; id: number; code: string | null; title: string; note: string | null; href: string }
type Finding = { kind: string; fingerprint: string; refs: { competencyIds?: number[]; moduleIds?: number[]; credentialIds?: number[] } }
type Impact = { dependents: Dependent[]; pathways: { pathway: { slug: string }; raised: Finding[]; cleared: Finding[] }[] }

const SLUG = 'advanced-manufacturing'

describe.each(testDialects)('change impact on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let lead: ApiClient
  let outsider: ApiClient
  let qm4: number
  let masters: number
  let draftId: number
  let credential: { id: number; title: string }

  const competencyId = async (code: string) => {
    const found = await lead.get(`/competencies?q=${encodeURIComponent(code)}`)
    return (found.body.items as { id: number; code: string }[]).find((c) => c.code === code)!.id
  }
  // Every alignment of a module (its own and its outcomes'), as the module editor would send them.
  const alignmentsOf = async (moduleId: number) => {
    const module = (await lead.get(`/modules/${moduleId}`)).body as { alignments: Alignment[]; outcomes: { alignments: Alignment[] }[] }
    return [...module.alignments, ...module.outcomes.flatMap((o) => o.alignments)]
  }
  type Alignment = { competencyId: number; depth: 'I' | 'R' | 'M' }

  beforeAll(async () => {
    test = await createTestDb(dialect)
    await seedDemo(test.db)
    accounts = await createTestAccounts(test.db)
    lead = apiClient(test.db, { cookie: await signInCookie(test.db, 'faculty@lakeshore.example', 'lakeshore-demo-2026') })
    outsider = await signInOutsider(test.db, accounts, { name: 'Hillview Faculty' })
    qm4 = await competencyId('AM-QM-4')
    const aligned = (await lead.get(`/competencies/${qm4}/used-by`)).body.dependents as Dependent[]
    const mastering = aligned.filter((d) => d.kind === 'module' && d.note?.includes('Mastered'))
    expect(mastering).toHaveLength(1)
    masters = mastering[0]!.id
    credential = ((await lead.get(`/modules/${masters}`)).body.credentials as { id: number; title: string }[])[0]!
    // Another organisation's draft that needs the mastering module first, aligns to AM-QM-4 and leads to its credential.
    const draft = await outsider.post('/modules', {
      code: 'HIDDEN-1', title: 'Hidden draft', level: 'postsecondary', kind: 'occupational',
      prerequisiteIds: [masters], alignments: [{ competencyId: qm4, depth: 'M' }], credentialIds: [credential.id],
    })
    expect(draft.status).toBe(201)
    draftId = draft.body.id
    const campaign = await lead.post(`/pathways/${SLUG}/campaigns`, { title: 'Spring check', closesOn: '2099-06-30' })
    expect(campaign.status).toBe(201)
  })
  afterAll(() => test.destroy())

  it("lists what depends on a module: its pathway and stage, modules that need it, credentials, and the pathway's open campaigns for those who run it", async () => {
    const answer = await lead.get(`/modules/${masters}/used-by`)
    expect(answer.status).toBe(200)
    expect(answer.body.subject).toMatchObject({ kind: 'module', id: masters })
    const kinds = (answer.body.dependents as Dependent[]).map((d) => d.kind)
    expect(kinds).toContain('pathway')
    expect(kinds).toContain('credential')
    const pathway = (answer.body.dependents as Dependent[]).find((d) => d.kind === 'pathway')!
    expect(pathway).toMatchObject({ href: `/pathways/${SLUG}`, note: expect.stringMatching(/^stage \d$/) })
    expect((answer.body.dependents as Dependent[]).filter((d) => d.kind === 'campaign').map((d) => d.title)).toEqual(['Spring check'])
  })

  it("never reveals another organisation's draft or a campaign to those who do not run the pathway", async () => {
    for (const client of [accounts.as.anonymous, lead]) {
      const views = [
        (await client.get(`/modules/${masters}/used-by`)).body,
        (await client.get(`/competencies/${qm4}/used-by`)).body,
        (await client.get(`/credentials/${credential.id}/used-by`)).body,
      ]
      expect(JSON.stringify(views)).not.toContain('HIDDEN-1')
      expect(views.flatMap((v) => v.dependents as Dependent[]).some((d) => d.id === draftId && d.href.includes(`/modules/${draftId}`))).toBe(false)
    }
    // Its own people see it, with how it depends.
    const mine = (await outsider.get(`/modules/${masters}/used-by`)).body.dependents as Dependent[]
    expect(mine).toContainEqual(expect.objectContaining({ kind: 'prerequisite', id: draftId, code: 'HIDDEN-1' }))
    expect(mine.some((d) => d.kind === 'campaign')).toBe(false)
    const aligned = (await outsider.get(`/competencies/${qm4}/used-by`)).body.dependents as Dependent[]
    expect(aligned).toContainEqual(expect.objectContaining({ kind: 'module', id: draftId, note: 'Mastered' }))
    expect((await accounts.as.anonymous.get(`/modules/${masters}/used-by`)).body.dependents.some((d: Dependent) => d.kind === 'campaign')).toBe(false)
    // The draft itself is as absent as a missing row.
    expect((await accounts.as.anonymous.get(`/modules/${draftId}/used-by`)).status).toBe(404)
    expect((await lead.post('/impact', { kind: 'remove_module', moduleId: draftId })).status).toBe(404)
  })

  it('lists what depends on a competency and a credential', async () => {
    const competency = (await lead.get(`/competencies/${qm4}/used-by`)).body
    expect(competency.subject).toMatchObject({ kind: 'competency', code: 'AM-QM-4' })
    const kinds = new Set((competency.dependents as Dependent[]).map((d) => d.kind))
    expect([...kinds]).toEqual(expect.arrayContaining(['pathway', 'module', 'link', 'campaign']))
    const cert = (await lead.get(`/credentials/${credential.id}/used-by`)).body
    expect(cert.dependents).toContainEqual(expect.objectContaining({ kind: 'module', id: masters }))
    expect(cert.dependents).toContainEqual(expect.objectContaining({ kind: 'pathway', href: `/pathways/${SLUG}` }))
  })

  it('removing the alignment that masters AM-QM-4 would raise never_mastered for it, and writes nothing', async () => {
    const before = await alignmentsOf(masters)
    const proposed = before.filter((a) => !(a.competencyId === qm4 && a.depth === 'M')).map(({ competencyId, depth }) => ({ competencyId, depth }))
    expect(proposed.length).toBe(before.length - 1)
    const answer = await lead.post('/impact', { kind: 'module_alignments', moduleId: masters, alignments: proposed })
    expect(answer.status).toBe(200)
    const impact = answer.body as Impact
    expect(impact.pathways.map((p) => p.pathway.slug)).toEqual([SLUG])
    const { raised, cleared } = impact.pathways[0]!
    expect(raised.filter((f) => f.kind === 'never_mastered').map((f) => f.refs.competencyIds)).toEqual([[qm4]])
    expect(raised.every((f) => typeof f.fingerprint === 'string')).toBe(true)
    expect(cleared.map((f) => f.kind)).not.toContain('never_mastered')
    expect(impact.dependents.some((d) => d.kind === 'pathway')).toBe(true)
    // Nothing was saved, and the findings are what they were.
    expect(await alignmentsOf(masters)).toEqual(before)
    const findings = (await lead.get(`/pathways/${SLUG}/findings`)).body.findings as Finding[]
    expect(findings.some((f) => f.kind === 'never_mastered' && f.refs.competencyIds?.includes(qm4))).toBe(false)
    // The same alignments as today change nothing.
    const same = (await lead.post('/impact', { kind: 'module_alignments', moduleId: masters, alignments: before.map(({ competencyId, depth }) => ({ competencyId, depth })) })).body as Impact
    expect(same.pathways[0]).toMatchObject({ raised: [], cleared: [] })
  })

  it('removing a credential, a module or a competency answers what depends on it and what it would raise', async () => {
    const cert = (await lead.post('/impact', { kind: 'remove_credential', credentialId: credential.id })).body as Impact
    expect(cert.dependents).toContainEqual(expect.objectContaining({ kind: 'module', id: masters }))
    expect(cert.pathways.map((p) => p.pathway.slug)).toEqual([SLUG])
    const module = (await lead.post('/impact', { kind: 'remove_module', moduleId: masters })).body as Impact
    expect(module.pathways[0]!.raised.map((f) => f.kind)).toContain('never_mastered')
    expect(module.pathways[0]!.cleared.every((f) => f.refs.moduleIds?.includes(masters) ?? true)).toBe(true)
    const competency = (await lead.post('/impact', { kind: 'remove_competency', competencyId: qm4 })).body as Impact
    expect(competency.pathways.map((p) => p.pathway.slug)).toEqual([SLUG])
    expect(competency.pathways[0]!.raised.some((f) => f.refs.competencyIds?.includes(qm4))).toBe(false)
  })

  it('refuses a role that may not make the change (403), an unknown row (404) and a competency id naming no row (422)', async () => {
    expect((await accounts.as.viewer.post('/impact', { kind: 'remove_module', moduleId: masters })).status).toBe(403)
    expect((await accounts.as.abe_instructor.post('/impact', { kind: 'remove_module', moduleId: masters })).status).toBe(403)
    expect((await accounts.as.abe_instructor.post('/impact', { kind: 'remove_competency', competencyId: qm4 })).status).toBe(403)
    expect((await accounts.as.anonymous.post('/impact', { kind: 'remove_module', moduleId: masters })).status).toBe(401)
    expect((await lead.post('/impact', { kind: 'remove_credential', credentialId: 987654 })).status).toBe(404)
    const unknown = await lead.post('/impact', { kind: 'module_alignments', moduleId: masters, alignments: [{ competencyId: 987654, depth: 'M' }] })
    expect(unknown.status).toBe(422)
    expect(unknown.body.error.message).toContain('987654')
    expect((await lead.post('/impact', { kind: 'remove_everything' })).status).toBe(422)
  })
})
