// Computing a pathway's analysis for one scope and storing it as a snapshot (db/queries/analysis-snapshots):
// every finding of every status, each as a row with the columns a page is filtered on. The snapshot is made
// here and completed once every finding is written (by analysis workers for a big pathway), so readers keep
// the previous one meanwhile; one that fails is removed.
import type { AnalysisOptions } from '../../../shared/domain/analysis/analyse'
import type { Db } from '../../db/connect'
import { completeSnapshot, createSnapshot, dropSnapshot } from '../../db/queries/analysis-snapshots'
import { analyseIntoSnapshot } from '../analysis/stored'
import type { Scope } from './scope'

// Analyses the pathway as the scope sees it and stores the result as computed from `inputVersion` (read before
// the analysis started: a write during it leaves the stored version behind, so the result is computed again).
// Statuses and decisions are not stored: they are applied when a page is read. The new snapshot's id.
export async function computeAndStore(db: Db, pathway: { id: number; slug: string }, scope: Scope, inputVersion: string, analysis: AnalysisOptions = {}): Promise<number> {
  const id = await createSnapshot(db, { pathwayId: pathway.id, scope: scope.key, inputVersion, computedAt: new Date().toISOString() })
  try {
    const counts = await analyseIntoSnapshot(db, pathway.slug, scope.viewer, id, analysis)
    const findingCount = Object.values(counts.bySeverity).reduce((sum, n) => sum + n, 0)
    await completeSnapshot(db, id, { findingCount, counts: JSON.stringify(counts), computedAt: new Date().toISOString() })
  } catch (error) {
    await dropSnapshot(db, id)
    throw error
  }
  return id
}
