// People as the administration pages show them.
import { ROLE_LABELS, ROLES } from '../../shared/domain/permissions'
import type { OrganisationList, Person } from '../api'
import type { Choice } from './form'

// Normalises a person from either the list (disabled as 0/1) or a single answer (disabled as a boolean).
export function toPerson<T extends { disabled: number | boolean }>(row: T): Omit<T, 'disabled'> & { disabled: boolean } {
  return { ...row, disabled: Boolean(row.disabled) }
}

// People ordered by name, as the server lists them.
export function byName(a: Person, b: Person): number {
  return a.name.localeCompare(b.name) || a.id - b.id
}

// Every role as a choice, labelled for people.
export const ROLE_CHOICES: readonly Choice[] = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))

// Every organisation as a choice, after "No organisation".
export function organisationChoices(organisations: OrganisationList['items']): Choice[] {
  return [{ value: '', label: 'No organisation' }, ...organisations.map((o) => ({ value: String(o.id), label: o.name }))]
}
