// Who is signed in, learnt from /api/auth/me and shared by every page; and the one rule for showing edit controls.
import { createSignal } from 'solid-js'
import { can as roleCan, modulePermission, ownsRow, type Permission } from '../../shared/domain/permissions'
import type { LoginInput } from '../../shared/schemas/account'
import { client, data, type SessionUser } from '../api'

// undefined until the server has answered; null when nobody is signed in.
const [current, setCurrent] = createSignal<SessionUser | null | undefined>(undefined)

// The signed-in person, or null (also while the first answer is awaited).
export const user = (): SessionUser | null => current() ?? null

// True once the server has said who (if anyone) is signed in.
export const sessionKnown = (): boolean => current() !== undefined

// Asks the server who is signed in; an unreachable server counts as nobody.
export async function refresh(): Promise<void> {
  try {
    setCurrent((await data(client.auth.me.$get())).user)
  } catch {
    setCurrent(null)
  }
}

// Signs in; throws an ApiError with the server's message (wrong password, too many attempts).
export async function signIn(input: LoginInput): Promise<SessionUser> {
  const session = await data(client.auth.login.$post({ json: input }))
  setCurrent(session.user)
  return session.user
}

// Ends the session on the server, then learns the new state.
export async function signOut(): Promise<void> {
  await data(client.auth.logout.$post())
  await refresh()
}

// True when the signed-in person's role carries the permission.
export function can(permission: Permission): boolean {
  return roleCan(user()?.role, permission)
}

// True when the signed-in person may make this kind of change to a row owned by `ownerOrganisationId`:
// the rule every edit control is shown by (the server enforces the same one).
export function mayEdit(permission: Permission, ownerOrganisationId: number | null): boolean {
  const person = user()
  return person !== null && roleCan(person.role, permission) && ownsRow(person, ownerOrganisationId)
}

// True when the signed-in person may edit this module.
export function mayEditModule(module: { kind: 'occupational' | 'bridge' | 'integrated'; organisationId: number | null }): boolean {
  return mayEdit(modulePermission(module.kind), module.organisationId)
}
