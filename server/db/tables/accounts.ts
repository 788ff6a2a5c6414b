// Row types of the accounts, sessions and audit tables.
import type { ColumnType, Generated } from 'kysely'
import type { OrganisationKind, Role } from '../../../shared/domain/permissions'

type Timestamps = { createdAt: string; updatedAt: string }

export interface OrganisationsTable extends Timestamps {
  id: Generated<number>
  uuid: string
  name: string
  kind: OrganisationKind
}

export interface UsersTable extends Timestamps {
  id: Generated<number>
  uuid: string
  email: string
  name: string
  passwordHash: string
  role: Role
  organisationId: number | null
  disabled: number
  lastLoginAt: string | null
}

export interface SessionsTable {
  id: string
  userId: number
  createdAt: string
  lastSeenAt: string
  expiresAt: string
}

// A device someone signed in from; the cookie holds a random token and this table only its SHA-256.
export interface SignInDevicesTable {
  tokenHash: string
  userId: number
  createdAt: string
  lastUsedAt: string
}

// A personal API token; the secret itself is never stored, only its SHA-256 and its first characters.
export interface ApiTokensTable {
  id: Generated<number>
  userId: number
  name: string
  scope: 'read' | 'write'
  tokenHash: string
  prefix: string
  createdAt: string
  expiresAt: string
  lastUsedAt: string | null
}

export interface AuditLogTable {
  id: Generated<number>
  at: string
  userId: number | null
  action: 'create' | 'update' | 'delete'
  tableName: string
  rowId: string
  summary: string
  before: string | null
  after: string | null
}

export interface ModuleRevisionsTable {
  moduleId: number
  version: number
  userId: number | null
  createdAt: string
  restoredFrom: number | null
  snapshot: string
  // 1 when the editor saved on its own as the person typed (such revisions may fold into the next autosave).
  autosaved: ColumnType<number, number | undefined, number>
}

export interface AccountTables {
  organisations: OrganisationsTable
  users: UsersTable
  sessions: SessionsTable
  sign_in_devices: SignInDevicesTable
  api_tokens: ApiTokensTable
  audit_log: AuditLogTable
  module_revisions: ModuleRevisionsTable
}
