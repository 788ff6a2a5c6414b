// A pathway's data version: a short hash of the exact counters its analysis reads (db/queries/analysis-versions),
// in two parts. `input` moves with anything the findings are computed from, and a new input means computing
// again; `decisions` moves when someone accepts, assigns or withdraws, which changes statuses only (they are
// applied when a page is read), so it changes the ETag but never costs a recomputation.
import { createHash } from 'node:crypto'
import type { Db } from '../../db/connect'
import { pathwayCounters } from '../../db/queries/analysis-versions'

export type DataVersion = { input: string; decisions: number }

export async function dataVersion(db: Db, pathwayId: number): Promise<DataVersion> {
  const hash = createHash('sha256')
  let decisions = 0
  for (const c of await pathwayCounters(db, pathwayId)) {
    if (c.scope === 'decisions') decisions = c.version
    else hash.update(`${c.scope}:${c.scopeId}:${c.version};`)
  }
  return { input: hash.digest('base64url').slice(0, 22), decisions }
}
