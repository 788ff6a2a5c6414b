// The reviewers of each organisation, set by administrators: roles whose holders in the organisation review, and
// named people of it.
import type { Actor } from '../../../shared/domain/permissions'
import type { ReviewersInput } from '../../../shared/schemas/workflow'
import type { Db } from '../../db/connect'
import { activeMembersOf, findOrganisation, usersByIds } from '../../db/queries/users'
import { replaceReviewers, reviewersOf } from '../../db/queries/workflow'
import { Invalid, NotFound } from '../../errors'
import { recordAudit } from '../audit'

async function requireOrganisation(db: Db, id: number) {
  const organisation = await findOrganisation(db, id)
  if (!organisation) throw new NotFound('Organisation', id)
  return organisation
}

// The reviewers of an organisation, and its active people (those who may be named), or 404.
export async function getReviewers(db: Db, organisationId: number) {
  await requireOrganisation(db, organisationId)
  const [reviewers, members] = await Promise.all([reviewersOf(db, organisationId), activeMembersOf(db, organisationId)])
  return { ...reviewers, members }
}

// Replaces the reviewers of an organisation: named people must be active members of it (422 naming the field).
export async function setReviewers(db: Db, actor: Actor, organisationId: number, input: ReviewersInput) {
  const organisation = await requireOrganisation(db, organisationId)
  const people = await usersByIds(db, input.userIds)
  input.userIds.forEach((id, index) => {
    const person = people.find((p) => p.id === id)
    if (!person || person.organisationId !== organisationId || person.disabled) {
      const who = person ? person.name : `Person ${id}`
      throw new Invalid(`${who} is not an active member of ${organisation.name}; reviewers are chosen among its people`, { field: `userIds.${index}` })
    }
  })
  const before = await reviewersOf(db, organisationId)
  await replaceReviewers(db, organisationId, input)
  const after = await reviewersOf(db, organisationId)
  await recordAudit(db, actor, { action: 'update', table: 'reviewers', rowId: organisationId, summary: `Set the reviewers of ${organisation.name}`, before, after })
  return { ...after, members: await activeMembersOf(db, organisationId) }
}
