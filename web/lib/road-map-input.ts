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
