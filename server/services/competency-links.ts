// Use cases for links between competencies, e.g. an occupational competency requiring a basic skill. A link joins
// two frameworks and belongs to both: the people of either framework's organisation (and admins) may change it.
import { loopThrough } from '../../shared/domain/graph'
import { can, ownsRow } from '../../shared/domain/permissions'
import type { CompetencyLinkInput, CompetencyLinkPatch, RequirementsBulkInput } from '../../shared/schemas/framework'
import type { Db } from '../db/connect'
import { findCompetency } from '../db/queries/competencies'
import {
  competencyEnds,
  deleteLink as deleteLinkRow,
  deleteLinks,
  findLink,
  findLinks,
  insertLink,
  precedesEdges,
  insertRequirements,
  requirementsOfCompetency,
  requirementsOfFramework,
  requiresLinksTo,
  setMinLevel,
  updateLink as updateLinkRow,
} from '../db/queries/competency-links'
import { findFramework } from '../db/queries/frameworks'
import { skillLevelCodes } from '../db/queries/levels'
import { AppError, Invalid, NotFound } from '../errors'
import type { Viewer } from './access'
import { recordAudit } from './audit'

export { listLinks } from '../db/queries/competency-links'

// A link with both ends, or 404.
export async function getLink(db: Db, id: number) {
  const link = await findLink(db, id)
  if (!link) throw new NotFound('Competency link', id)
  return link
}

type Ends = { relation: string; fromId: number; toId: number }

// Throws 403 unless the actor's organisation owns the framework of either end (admins may link anything), and
// unless, for people who may only record basic-skill requirements (ABE instructors), it is a "requires" link that
// points at a basic-skills standard.
async function assertMayLink(db: Db, actor: Viewer, link: Ends) {
  if (actor === null) return
  const ends = await competencyEnds(db, [link.fromId, link.toId])
  const target = ends.find((c) => c.id === link.toId)
  if (!can(actor.role, 'framework:write') && (link.relation !== 'requires' || target?.frameworkKind !== 'basic_skills')) {
    throw new AppError('forbidden', 403, 'Your role may only record which basic skills a competency requires.')
  }
  if (!ends.some((c) => ownsRow(actor, c.organisationId))) {
    const codes = ends.map((c) => c.code).join(' and ')
    throw new AppError('forbidden', 403, `The frameworks of ${codes} belong to other organisations; only their own people can link them.`)
  }
}

// Refuses a "precedes" link that would close a loop (A precedes B … precedes A), naming it.
async function refusePrecedesLoop(db: Db, link: Ends, selfId?: number) {
  if (link.relation !== 'precedes') return
  const loop = loopThrough(await precedesEdges(db, selfId), link.fromId, [link.toId])
  if (!loop) return
  const codes = new Map((await competencyEnds(db, loop)).map((c) => [c.id, c.code]))
  throw new Invalid(`"Precedes" links would form a loop: ${loop.map((id) => codes.get(id) ?? String(id)).join(' → ')}`, { field: 'toId', loop })
}

// Creates a link between two existing, distinct competencies.
export async function createLink(db: Db, actor: Viewer, input: CompetencyLinkInput) {
  if (input.fromId === input.toId) throw new Invalid('A competency cannot be linked to itself', { field: 'toId' })
  for (const field of ['fromId', 'toId'] as const) {
    if (!(await findCompetency(db, input[field]))) throw new Invalid(`Competency ${input[field]} does not exist`, { field })
  }
  await assertMayLink(db, actor, input)
  await refusePrecedesLoop(db, input)
  const created = await getLink(db, await insertLink(db, input))
  const summary = `Linked ${created.fromCode} ${created.relation} ${created.toCode}`
  await recordAudit(db, actor, { action: 'create', table: 'competency_links', rowId: created.id, summary, after: created })
  return created
}

// Changes a link's relation or minimum level.
export async function updateLink(db: Db, actor: Viewer, id: number, patch: CompetencyLinkPatch) {
  const before = await getLink(db, id)
  const after = { relation: patch.relation ?? before.relation, fromId: before.fromId, toId: before.toId }
  await assertMayLink(db, actor, before)
  await assertMayLink(db, actor, after)
  await refusePrecedesLoop(db, after, id)
  await updateLinkRow(db, id, patch)
  const changed = await getLink(db, id)
  const summary = `Changed link ${changed.fromCode} ${changed.relation} ${changed.toCode}`
  await recordAudit(db, actor, { action: 'update', table: 'competency_links', rowId: id, summary, before, after: changed })
  return changed
}

// Deletes a link, or 404.
export async function deleteLink(db: Db, actor: Viewer, id: number): Promise<void> {
  const before = await getLink(db, id)
  await assertMayLink(db, actor, before)
  await deleteLinkRow(db, id)
  const summary = `Removed link ${before.fromCode} ${before.relation} ${before.toCode}`
  await recordAudit(db, actor, { action: 'delete', table: 'competency_links', rowId: id, summary, before })
}

// Every basic-skill requirement touching a framework (from its items or to them), or 404.
export async function frameworkRequirements(db: Db, frameworkId: number) {
  if (!(await findFramework(db, frameworkId))) throw new NotFound('Framework', frameworkId)
  return { items: await requirementsOfFramework(db, frameworkId) }
}

// What one competency requires, and what requires it, or 404.
export async function competencyRequirements(db: Db, id: number) {
  if (!(await findCompetency(db, id))) throw new NotFound('Competency', id)
  const links = await requirementsOfCompetency(db, id)
  return { requires: links.filter((l) => l.fromId === id), requiredBy: links.filter((l) => l.toId === id) }
}

