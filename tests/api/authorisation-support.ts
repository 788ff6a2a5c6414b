// Shared ground for the authorisation matrices: two organisations with rows of every kind, a person of each, a
// snapshot of every table (to prove a refused request wrote nothing), and the comparison of two refusals.
import { expect } from 'vitest'
import { sql } from 'kysely'
import { ArticulationInput } from '../../shared/schemas/credential'
import type { Db } from '../../server/db/connect'
import { createArticulation } from '../../server/services/articulations'
import { createUser } from '../../server/services/users'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie, type Answer, type ApiClient } from '../support/api'
import { makeCredential, makeFramework, makeModule, makePathway } from '../support/factories'
import { approveModule } from '../support/workflow'

// An id that names no row.
export const MISSING = 987654

// Every table a request could write to (sessions and rate-limit counters aside, which reading also touches).
const TABLES = [
  'organisations', 'users', 'audit_log', 'frameworks', 'competencies', 'competency_links', 'modules', 'outcomes', 'alignments',
  'module_prerequisites', 'module_revisions', 'credentials', 'module_credentials', 'credential_stacks', 'articulations',
  'pathways', 'pathway_occupations', 'pathway_frameworks', 'pathway_modules', 'bridge_targets', 'skill_levels', 'entry_levels',
  'validation_campaigns', 'validation_campaign_areas', 'validation_invites', 'validation_ratings', 'validation_suggestions',
  'competency_validations', 'comment_threads', 'comments', 'comment_mentions', 'inbox_reads', 'supports', 'module_funding',
  'finding_decisions', 'placement_proposals', 'crosswalk_rejections', 'suggestion_dismissals',
] as const

// Every row of every table, as sorted text: equal snapshots mean nothing was written in between.
export async function snapshot(db: Db): Promise<string> {
  const parts: string[] = []
  for (const table of TABLES) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)
    parts.push(`${table}:${rows.map((r) => JSON.stringify(r)).sort().join('\n')}`)
  }
  return parts.join('\n\n')
}

// A refusal with the id it names replaced, so that refusals of two different ids can be compared.
export function refusalOf(answer: Answer, id: number) {
  return { status: answer.status, body: JSON.stringify(answer.body).replace(new RegExp(`\\b${id}\\b`, 'g'), '#') }
}

// Asserts a clear 4xx that leaves every table as it was.
export async function expectRefusedUnchanged(db: Db, label: string, request: () => Promise<Answer>): Promise<Answer> {
  const before = await snapshot(db)
  const answer = await request()
  expect(answer.status, `${label}: ${JSON.stringify(answer.body)}`).toBeGreaterThanOrEqual(400)
  expect(answer.status, label).toBeLessThan(500)
  expect(answer.body?.error?.message, label).toEqual(expect.any(String))
  expect(await snapshot(db), `${label} wrote something`).toBe(before)
  return answer
}

export type World = Awaited<ReturnType<typeof buildWorld>>

