// The bridge builder's list: the basic skills target modules need above an adult's entry level.
import { groupBySubject, needsAboveEntry } from '../../../shared/domain/bridges/needs'
import type { BridgePlan, BridgePlanQuery, BridgeTarget } from '../../../shared/schemas/bridge'
import type { Db } from '../../db/connect'
import { modulesAtStage, modulesForBridge } from '../../db/queries/bridges'
import { findPathway } from '../../db/queries/pathways'
import { Invalid, NotFound } from '../../errors'
import type { Viewer } from '../access'
import { entryLevelOf, loadNeeds } from './needs'

const asTarget = ({ id, code, title, kind, level }: BridgeTarget): BridgeTarget => ({ id, code, title, kind, level })

// The modules named, each visible to the viewer (404 otherwise); or the occupational and integrated modules
// of a pathway's stage (422 when it has none).
export async function resolveTargets(db: Db, viewer: Viewer, query: Pick<BridgePlanQuery, 'targetId' | 'pathwayId' | 'stage'>): Promise<BridgeTarget[]> {
  if (query.targetId !== undefined) {
    const ids = [...new Set([query.targetId].flat())]
    const found = await modulesForBridge(db, ids, viewer)
    const missing = ids.find((id) => !found.some((m) => m.id === id))
    if (missing !== undefined) throw new NotFound('Module', missing)
    return found.map(asTarget)
  }
  const pathway = await findPathway(db, query.pathwayId!)
  if (!pathway) throw new NotFound('Pathway', query.pathwayId!)
  const found = await modulesAtStage(db, pathway.id, query.stage!, viewer)
  if (!found.length) {
    throw new Invalid(`Stage ${query.stage} of pathway "${pathway.title}" has no occupational or integrated module to prepare for`, { field: 'stage' })
  }
  return found.map(asTarget)
}

// What the targets need above the entry level, grouped by subject, most needed first.
export async function planBridge(db: Db, viewer: Viewer, query: BridgePlanQuery): Promise<BridgePlan> {
  const targets = await resolveTargets(db, viewer, query)
  const { needs, levels, scales } = await loadNeeds(db, targets.map((t) => t.id))
  const entryLevel = entryLevelOf(scales, query.entryLevel)
  const { listed, metAtEntry } = needsAboveEntry(needs, levels, entryLevel.skillLevel)
  return { targets, entryLevel, groups: groupBySubject(listed), metAtEntry }
}
