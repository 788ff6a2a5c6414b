// Recomputing a stored analysis once, however many requests and replicas notice at the same moment that it is
// out of date: requests of this process share one promise per pathway and scope, and across replicas a lease
// row (db/queries/analysis-leases) lets one of them compute while the others go on serving the last result.
import { hostname } from 'node:os'
import { randomUUID } from 'node:crypto'
import type { AnalysisOptions } from '../../../shared/domain/analysis/analyse'
import type { Db } from '../../db/connect'
import { releaseLease, takeLease } from '../../db/queries/analysis-leases'
import { dropOlderSnapshots } from '../../db/queries/analysis-snapshots'
import { computeAndStore } from './store'
import type { Scope } from './scope'
import { dataVersion, resultVersion } from './version'

// Longer than a statewide analysis takes on a loaded machine; a replica that dies holding a lease holds it no
// longer than this.
const LEASE_MS = 5 * 60_000

// This process, as the owner of the leases it takes.
const OWNER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`

// 'computed' when this process stored a new result, 'elsewhere' when another replica holds the lease.
export type Refreshed = 'computed' | 'elsewhere'

const running = new Map<string, Promise<Refreshed>>()

async function refreshOnce(db: Db, pathway: { id: number; slug: string }, scope: Scope, analysis: AnalysisOptions): Promise<Refreshed> {
  const key = { pathwayId: pathway.id, scope: scope.key }
  const now = Date.now()
  if (!(await takeLease(db, key, OWNER, new Date(now).toISOString(), new Date(now + LEASE_MS).toISOString()))) return 'elsewhere'
  let stored: number | undefined
  try {
    // Read under the lease: the version the result will be stored as is never newer than the input it read.
    const { input } = await dataVersion(db, pathway.id)
    stored = await computeAndStore(db, pathway, scope, resultVersion(input, analysis), analysis)
  } finally {
    await releaseLease(db, key, OWNER, stored !== undefined)
  }
  // The results it replaces, which readers no longer take, go after the lease (a statewide one takes a while).
  await dropOlderSnapshots(db, stored)
  return 'computed'
}

// Recomputes the pathway's analysis for the scope, or joins the recomputation this process already runs.
export function refresh(db: Db, pathway: { id: number; slug: string }, scope: Scope, analysis: AnalysisOptions = {}): Promise<Refreshed> {
  const key = `${pathway.id}:${scope.key}`
  const current = running.get(key)
  if (current) return current
  const job = refreshOnce(db, pathway, scope, analysis).finally(() => running.delete(key))
  running.set(key, job)
  return job
}

// Starts a recomputation that nobody waits for; a failure is logged, and the next read tries again.
export function refreshInBackground(db: Db, pathway: { id: number; slug: string }, scope: Scope, analysis: AnalysisOptions = {}): void {
  refresh(db, pathway, scope, analysis).catch((error: unknown) => {
    console.error(`Recomputing the analysis of ${pathway.slug} (${scope.key}) failed:`, error)
  })
}
