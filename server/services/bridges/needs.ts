// Loading what target modules need of basic skills, and the level scales to judge it by.
import { needsOf } from '../../../shared/domain/bridges/needs'
import type { Db } from '../../db/connect'
import { alignedCompetencyIds, basicSkillRequirements, competenciesWithAncestors } from '../../db/queries/bridges'
import { levelScales } from '../../db/queries/levels'
import { Invalid } from '../../errors'

// Every basic skill the targets need, with the catalogue slice and the basic-skill levels used to judge it.
export async function loadNeeds(db: Db, targetIds: readonly number[]) {
  const alignedIds = await alignedCompetencyIds(db, targetIds)
  const aligned = await competenciesWithAncestors(db, alignedIds)
  const requirements = await basicSkillRequirements(db, [...aligned.keys()])
  const skills = await competenciesWithAncestors(db, requirements.map((r) => r.toId))
  const catalogue = new Map([...aligned, ...skills])
  const scales = await levelScales(db)
  const levels = scales.skillLevels.map((l) => l.code)
  return { needs: needsOf({ alignedIds, requirements, catalogue, levels }), levels, scales }
}

type Scales = Awaited<ReturnType<typeof levelScales>>

// The entry level with this code (e.g. "ABE 3"), or 422 naming the levels there are.
export function entryLevelOf(scales: Scales, code: string) {
  const level = scales.entryLevels.find((l) => l.code.toLowerCase() === code.trim().toLowerCase())
  if (!level) {
    throw new Invalid(`Entry level "${code}" is not one of the levels set for this instance (${scales.entryLevels.map((l) => l.code).join(', ')})`, {
      field: 'entryLevel',
    })
  }
  return { code: level.code, label: level.label, skillLevel: level.skillLevel }
}
