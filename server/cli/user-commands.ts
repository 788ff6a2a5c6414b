// Handlers of the account commands: user add.
import { randomBytes } from 'node:crypto'
import { UserInput } from '../../shared/schemas/account'
import { migrateToLatest } from '../db/migrate'
import { readEnv } from '../env'
import { createUser, ensureOrganisation } from '../services/users'
import { EXIT_OK, EXIT_USAGE, type CommandContext } from './command'
import { openDatabase } from './database'

// rungs user add --email … --role … [--name …] [--org …] [--password …]
export async function addUser({ env, out, err, string }: CommandContext): Promise<number> {
  const email = string('email') ?? ''
  const generated = string('password') === undefined
  const password = string('password') ?? randomBytes(12).toString('base64url')
  const parsed = UserInput.safeParse({ email, role: string('role'), name: string('name') ?? email.split('@')[0], password })
  if (!parsed.success) {
    err(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'))
    return EXIT_USAGE
  }
  const db = openDatabase(readEnv(env), out)
  try {
    await migrateToLatest(db)
    const user = await db.transaction().execute(async (trx) => {
      const orgName = string('org')
      const organisation = orgName ? await ensureOrganisation(trx, { name: orgName, kind: 'other' }) : null
      return createUser(trx, null, { ...parsed.data, organisationId: organisation?.id ?? null })
    })
    out(`Created ${user.role} ${user.email}${user.organisationName ? ` of ${user.organisationName}` : ''}`)
    if (generated) out(`Password (shown once; ask them to change it): ${password}`)
    return EXIT_OK
  } finally {
    await db.destroy()
  }
}
