// What basic skills a set of target modules needs: every basic skill that a competency the targets align to
// (or an ancestor of it) requires, at the highest level asked for, with the competencies that need it.
import type { BridgeNeed, BridgePlan, CompetencySummary } from '../../schemas/bridge'
import { BASIC_SKILL_SUBJECTS, type BasicSkillSubject } from '../vocabulary'
import { chainOf, inherited, rankOf, type Catalogue } from './catalogue'

export type Requirement = { fromId: number; toId: number; minLevel: string | null }

export type NeedsInput = {
  // Competencies the targets align to (any depth, module or outcome).
  alignedIds: readonly number[]
  // "requires" links to basic-skills standards, from any of those competencies or their ancestors.
  requirements: readonly Requirement[]
  // The aligned competencies, the required skills, and all their ancestors.
  catalogue: Catalogue
  // The basic-skill levels, lowest first.
  levels: readonly string[]
}

const summary = (c: { id: number; frameworkId: number; code: string; statement: string }): CompetencySummary => ({ id: c.id, frameworkId: c.frameworkId, code: c.code, statement: c.statement })

// Every basic skill the targets need. The required level is the link's minimum level, else the skill's own
// (or inherited) level; when several competencies need one skill, the highest level wins.
export function needsOf(input: NeedsInput): BridgeNeed[] {
  const { catalogue, levels } = input
  const requiredBy = new Map<number, Requirement[]>()
  for (const r of input.requirements) requiredBy.set(r.fromId, [...(requiredBy.get(r.fromId) ?? []), r])
  const needs = new Map<number, BridgeNeed>()
  for (const alignedId of new Set(input.alignedIds)) {
    const aligned = catalogue.get(alignedId)
    if (!aligned) continue
    for (const from of chainOf(catalogue, alignedId)) {
      for (const r of requiredBy.get(from.id) ?? []) {
        const skill = catalogue.get(r.toId)
        if (!skill) continue
        const level = r.minLevel ?? inherited(catalogue, skill.id, 'level')
        let need = needs.get(skill.id)
        if (!need) {
          need = {
            skill: { ...summary(skill), level: inherited(catalogue, skill.id, 'level') },
            subject: inherited(catalogue, skill.id, 'subject'),
            requiredLevel: level,
            neededBy: [],
          }
          needs.set(skill.id, need)
        } else if (rankOf(levels, level) > rankOf(levels, need.requiredLevel)) {
          need.requiredLevel = level
        }
        if (!need.neededBy.some((c) => c.id === aligned.id)) need.neededBy.push(summary(aligned))
      }
    }
  }
  return [...needs.values()]
}

// An adult placed at an entry level works at `entrySkillLevel`, so the bridge teaches what is needed at that
// level and above; needs with no stated level are listed too, since nothing says the adult meets them.
export function needsAboveEntry(needs: readonly BridgeNeed[], levels: readonly string[], entrySkillLevel: string) {
  const entry = rankOf(levels, entrySkillLevel)
  const listed = needs.filter((n) => {
    const rank = rankOf(levels, n.requiredLevel)
    return rank < 0 || rank >= entry
  })
  return { listed, metAtEntry: needs.length - listed.length }
}

const subjectOrder = (s: BasicSkillSubject | null) => (s === null ? BASIC_SKILL_SUBJECTS.length : BASIC_SKILL_SUBJECTS.indexOf(s))

// Needs by subject (reading, writing, math, English language, digital literacy, then those with no subject);
// within a subject, the skills most competencies need first, then by code.
export function groupBySubject(needs: readonly BridgeNeed[]): BridgePlan['groups'] {
  const groups = new Map<BasicSkillSubject | null, BridgeNeed[]>()
  for (const need of needs) groups.set(need.subject, [...(groups.get(need.subject) ?? []), need])
  const byCount = (a: BridgeNeed, b: BridgeNeed) =>
    b.neededBy.length - a.neededBy.length || a.skill.code.localeCompare(b.skill.code, 'en', { numeric: true })
  return [...groups]
    .sort(([a], [b]) => subjectOrder(a) - subjectOrder(b))
    .map(([subject, list]) => ({
      subject,
      needs: list.map((n) => ({ ...n, neededBy: [...n.neededBy].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true })) })).sort(byCount),
    }))
}
