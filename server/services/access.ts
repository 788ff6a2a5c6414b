// Row-level access: who may see a draft, who may edit a row owned by an organisation, who owns a new row.
import { can, maySee, ownsRow, type Actor, type Permission } from '../../shared/domain/permissions'
import { AppError, NotFound } from '../errors'

// The person reading or writing; null for an anonymous reader, or for the system (seed, command line) writing.
export type Viewer = Actor | null

type OwnedRow = { organisationId: number | null }
type VisibleRow = { organisationId: number | null; approvedVersion: number | null }

// The system (seed, command line) writes as null; when a write reads rows back or checks the ids it is given,
// it reads as this viewer, which sees every row. A person reads as themselves.
const SYSTEM_READER: Actor = { id: 0, role: 'admin', organisationId: null }

// Modules never approved are private to their organisation (and admins); approved ones are public. The one rule, shared with
// the web and mirrored in SQL by visibleTo (server/db/queries/visibility.ts).
export function canSee(viewer: Viewer, row: VisibleRow): boolean {
  return maySee(viewer, row)
}

// Whom a write by `actor` reads as: the person, or for the system (null) a reader who sees every row.
export function writerView(actor: Viewer): Actor {
  return actor ?? SYSTEM_READER
}

// Throws unless the actor may edit the module: 404 for one the actor may not see (its existence is not revealed),
// otherwise as assertCanEdit.
export function assertCanEditModule(actor: Viewer, row: VisibleRow, id: number): void {
  if (actor !== null && !canSee(actor, row)) throw new NotFound('Module', id)
  assertCanEdit(actor, row, 'Module', id)
}

// Throws unless the actor may edit the row: 403 for another organisation's row or one that no organisation owns.
// The system (null) may edit anything.
export function assertCanEdit(actor: Viewer, row: OwnedRow, what: string, id: number | string): void {
  if (actor === null || ownsRow(actor, row.organisationId)) return
  if (row.organisationId === null) {
    throw new AppError('forbidden', 403, `${what} ${id} belongs to no organisation; only an administrator can change it.`)
  }
  throw new AppError('forbidden', 403, `${what} ${id} belongs to another organisation; only its own people can change it.`)
}

// The organisation that owns what the actor creates: a person's own (refused, 403, for a person who belongs to no
// organisation and is not an admin, since nobody but admins could edit it afterwards); for the system, the one it
// names, or none.
export function ownerForNew(actor: Viewer, systemOwner: number | null = null): number | null {
  if (actor === null) return systemOwner
  if (actor.organisationId === null && actor.role !== 'admin') {
    throw new AppError('forbidden', 403, 'You belong to no organisation, so what you create would belong to nobody; ask an administrator to add you to one.')
  }
  return actor.organisationId
}

// Throws 403 unless the actor (when a person) holds the permission.
export function assertActorMay(actor: Viewer, permission: Permission, doing: string): void {
  if (actor !== null && !can(actor.role, permission)) {
    throw new AppError('forbidden', 403, `Your role does not allow you to ${doing}.`)
  }
}

// Who saved a change (history, revisions) is shown to people signed in, never to anonymous readers.
export function withoutEditors<T extends { userId: number | null; userName: string | null }>(viewer: Viewer, rows: readonly T[]): T[] {
  return viewer ? [...rows] : rows.map((row) => ({ ...row, userId: null, userName: null }))
}
