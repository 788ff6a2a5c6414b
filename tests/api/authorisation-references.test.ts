// The authorisation matrix of reference fields: every id a write (or the bridge plan) accepts, given a draft of
// another organisation that the writer may not see, a missing id, and another organisation's public row. A hidden
// draft must be refused exactly like a missing id (same status, same message but for the id), and nothing may be
// written; another organisation's public row may be referred to, but not changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Answer, ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { unique } from '../support/factories'
import { uploadForm } from './import-support'
import { buildWorld, expectRefusedUnchanged, MISSING, refusalOf, type World } from './authorisation-support'

type Send = (w: World, id: number) => Promise<Answer>
type Ref = {
  // What is written, and the field that carries the id.
  write: string
  send: Send
  // Whether a draft the writer may not see can be named here (only modules are ever drafts).
  hides: boolean
  // The public row of another organisation to name, and what that must answer: 'accepted' (2xx), a refusal
  // status, or any answer but the "does not exist" refusal (the reference passed; something else decides).
  other: (w: World) => number
  otherAnswer: 'accepted' | 'passes' | 403
}

const faculty = (w: World) => w.accounts.as.faculty
const moduleBody = (extra: object) => ({ code: unique('REF'), title: 'Refers', level: 'postsecondary', kind: 'occupational', ...extra })
const versionOf = async (client: ApiClient, path: string) => (await client.get(path)).body.version as number
const placement = (moduleId: number) => ({ moduleId, stage: 1 })
const acceptBody = (where: { frameworkId: number; parentId: number | null }) => ({ ...where, code: unique('SUG'), statement: 'Suggested', kind: 'competency' })

// An employer's pending suggestion on the college's pathway, made before the matrix runs (refusals leave it pending).
let suggestion: { accept: string }
async function makeSuggestion(w: World) {
  const areaId = w.frameworks.own.competencies[0]!.id
  const campaign = await faculty(w).post(`/pathways/${w.pathways.own.slug}/campaigns`, { title: 'Suggestions', closesOn: '2099-12-31', areaIds: [areaId] })
  const invite = await faculty(w).post(`/campaigns/${campaign.body.id}/invites`, { employerName: 'Sam Roe', company: 'Roe Ltd', email: 'sam@roe.test' })
  const made = await w.accounts.as.anonymous.post(`/review/${invite.body.token}/suggestions`, { areaId, statement: 'Read a torque chart' })
  if (made.status !== 201) throw new Error(`Suggestion not made: ${JSON.stringify(made.body)}`)
  return { accept: `/campaigns/${campaign.body.id}/suggestions/${made.body.id}/accept` }
}

