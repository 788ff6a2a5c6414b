// Accounts for tests: one person per role, in two organisations.
import { ROLES, type Role } from '../../shared/domain/permissions'
import type { Db } from '../../server/db/connect'
import { createUser, ensureOrganisation } from '../../server/services/users'
import { apiClient, signInCookie, type ApiClient } from './api'
import { TEST_COLLEGE } from './factories'

export const TEST_PASSWORD = 'correct horse battery staple'

export type TestAccounts = {
  organisations: { college: number; other: number }
  users: Record<Role, { id: number; email: string }>
  // A client signed in as each role, and one with no session.
  as: Record<Role | 'anonymous', ApiClient>
}

// Creates the organisations and one account per role (all in the college), and signs each in.
export async function createTestAccounts(db: Db): Promise<TestAccounts> {
  const college = await ensureOrganisation(db, TEST_COLLEGE)
  const other = await ensureOrganisation(db, { name: 'Hillview Adult School', kind: 'adult_education' })
  const users = {} as TestAccounts['users']
  const as = { anonymous: apiClient(db) } as TestAccounts['as']
  for (const role of ROLES) {
    const email = `${role}@test.rungs`
    const user = await createUser(db, null, { email, name: `Test ${role}`, password: TEST_PASSWORD, role, organisationId: college.id })
    users[role] = { id: user.id, email }
    as[role] = apiClient(db, { cookie: await signInCookie(db, email, TEST_PASSWORD) })
  }
  return { organisations: { college: college.id, other: other.id }, users, as }
}

// Signs in a person of the other organisation (Hillview), the outsider most access tests need.
export async function signInOutsider(db: Db, accounts: TestAccounts, person: { role?: Role; email?: string; name?: string } = {}): Promise<ApiClient> {
  const { role = 'faculty', email = `${role}@hillview.test`, name = `Hillview ${role}` } = person
  await createUser(db, null, { email, name, password: TEST_PASSWORD, role, organisationId: accounts.organisations.other })
  return apiClient(db, { cookie: await signInCookie(db, email, TEST_PASSWORD) })
}
