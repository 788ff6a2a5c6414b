// Which competencies a campaign asks about, grouped the way employers read them: by area.
import type { Db } from '../../db/connect'
import { campaignAreaIds } from '../../db/queries/validation-campaigns'
import { competenciesOfPathway, type PathwayCompetency } from '../../db/queries/validation-review'

export type ScopeItem = { id: number; frameworkId: number; code: string; statement: string }
// `areaId` null: root competencies of a framework that belong to no area (no suggestions can go there).
export type ScopeGroup = { areaId: number | null; code: string | null; title: string; frameworkId: number; frameworkTitle: string; items: ScopeItem[] }

// Groups the assessable items (leaves) of the pathway's frameworks by their top-level area (areaIds null), or
// only those under the chosen areas; items keep their tree order.
export function groupScope(rows: readonly PathwayCompetency[], areaIds: readonly number[] | null): ScopeGroup[] {
  const children = new Map<number | null, PathwayCompetency[]>()
  for (const row of rows) {
    const siblings = children.get(row.parentId) ?? []
    siblings.push(row)
    children.set(row.parentId, siblings)
  }
  const leavesUnder = (node: PathwayCompetency): ScopeItem[] => {
    const below = children.get(node.id)
    if (!below?.length) return [{ id: node.id, frameworkId: node.frameworkId, code: node.code, statement: node.statement }]
    return below.flatMap(leavesUnder)
  }
  const groupOf = (area: PathwayCompetency): ScopeGroup => ({
    areaId: area.id, code: area.code, title: area.statement, frameworkId: area.frameworkId, frameworkTitle: area.frameworkTitle, items: leavesUnder(area),
  })
  if (areaIds) {
    const chosen = new Set(areaIds)
    return rows.filter((r) => chosen.has(r.id)).map(groupOf)
  }
  const groups: ScopeGroup[] = []
  const loose = new Map<number, ScopeGroup>()
  for (const root of children.get(null) ?? []) {
    if (children.get(root.id)?.length) {
      groups.push(groupOf(root))
      continue
    }
    let group = loose.get(root.frameworkId)
    if (!group) {
      group = { areaId: null, code: null, title: `Other competencies of ${root.frameworkTitle}`, frameworkId: root.frameworkId, frameworkTitle: root.frameworkTitle, items: [] }
      loose.set(root.frameworkId, group)
      groups.push(group)
    }
    group.items.push({ id: root.id, frameworkId: root.frameworkId, code: root.code, statement: root.statement })
  }
  return groups
}

// The grouped competencies of a campaign as they stand now.
export async function loadScope(db: Db, campaign: { campaignId: number; pathwayId: number; scope: 'all' | 'areas' }): Promise<ScopeGroup[]> {
  const [rows, areaIds] = await Promise.all([
    competenciesOfPathway(db, campaign.pathwayId),
    campaign.scope === 'areas' ? campaignAreaIds(db, campaign.campaignId) : Promise.resolve(null),
  ])
  return groupScope(rows, areaIds)
}
