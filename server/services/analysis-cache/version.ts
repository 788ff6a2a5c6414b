// A pathway's data version: a short hash of the few counters that name its input (db/queries/analysis-versions),
// in two parts. `input` moves with anything the findings are computed from, and a new input means computing
// again; `decisions` moves when someone accepts, assigns or withdraws, which changes statuses only (they are
// applied when a page is read), so it changes the ETag but never costs a recomputation.
import { createHash } from 'node:crypto'
import type { AnalysisOptions } from '../../../shared/domain/analysis/analyse'
import { DEFAULT_OUTCOME_FINDINGS } from '../../../shared/domain/analysis/rules/outcomes-tables'
import type { Db } from '../../db/connect'
import { pathwayCounters, type VersionCounter } from '../../db/queries/analysis-versions'

export type DataVersion = { input: string; decisions: number }

// Which frameworks a pathway reads through required skills, as last found, with the rollup and the frameworks'
// counters they were found at. Finding them walks the requirements; while neither the rollup nor those
// counters move they cannot have changed, so a request reads only counters by their keys.
type Required = { rollup: number; frameworks: Map<number, number> }
const known = new WeakMap<Db, Map<number, Required>>()

const versionOf = (counters: readonly VersionCounter[], scope: string) => counters.find((c) => c.scope === scope)?.version ?? 0

function requiredOf(counters: readonly VersionCounter[]): Required {
  return { rollup: versionOf(counters, 'rollup'), frameworks: new Map(counters.filter((c) => c.scope === 'framework').map((c) => [c.scopeId, c.version])) }
}

// True when the counters read for the frameworks last found show that nothing could have changed which they are.
function unchanged(last: Required, counters: readonly VersionCounter[]): boolean {
  const now = requiredOf(counters)
  return now.rollup === last.rollup && [...last.frameworks].every(([id, version]) => (now.frameworks.get(id) ?? 0) === version)
}

async function countersOf(db: Db, pathwayId: number): Promise<VersionCounter[]> {
  let ofDb = known.get(db)
  if (!ofDb) known.set(db, (ofDb = new Map()))
  const last = ofDb.get(pathwayId)
  if (last) {
    const counters = await pathwayCounters(db, pathwayId, [...last.frameworks.keys()])
    if (unchanged(last, counters)) return counters
  }
  const counters = await pathwayCounters(db, pathwayId)
  ofDb.set(pathwayId, requiredOf(counters))
  return counters
}

// The version a stored result is computed from: the input's, and the settings of the outcome findings (a
// result computed with other thresholds is as stale as one of older data).
export function resultVersion(input: string, analysis: AnalysisOptions = {}): string {
  if (!analysis.outcomes) return input
  const settings = { ...DEFAULT_OUTCOME_FINDINGS, ...analysis.outcomes }
  return `${input}.${createHash('sha256').update(JSON.stringify(settings)).digest('base64url').slice(0, 8)}`
}

export async function dataVersion(db: Db, pathwayId: number): Promise<DataVersion> {
  const hash = createHash('sha256')
  let decisions = 0
  const counters = (await countersOf(db, pathwayId)).sort((a, b) => a.scope.localeCompare(b.scope) || a.scopeId - b.scopeId)
  for (const c of counters) {
    if (c.scope === 'decisions') decisions = c.version
    else hash.update(`${c.scope}:${c.scopeId}:${c.version};`)
  }
  return { input: hash.digest('base64url').slice(0, 22), decisions }
}
