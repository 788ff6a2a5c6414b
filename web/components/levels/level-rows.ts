// The rows of the levels editor: each with a key that stays with it when rows move, so messages and the
// entry levels' choice of basic-skill level follow the row (renaming a level's code keeps the EFLs on it).
import type { EntryLevelScale } from '../../../shared/domain/vocabulary'
import type { SkillLevelScales } from '../../api'

export type SkillRow = { key: string; code: string; label: string; description: string }
export type EntryRow = { key: string; code: string; scale: EntryLevelScale; label: string; skillKey: string }
export type LevelRows = { skills: SkillRow[]; entries: EntryRow[] }

// Messages by `${row key}.${field}`, or by list ('skillLevels', 'entryLevels') for the list as a whole.
export type RowErrors = Record<string, string>

let next = 0
const newKey = () => `row${++next}`

// Editable rows from the scales the server answered.
export function rowsOf(scales: Pick<SkillLevelScales, 'skillLevels' | 'entryLevels'>): LevelRows {
  const skills = scales.skillLevels.map((l) => ({ key: newKey(), code: l.code, label: l.label, description: l.description ?? '' }))
  const keyOf = new Map(skills.map((s) => [s.code, s.key]))
  const entries = scales.entryLevels.map((l) => ({ key: newKey(), code: l.code, scale: l.scale, label: l.label, skillKey: keyOf.get(l.skillLevel) ?? '' }))
  return { skills, entries }
}

export const blankSkill = (): SkillRow => ({ key: newKey(), code: '', label: '', description: '' })
export const blankEntry = (scale: EntryLevelScale): EntryRow => ({ key: newKey(), code: '', scale, label: '', skillKey: '' })

// The request body (not yet checked): both lists in order, each EFL naming its level by the level's code.
export function bodyOf(rows: LevelRows) {
  const codeOf = new Map(rows.skills.map((s) => [s.key, s.code.trim()]))
  return {
    skillLevels: rows.skills.map(({ code, label, description }) => ({ code, label, description })),
    entryLevels: rows.entries.map(({ code, scale, label, skillKey }) => ({ code, scale, label, skillLevel: codeOf.get(skillKey) ?? '' })),
  }
}

// Places problems (zod issues or the server's details, whose paths look like "entryLevels.2.skillLevel") on
// the rows they name; the first message for each field wins.
export function errorsOn(rows: LevelRows, issues: readonly { path: string | readonly PropertyKey[]; message: string }[]): RowErrors {
  const errors: RowErrors = {}
  for (const issue of issues) {
    const [list, index, field] = typeof issue.path === 'string' ? issue.path.split('.') : issue.path.map(String)
    const row = list === 'skillLevels' ? rows.skills[Number(index)] : list === 'entryLevels' ? rows.entries[Number(index)] : undefined
    const where = row && field ? `${row.key}.${field}` : (list ?? '')
    errors[where] ??= issue.message
  }
  return errors
}

// The list with the item at `index` swapped with its neighbour (`delta` -1 for up, 1 for down).
export function moved<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const copy = [...list]
  const other = index + delta
  if (other < 0 || other >= copy.length) return copy
  ;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
  return copy
}
