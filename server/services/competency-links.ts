// Use cases for links between competencies, e.g. an occupational competency requiring a basic skill.
import { can } from '../../shared/domain/permissions'
import type { CompetencyLinkInput, CompetencyLinkPatch } from '../../shared/schemas/framework'
import type { Db } from '../db/connect'
import { findCompetency } from '../db/queries/competencies'
import { deleteLink as deleteLinkRow, findLink, insertLink, updateLink as updateLinkRow } from '../db/queries/competency-links'
import { findFramework } from '../db/queries/frameworks'
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

// People who may only record basic-skill requirements (ABE instructors) may touch only "requires" links that
// point at a basic-skills standard.
async function assertMayLink(db: Db, actor: Viewer, link: { relation: string; toId: number }) {
  if (actor === null || can(actor.role, 'framework:write')) return
  const target = await findCompetency(db, link.toId)
  const framework = target && (await findFramework(db, target.frameworkId))
  if (link.relation !== 'requires' || framework?.kind !== 'basic_skills') {
    throw new AppError('forbidden', 403, 'Your role may only record which basic skills a competency requires.')
  }
}

// Creates a link between two existing, distinct competencies.
export async function createLink(db: Db, actor: Viewer, input: CompetencyLinkInput) {
  if (input.fromId === input.toId) throw new Invalid('A competency cannot be linked to itself', { field: 'toId' })
  for (const field of ['fromId', 'toId'] as const) {
    if (!(await findCompetency(db, input[field]))) throw new Invalid(`Competency ${input[field]} does not exist`, { field })
  }
  await assertMayLink(db, actor, input)
  const created = await getLink(db, await insertLink(db, input))
  const summary = `Linked ${created.fromCode} ${created.relation} ${created.toCode}`
  await recordAudit(db, actor, { action: 'create', table: 'competency_links', rowId: created.id, summary, after: created })
  return created
}

// Changes a link's relation or minimum level.
export async function updateLink(db: Db, actor: Viewer, id: number, patch: CompetencyLinkPatch) {
  const before = await getLink(db, id)
  await assertMayLink(db, actor, before)
  await assertMayLink(db, actor, { relation: patch.relation ?? before.relation, toId: before.toId })
  await updateLinkRow(db, id, patch)
  const after = await getLink(db, id)
  const summary = `Changed link ${after.fromCode} ${after.relation} ${after.toCode}`
  await recordAudit(db, actor, { action: 'update', table: 'competency_links', rowId: id, summary, before, after })
  return after
}

// Deletes a link, or 404.
export async function deleteLink(db: Db, actor: Viewer, id: number): Promise<void> {
  const before = await getLink(db, id)
  await assertMayLink(db, actor, before)
  await deleteLinkRow(db, id)
  const summary = `Removed link ${before.fromCode} ${before.relation} ${before.toCode}`
  await recordAudit(db, actor, { action: 'delete', table: 'competency_links', rowId: id, summary, before })
}
