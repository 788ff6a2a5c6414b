// The demo's organisations and one account per role.
import { DEMO_PASSWORD, demoOrganisations, demoPeople } from '../../../fixtures/demo/accounts'
import type { DemoOwner } from '../../../fixtures/demo/types'
import type { Db } from '../../db/connect'
import { createUser, ensureOrganisation } from '../users'

export type DemoAccount = { email: string; role: string; password: string }

// The id of each demo organisation, by its key in the fixtures.
export type DemoOrganisations = Record<DemoOwner, number>

// Creates the demo partnership's organisations (or finds them by name) and returns their ids: they own the demo rows.
export async function loadDemoOrganisations(db: Db): Promise<DemoOrganisations> {
  const ids: Partial<DemoOrganisations> = {}
  for (const { key, ...organisation } of demoOrganisations) ids[key] = (await ensureOrganisation(db, organisation)).id
  return ids as DemoOrganisations
}

// Creates the demo partnership's people (as the system) and returns how to sign in.
export async function loadDemoAccounts(db: Db, organisations: DemoOrganisations): Promise<DemoAccount[]> {
  for (const person of demoPeople) {
    await createUser(db, null, {
      email: person.email,
      name: person.name,
      role: person.role,
      password: DEMO_PASSWORD,
      organisationId: organisations[person.organisation],
    })
  }
  return demoPeople.map(({ email, role }) => ({ email, role, password: DEMO_PASSWORD }))
}
