// The analysis API on a small pathway built for it: findings with their filters and counts, the crosswalk
// matrix, private drafts, and the worker thread that analyses big pathways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ArticulationInput } from '../../shared/schemas/credential'
import { CompetencyInput } from '../../shared/schemas/framework'
import { docFromText } from '../../shared/schemas/rich-text'
import { createArticulation } from '../../server/services/articulations'
import { analysePathwayBySlug } from '../../server/services/analysis/findings'
import { createCompetency } from '../../server/services/competencies/write'
import { createTestAccounts, signInOutsider, type TestAccounts } from '../support/accounts'
import { type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeCredential, makeFramework, makeModule, makePathway } from '../support/factories'

const MEASURE = 'Measure machined parts with a dial caliper and an outside micrometer to within one thousandth of an inch'

type Finding = { kind: string; severity: string; refs: { moduleIds?: number[]; competencyIds?: number[] } }

describe.each(testDialects)('the analysis API on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let outsider: ApiClient
  const id: Record<string, number> = {}
  const slug = 'small-ladder'

  beforeAll(async () => {
    test = await createTestDb(dialect)
    const db = test.db
    accounts = await createTestAccounts(db)
    // Framework F: area A with five items; framework B: one basic skill.
    const { framework } = await makeFramework(db, { title: 'F standard', codes: [] })
    const basic = await makeFramework(db, { title: 'B basics', codes: ['B-1'] })
    const item = (code: string, parentId: number | null, kind = 'competency') =>
      createCompetency(db, null, CompetencyInput.parse({ frameworkId: framework.id, parentId, code, statement: `Statement of ${code}`, kind }))
    id.area = (await item('A', null, 'area')).id
    for (const code of ['A-1', 'A-2', 'A-3', 'A-4', 'A-5']) id[code] = (await item(code, id.area)).id
    id.F = framework.id
    id.B = basic.framework.id
    const certificate = await makeCredential(db, { title: 'Machining Certificate' })
    // Approved, so everyone sees them (drafts are private to their organisation).
    const leads = { credentialIds: [certificate.id], status: 'approved' as const }
    const at = (competency: string, depth: 'I' | 'R' | 'M') => ({ competencyId: id[competency]!, depth })
    const outcome = (text: string, ...alignments: ReturnType<typeof at>[]) => ({ content: docFromText(text), alignments })

    id.bridge = (await makeModule(db, { code: 'BR-1', level: 'adult', kind: 'bridge', alignments: [{ competencyId: basic.competencies[0]!.id, depth: 'M' }], ...leads })).id
    id.P2 = (await makeModule(db, { code: 'P2', alignments: [at('A-3', 'M')], status: 'approved' })).id
    id.S1 = (await makeModule(db, {
      code: 'S1', level: 'secondary', outcomes: [outcome(MEASURE, at('A-2', 'M'))], alignments: [at('A-2', 'I'), at('A-4', 'I')], prerequisiteIds: [id.P2], ...leads,
    })).id
    id.S2 = (await makeModule(db, { code: 'S2', level: 'secondary', alignments: [at('A-3', 'M')], ...leads })).id
    id.P1 = (await makeModule(db, { code: 'P1', outcomes: [outcome(`${MEASURE}, and record it`, at('A-2', 'M'))], alignments: [at('A-4', 'R')], ...leads })).id
    await createArticulation(db, null, ArticulationInput.parse({ fromModuleId: id.S2, toModuleId: id.P2, kind: 'articulated_credit' }))
    // A draft of the college: only its own people (and admins) may see it, and so have it analysed.
    const draft = await accounts.as.faculty.post('/modules', { code: 'DRAFT-1', title: 'Draft', level: 'postsecondary', kind: 'occupational', alignments: [at('A-1', 'M')] })
    id.draft = draft.body.id
    await makePathway(db, {
      slug,
      frameworkIds: [id.F, id.B],
      modules: [
        { moduleId: id.bridge, stage: 1, position: 0, isEntry: true },
        { moduleId: id.S1, stage: 1, position: 1 },
        { moduleId: id.S2, stage: 1, position: 2 },
        { moduleId: id.P1, stage: 2, position: 0 },
        { moduleId: id.P2, stage: 2, position: 1 },
        { moduleId: id.draft, stage: 2, position: 2 },
      ],
    })
    outsider = await signInOutsider(db, accounts, { email: 'outsider@hillview.test', name: 'Outsider' })
  })
  afterAll(() => test.destroy())

  const kinds = (findings: Finding[]) => findings.map((f) => f.kind)
  const about = (findings: Finding[], kind: string) => findings.filter((f) => f.kind === kind)

  it('finds each kind of gap and repeat, with severities and the rows involved', async () => {
    const answer = await accounts.as.faculty.get(`/pathways/${slug}/findings`)
    expect(answer.status).toBe(200)
    const { pathway, findings, counts, totals, generatedAt } = answer.body
    expect(pathway).toEqual({ id: expect.any(Number), slug, title: `Pathway ${slug}` })
    expect(Date.parse(generatedAt)).not.toBeNaN()
    expect(kinds(findings)).toEqual(['out_of_order', 'uncovered', 'never_mastered', 'duplicated_across_levels', 'no_credential', 'no_credential', 'near_duplicate_outcomes'])
    expect(about(findings, 'out_of_order')[0]).toMatchObject({ severity: 'critical', refs: { moduleIds: [id.S1, id.P2] } })
    expect(about(findings, 'uncovered')[0]!.refs.competencyIds).toEqual([id['A-5']])
    expect(about(findings, 'never_mastered')[0]!.refs).toMatchObject({ competencyIds: [id['A-4']], moduleIds: [id.S1, id.P1] })
    // A-2 is mastered in S1 and P1 with no articulation; A-3 in S2 and P2, which an articulation joins.
    expect(about(findings, 'duplicated_across_levels')[0]).toMatchObject({ severity: 'warning', refs: { competencyIds: [id['A-2']], moduleIds: [id.S1, id.P1] } })
    expect(about(findings, 'near_duplicate_outcomes')[0]).toMatchObject({ severity: 'info', refs: { moduleIds: [id.S1, id.P1], levels: ['secondary', 'postsecondary'] } })
    expect(about(findings, 'no_credential').map((f) => f.refs.moduleIds)).toEqual([[id.draft], [id.P2]])
    expect(counts).toEqual(totals)
    expect(counts.byKind).toMatchObject({ uncovered: 1, no_credential: 2, bridge_gap: 0, no_adult_entry: 0 })
    expect(counts.bySeverity).toEqual({ critical: 1, warning: 5, info: 1 })
  })

  it('filters by kind, severity and level, counting what is shown and what was found', async () => {
    const byKind = await accounts.as.faculty.get(`/pathways/${slug}/findings?kind=duplicated_across_levels`)
    expect(kinds(byKind.body.findings)).toEqual(['duplicated_across_levels'])
    expect(byKind.body.counts.byKind.duplicated_across_levels).toBe(1)
    expect(byKind.body.counts.bySeverity).toEqual({ critical: 0, warning: 1, info: 0 })
    expect(byKind.body.totals.bySeverity).toEqual({ critical: 1, warning: 5, info: 1 })
    const twoKinds = await accounts.as.faculty.get(`/pathways/${slug}/findings?kind=uncovered,never_mastered`)
    expect(kinds(twoKinds.body.findings)).toEqual(['uncovered', 'never_mastered'])
    const repeated = await accounts.as.faculty.get(`/pathways/${slug}/findings?severity=critical&severity=info`)
    expect(kinds(repeated.body.findings)).toEqual(['out_of_order', 'near_duplicate_outcomes'])
    // Secondary: findings with a secondary module; the uncovered item and P2's missing credential involve none.
    const secondary = await accounts.as.faculty.get(`/pathways/${slug}/findings?level=secondary`)
    expect(kinds(secondary.body.findings)).toEqual(['out_of_order', 'never_mastered', 'duplicated_across_levels', 'near_duplicate_outcomes'])
    const adult = await accounts.as.faculty.get(`/pathways/${slug}/findings?level=adult&kind=uncovered`)
    expect(adult.body.findings).toEqual([])
  })

  it('refuses unknown filters (400) and unknown pathways (404)', async () => {
    const bad = await accounts.as.faculty.get(`/pathways/${slug}/findings?kind=gaps`)
    expect(bad.status).toBe(400)
    expect(bad.body.error.code).toBe('validation_failed')
    expect((await accounts.as.faculty.get('/pathways/no-such-pathway/findings')).status).toBe(404)
    expect((await accounts.as.faculty.get('/pathways/no-such-pathway/matrix')).status).toBe(404)
  })

  it('leaves drafts of another organisation out of an outsider\'s analysis', async () => {
    const ofOutsider = (await outsider.get(`/pathways/${slug}/findings`)).body.findings as Finding[]
    expect(ofOutsider.flatMap((f) => f.refs.moduleIds ?? [])).not.toContain(id.draft)
    // Without the draft, nothing teaches A-1.
    expect(about(ofOutsider, 'uncovered').map((f) => f.refs.competencyIds)).toEqual([[id['A-1']], [id['A-5']]])
    const matrix = (await outsider.get(`/pathways/${slug}/matrix`)).body
    expect(matrix.modules.map((m: { code: string }) => m.code)).not.toContain('DRAFT-1')
  })

  it('keeps the findings and the export that holds them from anonymous readers (401): they are internal', async () => {
    for (const path of [`/pathways/${slug}/findings`, `/pathways/${slug}/export?format=csv&what=findings`]) {
      const answer = await accounts.as.anonymous.get(path)
      expect(answer.status, path).toBe(401)
      expect(JSON.stringify(answer.body), path).not.toContain('uncovered')
    }
    expect((await accounts.as.viewer.get(`/pathways/${slug}/findings`)).status).toBe(200)
  })

  it('draws the crosswalk matrix: the hierarchy against the ladder, the deepest depth per cell, coverage', async () => {
    const answer = await accounts.as.faculty.get(`/pathways/${slug}/matrix`)
    expect(answer.status).toBe(200)
    const { modules, rows, levels, frameworks } = answer.body
    expect(frameworks.map((f: { title: string }) => f.title)).toEqual(['B basics', 'F standard'])
    expect(modules.map((m: { code: string; stage: number }) => `${m.code}@${m.stage}`)).toEqual(['BR-1@1', 'S1@1', 'S2@1', 'P1@2', 'P2@2', 'DRAFT-1@2'])
    expect(rows.map((r: { code: string; indent: number; leaf: boolean }) => [r.code, r.indent, r.leaf])).toEqual([
      ['B-1', 0, true], ['A', 0, false], ['A-1', 1, true], ['A-2', 1, true], ['A-3', 1, true], ['A-4', 1, true], ['A-5', 1, true],
    ])
    const row = (code: string) => rows.find((r: { code: string }) => r.code === code)
    // S1 aligns A-2 at I (the module) and at M (an outcome): the cell shows the deeper.
    expect(row('A-2').cells).toEqual({ [id.S1!]: 'M', [id.P1!]: 'M' })
    expect(row('A-4').cells).toEqual({ [id.S1!]: 'I', [id.P1!]: 'R' })
    expect(row('A-4').coverage).toEqual({ highest: 'R', modules: 2, leaves: 1, covered: 1, mastered: 0 })
    expect(row('A-5').coverage).toEqual({ highest: null, modules: 0, leaves: 1, covered: 0, mastered: 0 })
    expect(row('A').coverage).toEqual({ highest: 'M', modules: 5, leaves: 5, covered: 4, mastered: 3 })
    expect(levels).toEqual([
      { level: 'secondary', modules: 2, leaves: 6, covered: 3, mastered: 2 },
      { level: 'adult', modules: 1, leaves: 6, covered: 1, mastered: 1 },
      { level: 'postsecondary', modules: 3, leaves: 6, covered: 4, mastered: 3 },
    ])
  })

  it('filters the matrix by level and framework', async () => {
    const secondary = (await accounts.as.faculty.get(`/pathways/${slug}/matrix?level=secondary&frameworkId=${id.F}`)).body
    expect(secondary.modules.map((m: { code: string }) => m.code)).toEqual(['S1', 'S2'])
    expect(secondary.rows.map((r: { code: string }) => r.code)).toEqual(['A', 'A-1', 'A-2', 'A-3', 'A-4', 'A-5'])
    const a4 = secondary.rows.find((r: { code: string }) => r.code === 'A-4')
    expect(a4.coverage).toMatchObject({ highest: 'I', modules: 1 })
    expect(secondary.levels).toEqual([{ level: 'secondary', modules: 2, leaves: 5, covered: 3, mastered: 2 }])
    const elsewhere = await accounts.as.faculty.get(`/pathways/${slug}/matrix?frameworkId=987654`)
    expect(elsewhere.status).toBe(422)
  })

  // Starting a worker thread loads the analysis code anew, which a busy machine may take a while over.
  it('gives the same findings when a worker thread analyses the pathway', async () => {
    const viewer = { id: accounts.users.faculty.id, role: 'faculty' as const, organisationId: accounts.organisations.college }
    const inline = await analysePathwayBySlug(test.db, slug, viewer, {}, { inlineBelowRows: Infinity })
    const onWorker = await analysePathwayBySlug(test.db, slug, viewer, {}, { inlineBelowRows: 0 })
    expect(onWorker.findings).toEqual(inline.findings)
    expect(onWorker.totals).toEqual(inline.totals)
  }, 120_000)
})
