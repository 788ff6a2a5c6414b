import type { Kysely } from 'kysely'
import { column, createCounters, dropCounters, everywhere, type Bumps } from './counters'

// Counters for what a road map reads beyond the analysis's input (issue 15): with analysis_versions they name the
// version of a pathway's road map, which tags it (a repeat gets 304 after reading only the counters) and keys the
// answers a server keeps. Per module: its revisions, supports, funding and bridge targets; per pathway: its target
// occupations and supports; the catalogue every road map draws on: credentials, their stacking and jobs, and
// organisations' names.
const BUMPS: Bumps = {
  module_revisions: [{ scope: 'module', id: column('module_id') }],
  module_funding: [{ scope: 'module', id: column('module_id') }],
  bridge_targets: [{ scope: 'module', id: column('bridge_id') }],
  supports: [{ scope: 'module', id: column('module_id') }, { scope: 'pathway', id: column('pathway_id') }],
  pathway_occupations: [{ scope: 'pathway', id: column('pathway_id') }],
  credentials: [{ scope: 'catalogue', id: everywhere }],
  credential_stacks: [{ scope: 'catalogue', id: everywhere }],
  credential_occupations: [{ scope: 'catalogue', id: everywhere }],
  organisations: [{ scope: 'catalogue', id: everywhere }],
}

export async function up(db: Kysely<any>): Promise<void> {
  await createCounters(db, 'read_versions', 'read', BUMPS)
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropCounters(db, 'read_versions', 'read', BUMPS)
}
