// The demo's organisations and one account per role.
import { DEMO_PASSWORD, demoOrganisations, demoPeople } from '../../../fixtures/demo/accounts'
import type { Db } from '../../db/connect'
import { createUser, ensureOrganisation } from '../users'

export type DemoAccount = { email: string; role: string; password: string }

// Creates the demo partnership's organisations and people (as the system) and returns how to sign in.
export async function loadDemoAccounts(db: Db): Promise<DemoAccount[]> {
  const organisationIds = new Map<string, number>()
  for (const { key, ...organisation } of demoOrganisations) {
    organisationIds.set(key, (await ensureOrganisation(db, organisation)).id)
  }
  for (const person of demoPeople) {
    await createUser(db, null, {
      email: person.email,
      name: person.name,
      role: person.role,
      password: DEMO_PASSWORD,
      organisationId: organisationIds.get(person.organisation) ?? null,
    })
  }
  return demoPeople.map(({ email, role }) => ({ email, role, password: DEMO_PASSWORD }))
}