export type RequirementChange = 'added' | 'updated' | 'removed' | 'unchanged'

const list = (codes: string[]) => (codes.length > 5 ? `${codes.slice(0, 5).join(', ')} and ${codes.length - 5} more` : codes.join(', '))
const atLevel = (level: string | null) => (level ? ` at level ${level}` : '')

// Checks a bulk edit before anything is written: the skill is a basic-skills standard the actor may link to, the
// level is on the scale, and every competency exists and is not itself a basic-skills item.
async function checkBulkEdit(db: Db, actor: Viewer, input: RequirementsBulkInput) {
  const [skill] = await competencyEnds(db, [input.skillId])
  if (!skill) throw new Invalid(`Competency ${input.skillId} does not exist`, { field: 'skillId' })
  if (actor !== null && !can(actor.role, 'framework:write') && skill.frameworkKind !== 'basic_skills') {
    throw new AppError('forbidden', 403, 'Your role may only record which basic skills a competency requires.')
  }
  if (skill.frameworkKind !== 'basic_skills') {
    throw new Invalid(`${skill.code} is not a basic-skills standard; a requirement must point at one`, { field: 'skillId' })
  }
  if (input.action === 'add' && input.minLevel !== null) {
    const levels = await skillLevelCodes(db)
    if (!levels.includes(input.minLevel)) {
      throw new Invalid(`Level ${input.minLevel} is not on the basic-skill scale (${levels.join(', ')})`, { field: 'minLevel' })
    }
  }
  const found = new Map((await competencyEnds(db, input.competencyIds)).map((c) => [c.id, c]))
  const missing = input.competencyIds.filter((id) => !found.has(id))
  if (missing.length) {
    const what = missing.length === 1 ? 'Competency' : 'Competencies'
    throw new Invalid(`${what} ${list(missing.map(String))} ${missing.length === 1 ? 'does' : 'do'} not exist`, { field: 'competencyIds', missing })
  }
  // Owning the skill's framework covers every link to it; otherwise each competency's framework must be the actor's.
  const foreign = actor === null || ownsRow(actor, skill.organisationId) ? [] : [...found.values()].filter((c) => !ownsRow(actor, c.organisationId))
  if (foreign.length) {
    throw new AppError('forbidden', 403, `The frameworks of ${list(foreign.map((c) => c.code))} and of ${skill.code} belong to other organisations; only their own people can change these requirements.`, { competencyIds: foreign.map((c) => c.id) })
  }
  const basic = input.competencyIds.map((id) => found.get(id)!).filter((c) => c.frameworkKind === 'basic_skills')
  if (basic.length) {
    throw new Invalid(
      `${list(basic.map((c) => c.code))} ${basic.length === 1 ? 'is itself a basic-skills standard' : 'are themselves basic-skills standards'}; only occupational competencies can require a basic skill`,
      { field: 'competencyIds', basicSkills: basic.map((c) => c.id) },
    )
  }
  return { skill, codes: new Map([...found.values()].map((c) => [c.id, c.code])) }
}

// Adds (or re-levels) or removes the requirement of one basic skill on many competencies, each change audited.
// The caller owns the transaction; a refused edit throws before anything is written.
export async function editRequirements(db: Db, actor: Viewer, input: RequirementsBulkInput) {
  const { skill, codes } = await checkBulkEdit(db, actor, input)
  const minLevel = input.action === 'add' ? input.minLevel : null
  const existing = new Map((await requiresLinksTo(db, input.competencyIds, skill.id)).map((l) => [l.fromId, l]))
  const changes = new Map<number, RequirementChange>(input.competencyIds.map((id) => [id, 'unchanged']))

  if (input.action === 'remove') {
    const doomed = await findLinks(db, [...existing.values()].map((l) => l.id))
    await deleteLinks(db, doomed.map((l) => l.id))
    for (const before of doomed) {
      changes.set(before.fromId, 'removed')
      const summary = `Removed requirement ${before.fromCode} requires ${before.toCode}`
      await recordAudit(db, actor, { action: 'delete', table: 'competency_links', rowId: before.id, summary, before })
    }
  } else {
    const stale = [...existing.values()].filter((l) => l.minLevel !== minLevel)
    const befores = new Map((await findLinks(db, stale.map((l) => l.id))).map((l) => [l.id, l]))
    await setMinLevel(db, [...befores.keys()], minLevel)
    const created = await insertRequirements(db, input.competencyIds.filter((id) => !existing.has(id)), skill.id, minLevel)
    for (const after of await findLinks(db, [...befores.keys(), ...created])) {
      const before = befores.get(after.id)
      changes.set(after.fromId, before ? 'updated' : 'added')
      const summary = `${before ? 'Changed requirement' : 'Linked'} ${after.fromCode} requires ${after.toCode}${atLevel(after.minLevel)}`
      await recordAudit(db, actor, { action: before ? 'update' : 'create', table: 'competency_links', rowId: after.id, summary, before, after })
    }
  }
  const items = [...changes].map(([competencyId, change]) => ({ competencyId, code: codes.get(competencyId)!, change }))
  const count = (change: RequirementChange) => items.filter((i) => i.change === change).length
  return {
    action: input.action,
    skill: { id: skill.id, code: skill.code },
    minLevel,
    added: count('added'),
    updated: count('updated'),
    removed: count('removed'),
    unchanged: count('unchanged'),
    items,
  }
}
