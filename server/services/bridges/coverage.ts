// The coverage checklist of a bridge or integrated module: each basic skill its targets need above its entry
// level, covered or not by what the module aligns to now.
import { coverageOf, reachOf } from '../../../shared/domain/bridges/coverage'
import { needsAboveEntry } from '../../../shared/domain/bridges/needs'
import type { BridgeCoverage } from '../../../shared/schemas/bridge'
import type { Db } from '../../db/connect'
import { alignedCompetencyIds, competenciesWithAncestors } from '../../db/queries/bridges'
import { targetsOfBridge } from '../../db/queries/bridge-targets'
import { NotFound } from '../../errors'
import { canSee, type Viewer } from '../access'
import { requireModule } from '../modules/read'
import { loadNeeds } from './needs'

const byCode = (a: { skill: { code: string } }, b: { skill: { code: string } }) => a.skill.code.localeCompare(b.skill.code, 'en', { numeric: true })

export async function bridgeCoverage(db: Db, viewer: Viewer, moduleId: number): Promise<BridgeCoverage> {
  const module = await requireModule(db, moduleId)
  if (!canSee(viewer, module)) throw new NotFound('Module', moduleId)
  const targets = (await targetsOfBridge(db, module.id, viewer)).map(({ id, code, title, kind, level }) => ({ id, code, title, kind, level }))
  if (!targets.length) return { targets, entryLevel: null, items: [], covered: 0 }
  const { needs, levels, scales } = await loadNeeds(db, targets.map((t) => t.id))
  const entry = scales.entryLevels.find((l) => l.code.toLowerCase() === module.entryLevel?.trim().toLowerCase())
  const entryLevel = entry ? { code: entry.code, label: entry.label, skillLevel: entry.skillLevel } : null
  // Without a known entry level, everything the targets need is on the list.
  const listed = entryLevel ? needsAboveEntry(needs, levels, entryLevel.skillLevel).listed : needs
  const alignedIds = await alignedCompetencyIds(db, [module.id])
  const reach = reachOf(await competenciesWithAncestors(db, alignedIds), alignedIds, levels)
  const items = coverageOf(listed, reach, levels).sort(byCode)
  return { targets, entryLevel, items, covered: items.filter((i) => i.covered).length }
}
