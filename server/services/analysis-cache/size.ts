// How many rows a pathway's analysis reads, remembered per data version (it changes only with the input): on a
// statewide catalogue counting them reads half a million alignments on the request thread, and every read of a
// result that is being recomputed would ask again.
import type { Db } from '../../db/connect'
import { analysisSize } from '../../db/queries/analysis'

// Per database (tests open many), per pathway: the last count and the input version it was taken at.
const remembered = new WeakMap<Db, Map<number, { input: string; rows: number }>>()

export async function inputSize(db: Db, pathwayId: number, input: string): Promise<number> {
  let ofDb = remembered.get(db)
  if (!ofDb) remembered.set(db, (ofDb = new Map()))
  const known = ofDb.get(pathwayId)
  if (known?.input === input) return known.rows
  const rows = await analysisSize(db, pathwayId)
  ofDb.set(pathwayId, { input, rows })
  return rows
}
