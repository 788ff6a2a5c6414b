// Seeding the demo pathway: into an empty database only, in one transaction.
import { demo } from '../../../fixtures/demo/index'
import type { Db } from '../../db/connect'
import { withSetupLock } from '../../db/queries/locks'
import { Conflict } from '../../errors'
import { listFrameworks } from '../frameworks/read'
import { listPathways } from '../pathways/read'
import { listUsers } from '../users'
import { loadDemoAccounts, loadDemoOrganisations, type DemoAccount } from './demo-accounts'
import { loadDemo, type DemoCounts } from './load-demo'

export type { DemoCounts } from './load-demo'

// What a seed wrote, and how to sign in to try it.
export type DemoSeed = DemoCounts & { accounts: DemoAccount[] }

// The demo rows, owned by the demo's organisations, and the demo accounts unless the instance already has people.
async function loadAll(db: Db): Promise<DemoSeed> {
  const hasPeople = (await listUsers(db, { limit: 1, offset: 0 })).total > 0
  const organisations = await loadDemoOrganisations(db)
  const counts = await loadDemo(db, demo, organisations)
  return { ...counts, accounts: hasPeople ? [] : await loadDemoAccounts(db, organisations) }
}

// True when the database holds no pathway and no framework, the state a fresh install starts in.
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const page = { limit: 1, offset: 0 }
  const [frameworks, pathways] = await Promise.all([listFrameworks(db, page), listPathways(db, page)])
  return frameworks.total === 0 && pathways.total === 0
}

// Loads the demo pathway; refuses with 409 not_empty when the database already holds frameworks or pathways.
export async function seedDemo(db: Db): Promise<DemoSeed> {
  return withSetupLock(db, () =>
    db.transaction().execute(async (trx) => {
      if (!(await isDatabaseEmpty(trx))) {
        throw new Conflict('not_empty', 'The database already holds frameworks or pathways; the demo is only loaded into an empty database')
      }
      return loadAll(trx)
    }),
  )
}

// Loads the demo when the database is empty, so a second start keeps what people have entered; null otherwise.
// Under the setup lock, so a replica starting at the same moment waits and then finds the demo there.
export async function seedDemoIfEmpty(db: Db): Promise<DemoSeed | null> {
  return withSetupLock(db, () => db.transaction().execute(async (trx) => ((await isDatabaseEmpty(trx)) ? loadAll(trx) : null)))
}
