import type { Kysely } from 'kysely'
import { column, createCounterTriggers, dropCounterTriggers, type Bumps } from './counters'

// The analysis reads learner outcome counts (leaky_transition, low_completion, equity_gap): a write to them moves
// the module's analysis counter, so a stored analysis (and the road map tagged by it) is computed again.
const BUMPS: Bumps = { outcome_counts: [{ scope: 'module', id: column('module_id') }] }

export async function up(db: Kysely<any>): Promise<void> {
  await createCounterTriggers(db, 'analysis_versions', 'analysis', BUMPS)
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropCounterTriggers(db, 'analysis', BUMPS)
}
