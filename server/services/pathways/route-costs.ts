// The time and cost to reach each credential of a road map from each entry point (shared/domain/routes), over
// the modules of the ladder the reader sees.
import { entryIdsOf, routeCosts, type Route } from '../../../shared/domain/routes/route-cost'
import type { Db } from '../../db/connect'
import { prerequisitesAmong } from '../../db/queries/pathways'
import { bridgeTargetsAmong } from '../../db/queries/routes'

type Placed = {
  id: number
  code: string
  level: string
  stage: number
  isEntry: boolean
  durationWeeks: number | null
  costToStudent: number | null
}
type Credential = { id: number; moduleIds: number[]; stacksInto: number[] }

// Credential id → one route per entry point that reaches it.
export async function routesOfRoadMap(db: Db, placed: readonly Placed[], credentials: readonly Credential[]): Promise<Map<number, Route[]>> {
  const ids = placed.map((m) => m.id)
  const [prerequisites, targets] = await Promise.all([prerequisitesAmong(db, ids), bridgeTargetsAmong(db, ids)])
  const modules = placed.map((m) => ({
    id: m.id,
    code: m.code,
    level: m.level,
    durationWeeks: m.durationWeeks,
    costToStudent: m.costToStudent,
    prerequisiteIds: prerequisites.filter((p) => p.moduleId === m.id).map((p) => p.prerequisiteId),
    targetIds: targets.filter((t) => t.bridgeId === m.id).map((t) => t.targetId),
  }))
  return routeCosts({ modules, credentials, entryIds: entryIdsOf(placed) })
}
