// Whether a pathway is read by a worker itself: when it is big and lives in an SQLite file, a worker opens the
// file through a connection of its own, so neither its reads nor its work hold up other requests.
import type { Db } from '../../db/connect'
import { analysisSize, sqliteFileOf } from '../../db/queries/analysis'
import { findPathwayBySlug } from '../../db/queries/pathways'
import { NotFound } from '../../errors'
import type { Viewer } from '../access'
import type { ReportSource } from './run'

// The source a worker loads the pathway from, or null to load it on this thread; 404 for an unknown slug.
export async function workerSource(db: Db, slug: string, viewer: Viewer, inlineBelowRows: number): Promise<ReportSource | null> {
  if (inlineBelowRows === Infinity) return null
  const row = await findPathwayBySlug(db, slug)
  if (!row) throw new NotFound('Pathway', slug)
  const file = await sqliteFileOf(db)
  if (file === null || (await analysisSize(db, row.id)) < inlineBelowRows) return null
  // Only what access checks read crosses to the worker, whatever else the caller's user object holds.
  return { file, slug, pathwayId: row.id, viewer: viewer && { id: viewer.id, role: viewer.role, organisationId: viewer.organisationId } }
}
