import type { Kysely } from 'kysely'
import { column, createCounterTriggers, dropCounterTriggers, type Bumps } from './counters'

// The analysis reads credentials' learner outcome counts too (low_completion, equity_gap of a credential): a write
// to them moves the credential's analysis counter, which the pathways whose modules lead to it read, so a stored
// analysis is computed again.
const BUMPS: Bumps = { credential_outcome_counts: [{ scope: 'credential', id: column('credential_id') }] }

export async function up(db: Kysely<any>): Promise<void> {
  await createCounterTriggers(db, 'analysis_versions', 'analysis', BUMPS)
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropCounterTriggers(db, 'analysis', BUMPS)
}
