// Use cases for people and organisations: create accounts, change roles, disable.
import { ROLE_LABELS } from '../../shared/domain/permissions'
import type { OrganisationInput, UserInput, UserPatch } from '../../shared/schemas/account'
import type { Db } from '../db/connect'
import { deleteSessionsOfUser } from '../db/queries/sessions'
import {
  findOrganisation,
  findOrganisationByName,
  findUser,
  findUserForLogin,
  insertOrganisation,
  insertUser,
  listUsers as listUserRows,
  lockActiveAdmins,
  updateUser as updateUserRow,
  type UserChanges,
} from '../db/queries/users'
import { fromFlag, toFlag } from '../db/stamps'
import { Conflict, Invalid, NotFound } from '../errors'
import { recordAudit, type AuditActor } from './audit'
import { hashPassword } from './auth/passwords'

export { listOrganisations } from '../db/queries/users'

// One page of people as the API shows them.
export async function listUsers(db: Db, filter: Parameters<typeof listUserRows>[1]) {
  const page = await listUserRows(db, filter)
  return { ...page, items: page.items.map((user) => ({ ...user, disabled: fromFlag(user.disabled) })) }
}

// A person as the API shows them: never the password hash.
export async function getUser(db: Db, id: number) {
  const user = await findUser(db, id)
  if (!user) throw new NotFound('User', id)
  return { ...user, disabled: fromFlag(user.disabled) }
}

async function checkOrganisation(db: Db, organisationId: number | null | undefined) {
  if (organisationId != null && !(await findOrganisation(db, organisationId))) {
    throw new Invalid(`Organisation ${organisationId} does not exist`, { field: 'organisationId' })
  }
}

// Creates an account; the email must be new. `actor` is null when the command line or the seed does it.
export async function createUser(db: Db, actor: AuditActor, input: UserInput) {
  if (await findUserForLogin(db, input.email)) throw new Conflict('duplicate', `An account for ${input.email} already exists`, { field: 'email' })
  await checkOrganisation(db, input.organisationId)
  const id = await insertUser(db, {
    email: input.email,
    name: input.name,
    role: input.role,
    organisationId: input.organisationId ?? null,
    passwordHash: await hashPassword(input.password),
  })
  const user = await getUser(db, id)
  await recordAudit(db, actor, { action: 'create', table: 'users', rowId: id, summary: `Added ${user.email} as ${ROLE_LABELS[user.role]}`, after: user })
  return user
}

// Refuses (409 last_admin) a change that would leave no active admin: nobody could then manage people or act on
// rows that no organisation owns. Checked in the caller's transaction, over the locked admin rows.
async function keepAnAdmin(db: Db, user: { id: number; role: string; disabled: boolean }, patch: UserPatch) {
  const staysAdmin = (patch.role ?? user.role) === 'admin' && !(patch.disabled ?? user.disabled)
  if (user.role !== 'admin' || user.disabled || staysAdmin) return
  const others = (await lockActiveAdmins(db)).filter((adminId) => adminId !== user.id)
  if (!others.length) {
    throw new Conflict('last_admin', `${patch.disabled ? 'Disabling' : 'Demoting'} this account would leave no active administrator; make someone else an administrator first`)
  }
}

// Changes a person's name, role, organisation, password or access; disabling or a new password ends their sessions.
// The last active admin can be neither demoted nor disabled.
export async function updateUser(db: Db, actor: AuditActor, id: number, patch: UserPatch) {
  const before = await getUser(db, id)
  await keepAnAdmin(db, before, patch)
  await checkOrganisation(db, patch.organisationId)
  const { password, disabled, ...rest } = patch
  const changes: UserChanges = { ...rest }
  if (password) changes.passwordHash = await hashPassword(password)
  if (disabled !== undefined) changes.disabled = toFlag(disabled)
  await updateUserRow(db, id, changes)
  if (password || disabled) await deleteSessionsOfUser(db, id)
  const after = await getUser(db, id)
  await recordAudit(db, actor, { action: 'update', table: 'users', rowId: id, summary: `Changed ${after.email}`, before, after })
  return after
}

// Creates an organisation with a new name.
export async function createOrganisation(db: Db, actor: AuditActor, input: OrganisationInput) {
  if (await findOrganisationByName(db, input.name)) throw new Conflict('duplicate', `Organisation "${input.name}" already exists`, { field: 'name' })
  const organisation = (await findOrganisation(db, await insertOrganisation(db, input)))!
  await recordAudit(db, actor, { action: 'create', table: 'organisations', rowId: organisation.id, summary: `Added organisation "${organisation.name}"`, after: organisation })
  return organisation
}

// Creates an organisation, or returns the one of that name (for the seed and the command line).
export async function ensureOrganisation(db: Db, input: OrganisationInput) {
  const existing = await findOrganisationByName(db, input.name)
  if (existing) return existing
  const id = await insertOrganisation(db, input)
  return (await findOrganisation(db, id))!
}
