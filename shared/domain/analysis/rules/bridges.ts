// bridge_gap and no_adult_entry: can an adult who enters below the level of the first rung get onto it?
import { ancestorsAndSelf, levelRankOf, modulesInOrder, type AnalysisIndex } from '../build-index'
import { competencyName, listOf, moduleName } from '../describe'
import type { RuleFinding } from '../types'
import { teachesBasicSkills } from './coverage'

// What the entry modules need of one basic skill that the bridges do not give: the highest level asked for.
type Need = { rank: number; level: string | null; levels: Set<string | null>; moduleIds: Set<number>; competencyIds: Set<number> }

// A basic skill that a competency of an entry module requires (directly or through an ancestor of that
// competency), at a level that no bridge or integrated module reaches. A module reaches a basic skill at
// level L when it aligns to the skill or to a descendant of it whose level (own, else nearest ancestor's)
// is L. The required level is the link's minLevel, else the skill's own level; levels outside the ordering
// count as unstated, which any alignment meets.
export function bridgeGap(index: AnalysisIndex): RuleFinding[] {
  const reach = basicSkillReach(index)
  const needs = new Map<number, Need>()
  for (const entry of index.entryModules) {
    for (const competencyId of index.competenciesByModule.get(entry.id) ?? []) {
      for (const from of ancestorsAndSelf(index, competencyId)) {
        for (const req of index.requirementsByFrom.get(from) ?? []) {
          const skill = index.competencies.get(req.toId)
          if (skill && skill.frameworkKind !== 'basic_skills') continue
          const level = req.minLevel ?? skill?.level ?? null
          const rank = levelRankOf(index, level)
          const reached = reach.get(req.toId)
          if (reached !== undefined && reached >= rank) continue
          let need = needs.get(req.toId)
          if (!need) {
            need = { rank, level, levels: new Set(), moduleIds: new Set(), competencyIds: new Set() }
            needs.set(req.toId, need)
          } else if (rank > need.rank) {
            need.rank = rank
            need.level = level
          }
          need.levels.add(level)
          need.moduleIds.add(entry.id)
          need.competencyIds.add(competencyId)
        }
      }
    }
  }
  return [...needs].map(([skillId, need]) => {
    const skill = index.competencies.get(skillId)
    const modules = modulesInOrder(index, need.moduleIds)
    const reached = reach.get(skillId)
    const shortfall =
      reached === undefined
        ? 'no bridge or integrated module of the pathway teaches it'
        : `the pathway's bridge and integrated modules reach it only ${reached < 0 ? 'at an unstated level' : `at level ${index.basicSkillLevels[reached]}`}`
    return {
      key: `bridge_gap:c${skillId}`,
      kind: 'bridge_gap' as const,
      severity: 'warning' as const,
      message:
        `Entry ${modules.length === 1 ? 'module' : 'modules'} ${listOf(modules.map(moduleName))} ` +
        `${modules.length === 1 ? 'needs' : 'need'} the basic skill ${skill ? competencyName(skill) : `#${skillId}`}` +
        `${need.level === null ? '' : ` at ${need.levels.size > 1 ? 'up to ' : ''}level ${need.level}`}, but ${shortfall}.`,
      refs: {
        competencyIds: [skillId, ...need.competencyIds],
        moduleIds: modules.map((m) => m.id),
        ...(need.level === null ? {} : { levels: [need.level] }),
      },
    }
  })
}

// Highest level rank each basic skill is reached at by the pathway's bridge and integrated modules,
// credited to the aligned item and every ancestor; -1 when reached only at an unstated level. An item's
// rank depends on the item alone, so each aligned item is credited once however many modules align to it.
function basicSkillReach(index: AnalysisIndex): Map<number, number> {
  const reach = new Map<number, number>()
  const credited = new Set<number>()
  for (const [moduleId, competencyIds] of index.competenciesByModule) {
    if (!teachesBasicSkills(index.modules.get(moduleId)!)) continue
    for (const competencyId of competencyIds) {
      if (credited.has(competencyId)) continue
      credited.add(competencyId)
      const chain = ancestorsAndSelf(index, competencyId)
      const level = chain.map((id) => index.competencies.get(id)?.level ?? null).find((l) => l !== null) ?? null
      const rank = levelRankOf(index, level)
      for (const id of chain) if ((reach.get(id) ?? -2) < rank) reach.set(id, rank)
    }
  }
  return reach
}

// No way on for adults: no bridge or integrated module anywhere on the pathway (marked as an entry point or
// not: a bridge is a way on by what it is), and no adult-level module marked as an entry point. Critical: the
// pathway then fails its purpose of serving people "regardless of skill level at entry".
export function noAdultEntry(index: AnalysisIndex): RuleFinding[] {
  const modules = [...index.modules.values()]
  if (modules.some((m) => teachesBasicSkills(m) || (m.isEntry && m.level === 'adult'))) return []
  const points = modulesInOrder(index, index.entryPoints.map((m) => m.id))
  const startsAt = points.length === 0 ? 'it has no modules yet' : `it starts at ${listOf(points.map(moduleName))}`
  return [
    {
      key: 'no_adult_entry',
      kind: 'no_adult_entry',
      severity: 'critical',
      message:
        `The pathway has no bridge or integrated module and no adult-level entry point (${startsAt}), so it does ` +
        `not serve adults regardless of their skill level at entry.`,
      refs: { moduleIds: points.map((m) => m.id) },
    },
  ]
}