const REFERENCES: Ref[] = [
  { write: 'POST /api/modules prerequisiteIds', hides: true, other: (w) => w.modules.other.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/modules', moduleBody({ prerequisiteIds: [id] })) },
  { write: 'PATCH /api/modules/:id prerequisiteIds', hides: true, other: (w) => w.modules.other.id, otherAnswer: 'accepted',
    send: async (w, id) => faculty(w).patch(`/modules/${w.modules.own.id}`, { version: await versionOf(faculty(w), `/modules/${w.modules.own.id}`), prerequisiteIds: [id] }) },
  { write: 'POST /api/modules targetIds', hides: true, other: (w) => w.modules.other.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/modules', moduleBody({ kind: 'bridge', level: 'adult', targetIds: [id] })) },
  { write: 'PATCH /api/modules/:id targetIds', hides: true, other: (w) => w.modules.other.id, otherAnswer: 'accepted',
    send: async (w, id) => faculty(w).patch(`/modules/${w.modules.bridge.id}`, { version: await versionOf(faculty(w), `/modules/${w.modules.bridge.id}`), targetIds: [id] }) },
  { write: 'POST /api/modules credentialIds', hides: false, other: (w) => w.credentials.other.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/modules', moduleBody({ credentialIds: [id] })) },
  { write: 'POST /api/modules alignments.competencyId', hides: false, other: (w) => w.frameworks.other.competencies[0]!.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/modules', moduleBody({ alignments: [{ competencyId: id, depth: 'I' }] })) },
  { write: 'POST /api/articulations fromModuleId', hides: true, other: (w) => w.modules.other.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/articulations', { fromModuleId: id, toModuleId: w.modules.own.id, kind: 'articulated_credit' }) },
  { write: 'POST /api/articulations toModuleId', hides: true, other: (w) => w.modules.other.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/articulations', { fromModuleId: w.modules.own.id, toModuleId: id, kind: 'articulated_credit' }) },
  { write: 'POST /api/articulations fromCredentialId', hides: false, other: (w) => w.credentials.other.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/articulations', { fromCredentialId: id, toModuleId: w.modules.own.id, kind: 'prior_learning' }) },
  { write: 'PATCH /api/articulations/:id fromModuleId', hides: true, other: (w) => w.modules.unowned.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).patch(`/articulations/${w.articulations.own.id}`, { fromModuleId: id }) },
  { write: 'PATCH /api/articulations/:id toModuleId', hides: true, other: (w) => w.modules.other.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).patch(`/articulations/${w.articulations.own.id}`, { toModuleId: id }) },
  { write: 'POST /api/pathways modules.moduleId', hides: true, other: (w) => w.modules.other.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/pathways', { slug: unique('ref-pathway'), title: 'Refers', sector: 'Manufacturing', modules: [placement(id)] }) },
  { write: 'PATCH /api/pathways/:id modules.moduleId', hides: true, other: (w) => w.modules.other.id, otherAnswer: 'accepted',
    send: async (w, id) => faculty(w).patch(`/pathways/${w.pathways.own.id}`, { version: await versionOf(faculty(w), `/pathways/${w.pathways.own.slug}`), modules: [placement(id)] }) },
  { write: 'POST /api/pathways frameworkIds', hides: false, other: (w) => w.frameworks.other.framework.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/pathways', { slug: unique('ref-pathway'), title: 'Refers', sector: 'Manufacturing', frameworkIds: [id] }) },
  { write: 'POST /api/bridges targetIds', hides: true, other: (w) => w.modules.other.id, otherAnswer: 'passes',
    send: (w, id) => w.accounts.as.abe_instructor.post('/bridges', { targetIds: [id], entryLevel: 'ABE 3', kind: 'bridge', code: unique('BR'), title: 'Bridge', skillIds: [w.skill.id] }) },
  { write: 'GET /api/bridges/plan targetId', hides: true, other: (w) => w.modules.other.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).get(`/bridges/plan?targetId=${id}&entryLevel=ABE%203`) },
  { write: 'POST /api/credentials stacksIntoIds', hides: false, other: (w) => w.credentials.other.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/credentials', { title: unique('Stacks'), kind: 'certificate', stacksIntoIds: [id] }) },
  { write: 'POST /api/competencies frameworkId', hides: false, other: (w) => w.frameworks.other.framework.id, otherAnswer: 403,
    send: (w, id) => faculty(w).post('/competencies', { frameworkId: id, code: unique('RC'), statement: 'Refers', kind: 'competency' }) },
  { write: 'POST /api/competencies parentId', hides: false, other: (w) => w.frameworks.other.competencies[0]!.id, otherAnswer: 'passes',
    send: (w, id) => faculty(w).post('/competencies', { frameworkId: w.frameworks.own.framework.id, parentId: id, code: unique('RC'), statement: 'Refers', kind: 'competency' }) },
  { write: 'PATCH /api/competencies/:id parentId', hides: false, other: (w) => w.frameworks.other.competencies[0]!.id, otherAnswer: 'passes',
    send: (w, id) => faculty(w).patch(`/competencies/${w.frameworks.own.competencies[1]!.id}`, { parentId: id }) },
  { write: 'POST /api/competencies/:id/move parentId', hides: false, other: (w) => w.frameworks.other.competencies[0]!.id, otherAnswer: 'passes',
    send: (w, id) => faculty(w).post(`/competencies/${w.frameworks.own.competencies[1]!.id}/move`, { parentId: id, index: 0 }) },
  { write: 'POST /api/competency-links fromId (to their competency)', hides: false, other: (w) => w.frameworks.other.competencies[0]!.id, otherAnswer: 403,
    send: (w, id) => faculty(w).post('/competency-links', { fromId: id, toId: w.frameworks.other.competencies[1]!.id, relation: 'related' }) },
  { write: 'POST /api/competency-links toId (from our competency)', hides: false, other: (w) => w.frameworks.other.competencies[1]!.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/competency-links', { fromId: w.frameworks.own.competencies[0]!.id, toId: id, relation: 'related' }) },
  // A crosswalk joins two frameworks (either may be another organisation's) and pairs items of each.
  { write: 'POST /api/crosswalks/decisions from', hides: false, other: (w) => w.frameworks.other.framework.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/crosswalks/decisions', { from: id, to: w.frameworks.own.framework.id, reject: [{ fromId: w.frameworks.other.competencies[0]!.id, toId: w.frameworks.own.competencies[0]!.id }] }) },
  { write: 'POST /api/crosswalks/decisions to', hides: false, other: (w) => w.frameworks.other.framework.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/crosswalks/decisions', { from: w.frameworks.own.framework.id, to: id, reject: [{ fromId: w.frameworks.own.competencies[0]!.id, toId: w.frameworks.other.competencies[0]!.id }] }) },
  { write: 'POST /api/crosswalks/decisions accept.fromId', hides: false, other: (w) => w.frameworks.other.competencies[1]!.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/crosswalks/decisions', { from: w.frameworks.other.framework.id, to: w.frameworks.own.framework.id, accept: [{ fromId: id, toId: w.frameworks.own.competencies[1]!.id, relation: 'related' }] }) },
  { write: 'POST /api/crosswalks/decisions reject.toId', hides: false, other: (w) => w.frameworks.other.competencies[1]!.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/crosswalks/decisions', { from: w.frameworks.own.framework.id, to: w.frameworks.other.framework.id, reject: [{ fromId: w.frameworks.own.competencies[1]!.id, toId: id }] }) },
  { write: 'POST /api/competency-links/requirements competencyIds', hides: false, other: (w) => w.frameworks.other.competencies[0]!.id, otherAnswer: 403,
    send: (w, id) => faculty(w).post('/competency-links/requirements', { action: 'add', skillId: w.skill.id, minLevel: 'C', competencyIds: [id] }) },
  { write: 'POST /api/competency-links/requirements skillId', hides: false, other: (w) => w.skill.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/competency-links/requirements', { action: 'add', skillId: id, minLevel: 'C', competencyIds: [w.frameworks.own.competencies[0]!.id] }) },
  { write: 'POST /api/imports/commit frameworkId', hides: false, other: (w) => w.frameworks.other.framework.id, otherAnswer: 403,
    send: (w, id) => faculty(w).post('/imports/commit', uploadForm('code,statement\nIMP-1,Imported\n', 'items.csv', { format: 'sheet', frameworkId: id })) },
  // Merging names a second framework or item, which the writer must be allowed to change as well.
  { write: 'POST /api/frameworks/:id/merge sourceId', hides: false, other: (w) => w.frameworks.other.framework.id, otherAnswer: 403,
    send: (w, id) => faculty(w).post(`/frameworks/${w.frameworks.own.framework.id}/merge`, { sourceId: id }) },
  { write: 'POST /api/frameworks/:id/merge/preview sourceId', hides: false, other: (w) => w.frameworks.other.framework.id, otherAnswer: 403,
    send: (w, id) => faculty(w).post(`/frameworks/${w.frameworks.own.framework.id}/merge/preview`, { sourceId: id }) },
  { write: 'POST /api/competencies/:id/merge sourceId', hides: false, other: (w) => w.frameworks.other.competencies[0]!.id, otherAnswer: 403,
    send: (w, id) => faculty(w).post(`/competencies/${w.frameworks.own.competencies[0]!.id}/merge`, { sourceId: id }) },
  // Comments: the target's id (a hidden draft answers as a missing module), and the people a comment mentions.
  { write: 'POST /api/comments id (module)', hides: true, other: (w) => w.modules.other.id, otherAnswer: 'accepted',
    send: (w, id) => w.accounts.as.viewer.post('/comments', { kind: 'module', id, body: 'Refers' }) },
  { write: 'POST /api/comments id (competency)', hides: false, other: (w) => w.frameworks.other.competencies[0]!.id, otherAnswer: 'accepted',
    send: (w, id) => w.accounts.as.viewer.post('/comments', { kind: 'competency', id, body: 'Refers' }) },
  { write: 'POST /api/comments id (pathway)', hides: false, other: (w) => w.pathways.other.id, otherAnswer: 'accepted',
    send: (w, id) => w.accounts.as.viewer.post('/comments', { kind: 'pathway', id, body: 'Refers' }) },
  { write: 'POST /api/comments id (finding)', hides: false, other: (w) => w.pathways.other.id, otherAnswer: 'accepted',
    send: (w, id) => w.accounts.as.viewer.post('/comments', { kind: 'finding', id, fingerprint: 'uncovered:1', body: 'Refers' }) },
  { write: 'POST /api/comments mentions', hides: false, other: (w) => w.outsiderIds.faculty, otherAnswer: 'accepted',
    send: (w, id) => w.accounts.as.viewer.post('/comments', { kind: 'module', id: w.modules.own.id, body: 'Refers to @Hillview faculty', mentions: [id] }) },
  // Local wages belong to the writer's own organisation; naming another one is refused like editing its rows.
  { write: 'POST /api/local-wages organisationId', hides: false, other: (w) => w.accounts.organisations.other, otherAnswer: 403,
    send: (w, id) => faculty(w).post('/local-wages', { organisationId: id, socCode: '51-4041', region: 'Here', source: 'Survey', year: 2025, hourlyMedian: 25 }) },
  { write: 'POST /api/imports/local-wages/commit organisationId', hides: false, other: (w) => w.accounts.organisations.other, otherAnswer: 403,
    send: (w, id) => faculty(w).post('/imports/local-wages/commit', uploadForm('SOC code,Region,Source,Year,Hourly median\n51-4041,Here,Survey,2025,25\n', 'wages.csv', { organisationId: id })) },
  // A support's provider is any organisation of the partnership: organisations are public, never drafts.
  { write: 'POST /api/modules supports.organisationId', hides: false, other: (w) => w.accounts.organisations.other, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/modules', moduleBody({ supports: [{ kind: 'tutoring', description: 'Tutoring', organisationId: id }] })) },
  { write: 'PATCH /api/modules/:id supports.organisationId', hides: false, other: (w) => w.accounts.organisations.other, otherAnswer: 'accepted',
    send: async (w, id) => faculty(w).patch(`/modules/${w.modules.own.id}`, { version: await versionOf(faculty(w), `/modules/${w.modules.own.id}`), supports: [{ kind: 'child_care', description: 'Child care', organisationId: id }] }) },
  { write: 'POST /api/pathways supports.organisationId', hides: false, other: (w) => w.accounts.organisations.other, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/pathways', { slug: unique('ref-pathway'), title: 'Refers', sector: 'Manufacturing', supports: [{ kind: 'transportation', description: 'Bus passes', organisationId: id }] }) },
  { write: 'PATCH /api/pathways/:id supports.organisationId', hides: false, other: (w) => w.accounts.organisations.other, otherAnswer: 'accepted',
    send: async (w, id) => faculty(w).patch(`/pathways/${w.pathways.own.id}`, { version: await versionOf(faculty(w), `/pathways/${w.pathways.own.slug}`), supports: [{ kind: 'job_placement', description: 'Job fairs', stage: 2, organisationId: id }] }) },
  // Change impact reads only, but names rows like a write: a hidden draft answers as a missing module.
  { write: 'POST /api/impact moduleId', hides: true, other: (w) => w.modules.other.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/impact', { kind: 'remove_module', moduleId: id }) },
  { write: 'POST /api/impact alignments.competencyId', hides: false, other: (w) => w.frameworks.other.competencies[0]!.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/impact', { kind: 'module_alignments', moduleId: w.modules.own.id, alignments: [{ competencyId: id, depth: 'M' }] }) },
  { write: 'POST /api/impact competencyId', hides: false, other: (w) => w.frameworks.other.competencies[0]!.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/impact', { kind: 'remove_competency', competencyId: id }) },
  { write: 'POST /api/impact credentialId', hides: false, other: (w) => w.credentials.other.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post('/impact', { kind: 'remove_credential', credentialId: id }) },
  // A finding may be assigned to any active person of the partnership, of whichever organisation.
  { write: 'POST /api/pathways/:slug/findings/decisions assigneeId', hides: false, other: (w) => w.outsiderIds.faculty, otherAnswer: 'accepted',
    send: async (w, id) => {
      const slug = w.pathways.own.slug
      const [finding] = (await faculty(w).get(`/pathways/${slug}/findings`)).body.findings
      return faculty(w).post(`/pathways/${slug}/findings/decisions`, { fingerprint: finding.fingerprint, decision: 'assigned', assigneeId: id, dueOn: '2099-01-31' })
    } },
  // Areas must be items of the pathway's own frameworks, whoever owns them.
  // An ABE instructor places a bridge on a pathway: a hidden draft is a missing module; another organisation's public
  // module passes the reference and is refused for what it is.
  { write: 'POST /api/pathways/:slug/placements moduleId', hides: true, other: (w) => w.modules.other.id, otherAnswer: 'passes',
    send: (w, id) => w.accounts.as.abe_instructor.post(`/pathways/${w.pathways.own.slug}/placements`, { moduleId: id, stage: 1 }) },
  // Accepting an employer's suggestion names the framework it goes into and its parent there.
  { write: 'POST /api/campaigns/:id/suggestions/:suggestionId/accept frameworkId', hides: false, other: (w) => w.frameworks.other.framework.id, otherAnswer: 403,
    send: (w, id) => faculty(w).post(suggestion.accept, acceptBody({ frameworkId: id, parentId: null })) },
  { write: 'POST /api/campaigns/:id/suggestions/:suggestionId/accept parentId', hides: false, other: (w) => w.frameworks.other.competencies[0]!.id, otherAnswer: 'passes',
    send: (w, id) => faculty(w).post(suggestion.accept, acceptBody({ frameworkId: w.frameworks.own.framework.id, parentId: id })) },
  { write: 'POST /api/pathways/:slug/campaigns areaIds', hides: false, other: (w) => w.frameworks.own.competencies[0]!.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post(`/pathways/${w.pathways.own.slug}/campaigns`, { title: 'Survey', closesOn: '2099-12-31', areaIds: [id] }) },
  // Suggested alignments: the module (or bridge) in the path is a reference like any other, a hidden draft answering as
  // a missing one; a framework named must be one the module's pathways use, the dismissed competency any that exists.
  { write: 'GET /api/modules/:id/suggestions id', hides: true, other: (w) => w.modules.other.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).get(`/modules/${id}/suggestions`) },
  { write: 'GET /api/modules/:id/suggestions frameworkId', hides: false, other: (w) => w.frameworks.other.framework.id, otherAnswer: 'passes',
    send: (w, id) => faculty(w).get(`/modules/${w.modules.own.id}/suggestions?frameworkId=${id}`) },
  { write: 'GET /api/bridges/:id/suggestions id', hides: true, other: (w) => w.modules.other.id, otherAnswer: 'passes',
    send: (w, id) => faculty(w).get(`/bridges/${id}/suggestions`) },
  { write: 'POST /api/modules/:id/suggestions/dismiss id', hides: true, other: (w) => w.modules.other.id, otherAnswer: 403,
    send: (w, id) => faculty(w).post(`/modules/${id}/suggestions/dismiss`, { competencyId: w.frameworks.own.competencies[0]!.id }) },
  { write: 'POST /api/modules/:id/suggestions/dismiss competencyId', hides: false, other: (w) => w.frameworks.other.competencies[0]!.id, otherAnswer: 'accepted',
    send: (w, id) => faculty(w).post(`/modules/${w.modules.own.id}/suggestions/dismiss`, { competencyId: id }) },
]

describe.each(testDialects)('reference fields of every write on %s', (dialect) => {
  let test: TestDb
  let world: World
  beforeAll(async () => {
    test = await createTestDb(dialect)
    world = await buildWorld(test.db)
    suggestion = await makeSuggestion(world)
  })
  afterAll(() => test.destroy())

  it.each(REFERENCES)('$write: a hidden draft is refused exactly like a missing id, and nothing is written', async (ref) => {
    const missing = await expectRefusedUnchanged(test.db, `${ref.write} with a missing id`, () => ref.send(world, MISSING))
    if (!ref.hides) return
    const hiddenId = world.modules.hidden.id
    const hidden = await expectRefusedUnchanged(test.db, `${ref.write} with a hidden draft`, () => ref.send(world, hiddenId))
    expect(refusalOf(hidden, hiddenId)).toEqual(refusalOf(missing, MISSING))
    expect(JSON.stringify(hidden.body)).not.toContain(world.modules.hidden.code)
  })

  it.each(REFERENCES)("$write: another organisation's public row answers as it should", async (ref) => {
    const id = ref.other(world)
    if (ref.otherAnswer === 403) {
      const answer = await expectRefusedUnchanged(test.db, `${ref.write} with another organisation's row`, () => ref.send(world, id))
      expect(answer.status).toBe(403)
      return
    }
    const answer = await ref.send(world, id)
    if (ref.otherAnswer === 'accepted') expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300)
    else expect(refusalOf(answer, id)).not.toEqual(refusalOf(await ref.send(world, MISSING), MISSING))
  })
})
