// One import job's work, wherever it runs: read and check the file first (no database needed), then plan and
// write it in one transaction, so it is all or nothing. On its own SQLite connection (a worker's) the
// transaction is taken with BEGIN IMMEDIATE: it writes anyway, and a deferred one that read a snapshot could
// not become a writer after another connection wrote.
import { PostgresAdapter, sql } from 'kysely'
import type { ImportOptions, ImportSummary } from '../../../shared/schemas/import'
import type { Db } from '../../db/connect'
import type { Viewer } from '../access'
import type { Progress } from './commit'
import { commitImport, readUpload, type Upload } from './index'

export async function runImport(db: Db, ownConnection: boolean, actor: Viewer, upload: Upload, options: ImportOptions, onProgress: Progress): Promise<ImportSummary> {
  const read = readUpload(upload, options)
  if (!ownConnection || db.getExecutor().adapter instanceof PostgresAdapter) {
    return db.transaction().execute((trx) => commitImport(trx, actor, read, options, onProgress))
  }
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn)
    try {
      const summary = await commitImport(conn, actor, read, options, onProgress)
      await sql`commit`.execute(conn)
      return summary
    } catch (error) {
      await sql`rollback`.execute(conn)
      throw error
    }
  })
}
