// Deleting with its impact in view: the preview of removing a saved outcome (what it aligns to, the findings it
// would raise), the 409s that keep a delete from leaving dangling references, and what a delete takes with it
// explicitly (links and ratings by the schema, discussions by the service).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { docFromText } from '../../shared/schemas/rich-text'
import { seedDemo } from '../../server/services/seed/index'
import { createTestAccounts, signInOutsider, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie, type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'

type Dependent = { kind: string; id: number; code: string | null; title: string; note: string | null; href: string }
type Finding = { kind: string; refs: { competencyIds?: number[]; moduleIds?: number[] } }
type Impact = { subject: { kind: string; code: string | null; title: string }; dependents: Dependent[]; pathways: { pathway: { slug: string }; raised: Finding[]; cleared: Finding[] }[] }
type Outcome = { id: number; alignments: { competencyId: number; code: string; depth: string }[] }

const SLUG = 'advanced-manufacturing'

describe.each(testDialects)('deleting with its impact on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let lead: ApiClient
  let outsider: ApiClient

  const competencyId = async (code: string) => {
    const found = await lead.get(`/competencies?q=${encodeURIComponent(code)}`)
    return (found.body.items as { id: number; code: string }[]).find((c) => c.code === code)!.id
  }
  const threadsOn = (key: string) => test.db.selectFrom('comment_threads').select('id').where('targetKey', '=', key).execute()

  beforeAll(async () => {
    test = await createTestDb(dialect)
    await seedDemo(test.db)
    accounts = await createTestAccounts(test.db)
    lead = apiClient(test.db, { cookie: await signInCookie(test.db, 'faculty@lakeshore.example', 'lakeshore-demo-2026') })
    outsider = await signInOutsider(test.db, accounts, { name: 'Hillview Faculty' })
  })
  afterAll(() => test.destroy())

  it('previews removing a saved outcome: the competencies it aligns to (linked into their framework), its pathway, and what it would raise; nothing written', async () => {
    const qm4 = await competencyId('AM-QM-4')
    const used = (await lead.get(`/competencies/${qm4}/used-by`)).body.dependents as Dependent[]
    const moduleId = used.find((d) => d.kind === 'module' && d.note?.includes('Mastered'))!.id
    const before = (await lead.get(`/modules/${moduleId}`)).body as { code: string; outcomes: Outcome[] }
    const outcome = before.outcomes.find((o) => o.alignments.some((a) => a.competencyId === qm4 && a.depth === 'M'))!
    expect(outcome).toBeDefined()

    const answer = await lead.post('/impact', { kind: 'remove_outcome', outcomeId: outcome.id })
    expect(answer.status).toBe(200)
    const impact = answer.body as Impact
    expect(impact.subject).toMatchObject({ kind: 'outcome', code: before.code, title: expect.stringMatching(/^Outcome \d+: /) })
    const aligned = impact.dependents.filter((d) => d.kind === 'alignment')
    expect(aligned.map((d) => d.id).sort()).toEqual(outcome.alignments.map((a) => a.competencyId).sort())
    for (const d of aligned) expect(d.href).toMatch(new RegExp(`^/frameworks/\\d+\\?competency=${d.id}$`))
    expect(impact.dependents).toContainEqual(expect.objectContaining({ kind: 'pathway', href: `/pathways/${SLUG}` }))
    expect(impact.pathways.map((p) => p.pathway.slug)).toEqual([SLUG])
    expect(impact.pathways[0]!.raised.some((f) => f.kind === 'never_mastered' && f.refs.competencyIds?.includes(qm4))).toBe(true)
    expect(((await lead.get(`/modules/${moduleId}`)).body as { outcomes: Outcome[] }).outcomes).toEqual(before.outcomes)
  })

  it("refuses an outcome preview to roles that may not edit the module (403), and hides another organisation's draft (404)", async () => {
    const competency = await competencyId('AM-QM-4')
    const draft = await outsider.post('/modules', {
      code: 'HIDDEN-2', title: 'Hidden draft', level: 'postsecondary', kind: 'occupational',
      outcomes: [{ content: docFromText('Inspect a part against its drawing'), alignments: [{ competencyId: competency, depth: 'I' }] }],
    })
    expect(draft.status).toBe(201)
    const hidden = (draft.body as { outcomes: Outcome[] }).outcomes[0]!.id
    expect((await lead.post('/impact', { kind: 'remove_outcome', outcomeId: hidden })).status).toBe(404)
    expect((await lead.post('/impact', { kind: 'remove_outcome', outcomeId: 987654 })).status).toBe(404)
    expect((await outsider.post('/impact', { kind: 'remove_outcome', outcomeId: hidden })).status).toBe(200)
    expect((await accounts.as.viewer.post('/impact', { kind: 'remove_outcome', outcomeId: hidden })).status).toBe(403)
    expect((await accounts.as.anonymous.post('/impact', { kind: 'remove_outcome', outcomeId: hidden })).status).toBe(401)
    expect((await lead.post('/impact', { kind: 'remove_outcome', outcomeId: 'one' })).status).toBe(422)
  })

  it('refuses with 409 in_use, naming what holds it, a delete that would leave dangling references', async () => {
    const qm4 = await competencyId('AM-QM-4')
    const used = (await lead.get(`/competencies/${qm4}/used-by`)).body.dependents as Dependent[]
    const mastering = used.find((d) => d.kind === 'module' && d.note?.includes('Mastered'))!
    const module = (await lead.get(`/modules/${mastering.id}`)).body as { code: string; credentials: { id: number; title: string }[] }

    const competency = await lead.delete(`/competencies/${qm4}`)
    expect(competency.status).toBe(409)
    expect(competency.body.error).toMatchObject({ code: 'in_use', message: expect.stringContaining(`module ${module.code} "`) })
    const area = await lead.delete(`/competencies/${await competencyId('AM-QM')}`)
    expect(area.status).toBe(409)
    expect(area.body.error.message).toContain('its child item AM-QM-4')

    const credential = await lead.delete(`/credentials/${module.credentials[0]!.id}`)
    expect(credential.status).toBe(409)
    expect(credential.body.error).toMatchObject({ code: 'in_use', message: expect.stringContaining(`module ${module.code}`) })

    const placed = await lead.delete(`/modules/${mastering.id}`)
    expect(placed.status).toBe(409)
    expect(placed.body.error.message).toMatch(/pathway "[^"]+"/)
    // Nothing went.
    expect((await lead.get(`/competencies/${qm4}`)).status).toBe(200)
    expect((await lead.get(`/modules/${mastering.id}`)).status).toBe(200)
  })

  it('deletes a competency with its links inside its framework and the discussion of it, in one go', async () => {
    const framework = (await lead.post('/frameworks', { title: 'Impact delete standard', kind: 'occupational' })).body.id as number
    const make = async (code: string) => (await lead.post('/competencies', { frameworkId: framework, code, statement: `Statement of ${code}`, kind: 'competency' })).body.id as number
    const [gone, kept] = [await make('ID-1'), await make('ID-2')]
    expect((await lead.post('/competency-links', { fromId: kept, toId: gone, relation: 'related' })).status).toBe(201)
    expect((await lead.post('/comments', { kind: 'competency', id: gone, body: 'Is this one still taught?' })).status).toBe(201)
    const preview = (await lead.post('/impact', { kind: 'remove_competency', competencyId: gone })).body as Impact
    expect(preview.dependents).toContainEqual(expect.objectContaining({ kind: 'link', id: kept, href: `/frameworks/${framework}?competency=${kept}` }))

    expect((await lead.delete(`/competencies/${gone}`)).status).toBe(204)
    expect((await lead.get(`/competencies/${gone}`)).status).toBe(404)
    expect((await lead.get(`/competencies/${kept}`)).body.links ?? []).toEqual([])
    expect(await threadsOn(`competency:${gone}`)).toEqual([])
  })

  it('deletes a module off every pathway with its outcomes and their discussions; an unused credential goes too', async () => {
    const competency = await competencyId('AM-QM-4')
    const credential = (await lead.post('/credentials', { title: 'Impact delete badge', kind: 'badge' })).body.id as number
    const created = await lead.post('/modules', {
      code: 'IMPDEL 1', title: 'Deleted with its impact', level: 'postsecondary', kind: 'occupational', credentialIds: [credential],
      outcomes: [{ content: docFromText('Check a gauge block'), alignments: [{ competencyId: competency, depth: 'I' }] }],
    })
    expect(created.status).toBe(201)
    const { id, outcomes } = created.body as { id: number; outcomes: Outcome[] }
    expect((await lead.post('/comments', { kind: 'module', id, body: 'Ready to retire?' })).status).toBe(201)
    expect((await lead.post('/comments', { kind: 'outcome', id: outcomes[0]!.id, body: 'Too narrow' })).status).toBe(201)
    // Still led to by the module, the credential stays.
    expect((await lead.delete(`/credentials/${credential}`)).status).toBe(409)

    expect((await lead.delete(`/modules/${id}`)).status).toBe(204)
    expect((await lead.get(`/modules/${id}`)).status).toBe(404)
    expect(await threadsOn(`module:${id}`)).toEqual([])
    expect(await threadsOn(`outcome:${outcomes[0]!.id}`)).toEqual([])
    expect((await lead.delete(`/credentials/${credential}`)).status).toBe(204)
  })
})
