// One finding of a pathway's stored analysis, by fingerprint, for those who act on findings (decide.ts): the
// same stored result the findings page shows, so acting on a finding never analyses the pathway again for itself.
import type { Finding } from '../../../shared/domain/analysis/types'
import type { Db } from '../../db/connect'
import { latestSnapshot, snapshotFinding } from '../../db/queries/analysis-snapshots'
import { AppError } from '../../errors'
import type { Viewer } from '../access'
import { storedResult, type CacheOptions, type Pathway } from './page'
import { refresh } from './refresh'

// The finding with this fingerprint as the viewer's scope sees the pathway, or undefined when it has none. As
// on the findings page, a big pathway that changed answers from its last result while it is recomputed: a
// decision taken on it records the facts it was taken on, and lapses if the new result changes them. Before a
// big pathway's first result, this waits for it (503 when another replica is computing it).
export async function currentFinding(db: Db, pathway: Pathway, viewer: Viewer, fingerprint: string, options: CacheOptions): Promise<Finding | undefined> {
  const stored = await storedResult(db, pathway, viewer, options)
  let snapshot = stored.snapshot
  if (!snapshot && (await refresh(db, pathway, stored.scope, options.analysis)) === 'computed') snapshot = await latestSnapshot(db, pathway.id, stored.scope.key)
  if (!snapshot) throw new AppError('analysis_updating', 503, `The findings of ${pathway.title} are being analysed; try again in a minute`, { retryAfterSeconds: 60 })
  const body = await snapshotFinding(db, snapshot.id, fingerprint)
  return body === undefined ? undefined : (JSON.parse(body) as Finding)
}