// The test college (every test account) and Hillview (an outsider faculty member and ABE instructor), each with
// public rows, Hillview with a draft the college may not see, and rows that no organisation owns.
export async function buildWorld(db: Db) {
  const accounts: TestAccounts = await createTestAccounts(db)
  const other = accounts.organisations.other
  const outsiderIds: number[] = []
  const person = async (email: string, role: 'faculty' | 'abe_instructor'): Promise<ApiClient> => {
    outsiderIds.push((await createUser(db, null, { email, name: `Hillview ${role}`, password: TEST_PASSWORD, role, organisationId: other })).id)
    return apiClient(db, { cookie: await signInCookie(db, email, TEST_PASSWORD) })
  }
  const outsider = await person('faculty@hillview.test', 'faculty')
  const outsiderAbe = await person('abe@hillview.test', 'abe_instructor')

  // The college's rows come from the factories (owned by the test college); Hillview's are made through the API by
  // its own people, so they belong to Hillview whatever the code under test does with owners.
  const ownFramework = await makeFramework(db)
  const theirFramework = await outsider.post('/frameworks', { title: 'Hillview standard', kind: 'occupational' })
  const theirCompetency = (code: string) => outsider.post('/competencies', { frameworkId: theirFramework.body.id, code, statement: `Statement of ${code}`, kind: 'competency' })
  const theirs = { framework: theirFramework.body, competencies: [(await theirCompetency('HV-1')).body, (await theirCompetency('HV-2')).body] }
  const basic = await outsider.post('/frameworks', { title: 'Hillview basics', kind: 'basic_skills' })
  const skill = await outsider.post('/competencies', { frameworkId: basic.body.id, code: 'HB-1', statement: 'Decimals', kind: 'competency', level: 'C' })
  const unownedFramework = await makeFramework(db, { owner: null })
  const [theirA, theirB] = theirs.competencies
  const theirLink = await outsider.post('/competency-links', { fromId: theirA.id, toId: theirB.id, relation: 'related' })

  const ownModule = await makeModule(db, { status: 'approved', alignments: [{ competencyId: ownFramework.competencies[0]!.id, depth: 'M' }] })
  const ownBridge = await makeModule(db, { kind: 'bridge', level: 'adult', status: 'approved' })
  const theirModule = (code: string, title = `Hillview ${code}`) => outsider.post('/modules', { code, title, level: 'adult', kind: 'occupational' })
  const otherModule = (await theirModule('HV-PUBLIC')).body
  await approveModule(outsider, accounts.as.admin, otherModule.id)
  const hiddenDraft = (await theirModule('HV-SECRET', 'Secret draft')).body
  const unownedModule = await makeModule(db, { status: 'approved' }, { owner: null })
  const unownedDraft = await makeModule(db, { status: 'draft' }, { owner: null })

  const ownCredential = await makeCredential(db)
  const otherCredential = (await outsider.post('/credentials', { title: 'Hillview badge', kind: 'badge' })).body
  const unownedCredential = await makeCredential(db, {}, { owner: null })

  const ownPathway = await makePathway(db, { frameworkIds: [ownFramework.framework.id] })
  const otherPathway = (await outsider.post('/pathways', { slug: 'hillview-ladder', title: 'Hillview ladder', sector: 'Manufacturing', frameworkIds: [theirs.framework.id] })).body
  const unownedPathway = await makePathway(db, {}, { owner: null })

  const articulate = async (by: ApiClient, fromModuleId: number, toModuleId: number) =>
    (await by.post('/articulations', { fromModuleId, toModuleId, kind: 'articulated_credit' })).body
  const ownArticulation = await articulate(accounts.as.faculty, ownModule.id, otherModule.id)
  const otherArticulation = await articulate(outsider, otherModule.id, ownModule.id)
  const hiddenArticulation = await articulate(outsider, hiddenDraft.id, otherModule.id)
  const unownedArticulation = await createArticulation(db, null, ArticulationInput.parse({ fromModuleId: unownedModule.id, toModuleId: ownModule.id, kind: 'articulated_credit' }), { owner: null })

  const campaign = await outsider.post(`/pathways/${otherPathway.slug}/campaigns`, { title: 'Hillview survey', closesOn: '2099-12-31' })
  await outsider.post(`/campaigns/${campaign.body.id}/invites`, { employerName: 'Pat Doe', company: 'Acme', email: 'pat@acme.test' })

  return {
    db, accounts, outsider, outsiderAbe,
    // The ids of Hillview's faculty member and ABE instructor.
    outsiderIds: { faculty: outsiderIds[0]!, abe: outsiderIds[1]! },
    frameworks: { own: ownFramework, other: theirs, unowned: unownedFramework, basic: basic.body },
    skill: skill.body,
    links: { other: theirLink.body },
    modules: { own: ownModule, bridge: ownBridge, other: otherModule, hidden: hiddenDraft, unowned: unownedModule, unownedDraft },
    credentials: { own: ownCredential, other: otherCredential, unowned: unownedCredential },
    pathways: { own: ownPathway, other: otherPathway, unowned: unownedPathway },
    articulations: { own: ownArticulation, other: otherArticulation, hidden: hiddenArticulation, unowned: unownedArticulation },
    campaign: campaign.body,
  }
}
