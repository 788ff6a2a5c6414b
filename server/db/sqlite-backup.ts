// Backing up and restoring the SQLite file with SQLite's online backup API (through better-sqlite3), which
// copies a consistent snapshot while other connections and processes keep writing.
import { renameSync, rmSync } from 'node:fs'
import SQLite from 'better-sqlite3'

// The backup's first step only sizes it up; the next copies every page in one step, inside one read snapshot,
// so that writes from other processes cannot restart it again and again.
const ALL_PAGES = 0x7fffffff

// Copies the database in `sourceFile` to `targetFile` (written aside, then renamed, so a failed backup leaves
// no half file).
export async function backupSqlite(sourceFile: string, targetFile: string): Promise<void> {
  const source = new SQLite(sourceFile, { fileMustExist: true })
  const partial = `${targetFile}.partial`
  try {
    source.pragma('busy_timeout = 5000')
    await source.backup(partial, { progress: () => ALL_PAGES })
    renameSync(partial, targetFile)
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  } finally {
    source.close()
  }
}

// What a backup file holds, as far as restoring it needs to know: whether it is an intact SQLite database and
// which migrations it has. Throws with a sentence saying what is wrong with it.
export function inspectSqliteBackup(file: string): { migrations: string[] } {
  let backup: SQLite.Database
  try {
    backup = new SQLite(file, { readonly: true, fileMustExist: true })
  } catch (error) {
    throw new Error(`${file} cannot be opened: ${(error as Error).message}`)
  }
  try {
    const check = backup.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new Error(`${file} is damaged (SQLite says: ${String(check)})`)
    const migrated = backup.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get()
    if (!migrated) throw new Error(`${file} is not a Rungs database (it has no migration table)`)
    const rows = backup.prepare('select name from kysely_migration order by name').all() as { name: string }[]
    return { migrations: rows.map((row) => row.name) }
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new Error(`${file} is not a SQLite database`)
    throw error
  } finally {
    backup.close()
  }
}

// Replaces the database in `targetFile` (created when missing) with the backup in `backupFile`, page by page
// through SQLite, so that the target's own journal stays consistent.
export async function restoreSqlite(backupFile: string, targetFile: string): Promise<void> {
  const backup = new SQLite(backupFile, { readonly: true, fileMustExist: true })
  try {
    await backup.backup(targetFile, { progress: () => ALL_PAGES })
  } finally {
    backup.close()
  }
}
