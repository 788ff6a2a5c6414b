// Pure helpers for the requirement panel: who needs what, an area's assessable items, and the sentence that
// says what a bulk edit changed.
import type { CompetencyNode, Requirement, RequirementsEdit, SkillLevelScales } from '../../api'

export type SkillLevel = SkillLevelScales['skillLevels'][number]

// The basic skills a competency requires, by code.
export const needsOf = (items: readonly Requirement[], id: number) => items.filter((r) => r.fromId === id)

// The competencies that require a basic skill.
export const neededBy = (items: readonly Requirement[], id: number) => items.filter((r) => r.toId === id)

// The items below a grouping item that have no children of their own (DESIGN §3: the assessable ones), in order.
export function assessableDescendants(node: CompetencyNode): CompetencyNode[] {
  return node.children.flatMap((child) => (child.children.length ? assessableDescendants(child) : [child]))
}

// Every item of a tree by id.
export function indexTree(roots: readonly CompetencyNode[]): Map<number, CompetencyNode> {
  const index = new Map<number, CompetencyNode>()
  const visit = (node: CompetencyNode) => {
    index.set(node.id, node)
    node.children.forEach(visit)
  }
  roots.forEach(visit)
  return index
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

// A short note per item of a framework: how many basic skills it needs, or how many competencies need it.
export function requirementNotes(items: readonly Requirement[], frameworkId: number): Map<number, string> {
  const needs = new Map<number, number>()
  const needed = new Map<number, number>()
  for (const r of items) {
    if (r.fromFrameworkId === frameworkId) needs.set(r.fromId, (needs.get(r.fromId) ?? 0) + 1)
    if (r.toFrameworkId === frameworkId) needed.set(r.toId, (needed.get(r.toId) ?? 0) + 1)
  }
  const notes = new Map<number, string>()
  for (const [id, n] of needs) notes.set(id, `Needs ${plural(n, 'basic skill', 'basic skills')}`)
  for (const [id, n] of needed) notes.set(id, [notes.get(id), `Needed by ${n}`].filter(Boolean).join(' · '))
  return notes
}

// "C — Low Intermediate Basic Education", or the code alone when it is not on the scale.
export function levelName(levels: readonly SkillLevel[], code: string | null): string {
  if (code === null) return 'No minimum level'
  const level = levels.find((l) => l.code === code)
  return level ? `${level.code} — ${level.label}` : code
}

const atLevel = (level: string | null) => (level ? ` at level ${level}` : ' with no minimum level')

// What a bulk edit did, in one sentence: "Added CCR.M.6.NS.3 at level C to 4 competencies."
export function describeEdit(result: RequirementsEdit): string {
  const who = (change: RequirementsEdit['items'][number]['change']) => {
    const hit = result.items.filter((i) => i.change === change)
    return hit.length === 1 ? hit[0]!.code : `${hit.length} competencies`
  }
  const skill = result.skill.code
  const parts: string[] = []
  if (result.action === 'remove') {
    if (result.removed) parts.push(`Removed ${skill} from ${who('removed')}`)
    if (result.unchanged) parts.push(`${who('unchanged')} did not require it`)
  } else {
    if (result.added) parts.push(`Added ${skill}${atLevel(result.minLevel)} to ${who('added')}`)
    const to = result.minLevel ? `level ${result.minLevel}` : 'no minimum level'
    if (result.updated) parts.push(`changed ${skill} to ${to} on ${who('updated')}`)
    if (result.unchanged) parts.push(`${who('unchanged')} already required it${atLevel(result.minLevel)}`)
  }
  const sentence = parts.join('; ')
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`
}

// Where a competency sits on its framework's page: the page opens with it selected and its branch open.
export const competencyHref = (frameworkId: number, competencyId: number) => `/frameworks/${frameworkId}?competency=${competencyId}`
