// Use cases for links between competencies, e.g. an occupational competency requiring a basic skill.
import type { CompetencyLinkInput } from '../../shared/schemas/framework'
import type { Db } from '../db/connect'
import { findCompetency } from '../db/queries/competencies'
import { deleteLink as deleteLinkRow, findLink, insertLink, updateLink as updateLinkRow } from '../db/queries/competency-links'
import { Invalid, NotFound } from '../errors'

export { listLinks } from '../db/queries/competency-links'

// A link with both ends, or 404.
export async function getLink(db: Db, id: number) {
  const link = await findLink(db, id)
  if (!link) throw new NotFound('Competency link', id)
  return link
}

// Creates a link between two existing, distinct competencies.
export async function createLink(db: Db, input: CompetencyLinkInput) {
  if (input.fromId === input.toId) throw new Invalid('A competency cannot be linked to itself', { field: 'toId' })
  for (const field of ['fromId', 'toId'] as const) {
    if (!(await findCompetency(db, input[field]))) throw new Invalid(`Competency ${input[field]} does not exist`, { field })
  }
  return getLink(db, await insertLink(db, input))
}

// Changes a link's relation or minimum level.
export async function updateLink(db: Db, id: number, patch: Partial<Pick<CompetencyLinkInput, 'relation' | 'minLevel'>>) {
  await getLink(db, id)
  await updateLinkRow(db, id, patch)
  return getLink(db, id)
}

// Deletes a link, or 404.
export async function deleteLink(db: Db, id: number): Promise<void> {
  if (!(await deleteLinkRow(db, id))) throw new NotFound('Competency link', id)
}
