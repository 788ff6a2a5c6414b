// Shared ground for the authorisation matrices: two organisations with rows of every kind, a person of each, a
// snapshot of every table (to prove a refused request wrote nothing), and the comparison of two refusals.
import { expect } from 'vitest'
import { sql } from 'kysely'
import { ArticulationInput } from '../../shared/schemas/credential'
import { CompetencyLinkInput } from '../../shared/schemas/framework'
import type { Db } from '../../server/db/connect'
import { createArticulation } from '../../server/services/articulations'
import { createLink } from '../../server/services/competency-links'
import { createUser } from '../../server/services/users'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie, type Answer, type ApiClient } from '../support/api'
import { makeCredential, makeFramework, makeModule, makePathway } from '../support/factories'

// An id that names no row.
export const MISSING = 987654

// Every table a request could write to (sessions and rate-limit counters aside, which reading also touches).
const TABLES = [
  'organisations', 'users', 'audit_log', 'frameworks', 'competencies', 'competency_links', 'modules', 'outcomes', 'alignments',
  'module_prerequisites', 'module_revisions', 'credentials', 'module_credentials', 'credential_stacks', 'articulations',
  'pathways', 'pathway_occupations', 'pathway_frameworks', 'pathway_modules', 'bridge_targets', 'skill_levels', 'entry_levels',
  'validation_campaigns', 'validation_campaign_areas', 'validation_invites', 'validation_ratings', 'validation_suggestions',
  'competency_validations',
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
  const person = async (email: string, role: 'faculty' | 'abe_instructor'): Promise<ApiClient> => {
    await createUser(db, null, { email, name: `Hillview ${role}`, password: TEST_PASSWORD, role, organisationId: other })
    return apiClient(db, { cookie: await signInCookie(db, email, TEST_PASSWORD) })
  }
  const outsider = await person('faculty@hillview.test', 'faculty')
  const outsiderAbe = await person('abe@hillview.test', 'abe_instructor')

  const ownFramework = await makeFramework(db)
  const theirs = await makeFramework(db, { owner: other })
  const basic = await outsider.post('/frameworks', { title: 'Hillview basics', kind: 'basic_skills' })
  const skill = await outsider.post('/competencies', { frameworkId: basic.body.id, code: 'HB-1', statement: 'Decimals', kind: 'competency', level: 'C' })
  const unownedFramework = await makeFramework(db, { owner: null })
  const [theirA, theirB] = theirs.competencies
  const theirLink = await createLink(db, null, CompetencyLinkInput.parse({ fromId: theirA!.id, toId: theirB!.id, relation: 'related' }))

  const ownModule = await makeModule(db, { status: 'approved', alignments: [{ competencyId: ownFramework.competencies[0]!.id, depth: 'M' }] })
  const ownBridge = await makeModule(db, { kind: 'bridge', level: 'adult', status: 'approved' })
  const otherModule = await makeModule(db, { status: 'approved' }, { owner: other })
  const hiddenDraft = await makeModule(db, { status: 'draft', title: 'Secret draft' }, { owner: other })
  const unownedModule = await makeModule(db, { status: 'approved' }, { owner: null })
  const unownedDraft = await makeModule(db, { status: 'draft' }, { owner: null })

  const ownCredential = await makeCredential(db)
  const otherCredential = await makeCredential(db, {}, { owner: other })
  const unownedCredential = await makeCredential(db, {}, { owner: null })

  const ownPathway = await makePathway(db, { frameworkIds: [ownFramework.framework.id] })
  const otherPathway = await makePathway(db, { frameworkIds: [theirs.framework.id] }, { owner: other })
  const unownedPathway = await makePathway(db, {}, { owner: null })

  const articulation = (fromModuleId: number, toModuleId: number, owner: number | null) =>
    createArticulation(db, null, ArticulationInput.parse({ fromModuleId, toModuleId, kind: 'articulated_credit' }), { owner })
  const ownArticulation = await articulation(ownModule.id, otherModule.id, accounts.organisations.college)
  const otherArticulation = await articulation(otherModule.id, ownModule.id, other)
  const hiddenArticulation = await articulation(hiddenDraft.id, otherModule.id, other)
  const unownedArticulation = await articulation(unownedModule.id, ownModule.id, null)

  const campaign = await outsider.post(`/pathways/${otherPathway.slug}/campaigns`, { title: 'Hillview survey', closesOn: '2099-12-31' })
  await outsider.post(`/campaigns/${campaign.body.id}/invites`, { employerName: 'Pat Doe', company: 'Acme', email: 'pat@acme.test' })

  return {
    db, accounts, outsider, outsiderAbe,
    frameworks: { own: ownFramework, other: theirs, unowned: unownedFramework, basic: basic.body },
    skill: skill.body,
    links: { other: theirLink },
    modules: { own: ownModule, bridge: ownBridge, other: otherModule, hidden: hiddenDraft, unowned: unownedModule, unownedDraft },
    credentials: { own: ownCredential, other: otherCredential, unowned: unownedCredential },
    pathways: { own: ownPathway, other: otherPathway, unowned: unownedPathway },
    articulations: { own: ownArticulation, other: otherArticulation, hidden: hiddenArticulation, unowned: unownedArticulation },
    campaign: campaign.body,
  }
}
