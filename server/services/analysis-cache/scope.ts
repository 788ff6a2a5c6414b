// Whose view of a pathway a stored analysis holds. The analysis leaves out the modules a reader may not see
// (another organisation's drafts, db/queries/visibility.ts), so results are stored per scope of visibility, never
// per person: admins see everything, a member of an organisation sees its drafts too, anyone else the approved
// modules only. A result is never served to a reader of another scope.
import type { Actor } from '../../../shared/domain/permissions'
import type { Viewer } from '../access'

export type Scope = {
  key: string
  // A reader who sees exactly what the scope sees, to compute the analysis as.
  viewer: Actor
}

export function scopeOf(viewer: Viewer): Scope {
  if (viewer?.role === 'admin') return { key: 'all', viewer: { id: 0, role: 'admin', organisationId: null } }
  if (viewer?.organisationId != null) return { key: `org:${viewer.organisationId}`, viewer: { id: 0, role: 'viewer', organisationId: viewer.organisationId } }
  return { key: 'approved', viewer: { id: 0, role: 'viewer', organisationId: null } }
}
