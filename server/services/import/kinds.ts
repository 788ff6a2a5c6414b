// Reading a competency kind from the words real files use (CASE CFItemType values, sheet columns).
import { COMPETENCY_KINDS, type CompetencyKind } from '../../../shared/domain/vocabulary'

const SYNONYMS: Record<string, CompetencyKind> = {
  area: 'area', domain: 'area', strand: 'area', cluster: 'area', category: 'area', majorstrand: 'area', anchor: 'area',
  grade: 'area', course: 'area', unit: 'area', group: 'area', section: 'area', topic: 'area', standardgroup: 'area',
  competency: 'competency', standard: 'competency', childstatement: 'competency', statement: 'competency', outcome: 'competency',
  skill: 'skill', component: 'skill', substandard: 'skill', element: 'skill', indicator: 'skill', knowledge: 'skill',
  task: 'task', performance: 'task', activity: 'task',
}

// The kind a word names, or undefined when Rungs does not know it (the caller then decides by position in the tree).
export function kindFromText(text: string | null | undefined): CompetencyKind | undefined {
  if (!text) return undefined
  const word = text.toLowerCase().replace(/[^a-z]/g, '')
  if ((COMPETENCY_KINDS as readonly string[]).includes(word)) return word as CompetencyKind
  return SYNONYMS[word]
}

// The CFItemType written on export: the kind capitalised, which kindFromText reads back exactly.
export const itemTypeOf = (kind: CompetencyKind): string => kind[0]!.toUpperCase() + kind.slice(1)
