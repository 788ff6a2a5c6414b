// Whether a pathway is read by a worker itself: when it is big, a worker connects to the database on its own
// (the SQLite file, or PostgreSQL by its URL), so neither its reads nor its work hold up other requests.
import { connectionOf, type ConnectOptions, type Db } from '../../db/connect'
import { analysisSize, sqliteFileOf } from '../../db/queries/analysis'
import { findPathwayBySlug } from '../../db/queries/pathways'
import { NotFound } from '../../errors'
import type { Viewer } from '../access'
import type { ReportSource } from './jobs'

// How another thread opens this database; null for an SQLite database in memory or a transaction (whose
// uncommitted writes no other connection would see).
async function workerConnection(db: Db): Promise<ConnectOptions | null> {
  const connection = db.isTransaction ? undefined : connectionOf(db)
  if (!connection) return null
  if (connection.dialect === 'postgres') return connection
  const file = await sqliteFileOf(db)
  return file === null ? null : { dialect: 'sqlite', file }
}

// The source a worker loads the pathway from, or null to load it on this thread; 404 for an unknown slug.
export async function workerSource(db: Db, slug: string, viewer: Viewer, inlineBelowRows: number): Promise<ReportSource | null> {
  if (inlineBelowRows === Infinity) return null
  const row = await findPathwayBySlug(db, slug)
  if (!row) throw new NotFound('Pathway', slug)
  const connection = await workerConnection(db)
  if (connection === null || (await analysisSize(db, row.id)) < inlineBelowRows) return null
  // Only what access checks read crosses to the worker, whatever else the caller's user object holds.
  return { connection, slug, pathwayId: row.id, viewer: viewer && { id: viewer.id, role: viewer.role, organisationId: viewer.organisationId } }
}
