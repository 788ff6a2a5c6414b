// Loads the shipped labour-market reference data into the database when it is missing or older than the files.
import type { Db } from '../../db/connect'
import { loadedVersion, replaceReferenceRows } from '../../db/queries/labor-reference'
import { readLaborFiles, referenceRows } from './read-fixtures'

const DATA_SET = 'labor'

// Loads fixtures/labor in one transaction unless this version is already loaded; true when it loaded. Runs after
// every migrate, so a new release of the files reaches existing databases; partnerships' local wages are kept.
export async function loadLaborReference(db: Db): Promise<boolean> {
  const { version, texts } = readLaborFiles()
  if ((await loadedVersion(db, DATA_SET)) === version) return false
  const rows = referenceRows(texts)
  await db.transaction().execute(async (trx) => {
    if ((await loadedVersion(trx, DATA_SET)) === version) return
    await replaceReferenceRows(trx, DATA_SET, version, rows)
  })
  return true
}
