// Row-level access: who may see a draft, who may edit a row owned by an organisation.
import { can, ownsRow, type Actor, type Permission } from '../../shared/domain/permissions'
import { AppError, NotFound } from '../errors'

// The person reading or writing; null for an anonymous reader, or for the system (seed, command line) writing.
export type Viewer = Actor | null

type OwnedRow = { organisationId: number | null; status?: string }

// Drafts are private to their organisation; everything else is public.
export function canSee(viewer: Viewer, row: OwnedRow): boolean {
  return row.status !== 'draft' || row.organisationId === null || (viewer !== null && ownsRow(viewer, row.organisationId))
}

// Throws unless the actor may edit the row: 404 for another organisation's private row (its existence is not
// revealed), 403 for another organisation's public row. The system (null) may edit anything.
export function assertCanEdit(actor: Viewer, row: OwnedRow, what: string, id: number): void {
  if (actor === null || ownsRow(actor, row.organisationId)) return
  if (!canSee(actor, row)) throw new NotFound(what, id)
  throw new AppError('forbidden', 403, `${what} ${id} belongs to another organisation; only its own people can change it.`)
}

// Throws 403 unless the actor (when a person) holds the permission.
export function assertActorMay(actor: Viewer, permission: Permission, doing: string): void {
  if (actor !== null && !can(actor.role, permission)) {
    throw new AppError('forbidden', 403, `Your role does not allow you to ${doing}.`)
  }
}
