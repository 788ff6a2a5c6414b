// The road map as the server sends it, reshaped for the picture's layout and the ladder list.
import type { RoadMap } from '../api'
import type { LayoutInput } from './road-map-layout'

export function layoutInputOf(roadMap: RoadMap): LayoutInput {
  return {
    modules: roadMap.stages.flatMap((s) => s.modules),
    credentials: roadMap.credentials,
    prerequisites: roadMap.prerequisites,
    articulations: roadMap.articulations,
  }
}

// For each module: what it needs first, the modules it opens (those requiring it) and those it earns credit toward.
export function moduleLinks(roadMap: RoadMap) {
  const codes = new Map(roadMap.stages.flatMap((s) => s.modules.map((m) => [m.id, m.code] as const)))
  const named = (ids: number[]) => ids.map((id) => ({ id, code: codes.get(id) ?? `Module ${id}` }))
  return (moduleId: number) => ({
    needs: named(roadMap.prerequisites.filter((p) => p.moduleId === moduleId).map((p) => p.prerequisiteId)),
    opens: named(roadMap.prerequisites.filter((p) => p.prerequisiteId === moduleId).map((p) => p.moduleId)),
    creditToward: named(roadMap.articulations.filter((a) => a.fromModuleId === moduleId).map((a) => a.toModuleId)),
  })
}

// How many columns of cards each stage takes in the printed ladder: the fewest rows of cards for which the stages,
// each split into columns of that many cards, fit in maxColumns (so a stage of six does not stand twice as tall as
// the rest); one column each when no split fits.
export function stageColumns(moduleCounts: readonly number[], maxColumns: number): number[] {
  const most = Math.max(1, ...moduleCounts)
  for (let rows = 1; rows <= most; rows++) {
    const spans = moduleCounts.map((n) => Math.max(1, Math.ceil(n / rows)))
    if (spans.reduce((a, b) => a + b, 0) <= maxColumns) return spans
  }
  return moduleCounts.map(() => 1)
}
