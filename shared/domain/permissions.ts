// Who may do what. Pure, so the server enforces it and the web hides controls with the same table.
import type { FrameworkKind } from './vocabulary'

export const ROLES = ['admin', 'faculty', 'abe_instructor', 'employer', 'viewer'] as const
export type Role = (typeof ROLES)[number]
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  faculty: 'Faculty',
  abe_instructor: 'Adult Basic Education instructor',
  employer: 'Employer',
  viewer: 'Viewer',
}

export const ORGANISATION_KINDS = ['college', 'adult_education', 'school_district', 'employer', 'workforce_board', 'other'] as const
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]

// The actions a route can require. Reading needs none (a private instance only asks that the reader be signed in).
export const PERMISSIONS = [
  'framework:write', // frameworks, competencies and their links
  'basic_skill:write', // basic-skill requirements (requires-links to basic-skills standards)
  'pathway:write',
  'module:write', // occupational modules of one's own organisation
  'bridge:write', // bridge and integrated modules of one's own organisation
  'credential:write', // credentials, stacking, articulations
  'audit:read',
  'users:manage',
  'levels:write', // the basic-skill level scale and the Educational Functioning Levels (a state-wide table)
] as const
export type Permission = (typeof PERMISSIONS)[number]

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  faculty: ['framework:write', 'basic_skill:write', 'pathway:write', 'module:write', 'bridge:write', 'credential:write'],
  abe_instructor: ['basic_skill:write', 'bridge:write'],
  employer: [],
  viewer: [],
}

// True when the role carries the permission.
export function can(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && GRANTS[role].includes(permission)
}

// The permission needed to write a module of this kind: ABE instructors author bridges, faculty everything.
export function modulePermission(kind: 'occupational' | 'bridge' | 'integrated'): Permission {
  return kind === 'occupational' ? 'module:write' : 'bridge:write'
}

export type Actor = { id: number; role: Role; organisationId: number | null }

// The permissions that let a person write a framework of this kind and its items: every framework with
// framework:write, and the basic-skills standards also with basic_skill:write (ABE instructors keep theirs).
export function frameworkPermissions(kind: FrameworkKind): Permission[] {
  return kind === 'basic_skills' ? ['framework:write', 'basic_skill:write'] : ['framework:write']
}

// True when the actor may edit a row owned by `ownerOrganisationId`: admins every row, others their own
// organisation's rows. A row that no organisation owns is the admins' alone.
export function ownsRow(actor: Actor, ownerOrganisationId: number | null): boolean {
  return actor.role === 'admin' || (ownerOrganisationId !== null && ownerOrganisationId === actor.organisationId)
}

// True when the reader (null: not signed in) may see the row: a module that has never been approved only inside
// the organisation that owns it (and by admins); one with an approved revision by everyone (the public sees that
// revision while a new draft is edited). server/db/queries/visibility.ts says the same in SQL.
export function maySee(reader: Actor | null, row: { organisationId: number | null; approvedVersion: number | null }): boolean {
  return row.approvedVersion !== null || (reader !== null && ownsRow(reader, row.organisationId))
}

// True when the reader sees the module's working copy (its latest revision, approved or not) rather than its
// approved revision: the owning organisation's people and admins.
export function seesWorkingCopy(reader: Actor | null, row: { organisationId: number | null }): boolean {
  return reader !== null && ownsRow(reader, row.organisationId)
}
