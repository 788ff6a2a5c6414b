// The level scales of this instance (basic-skill levels, NRS entry levels), as several pages offer them.
import { client, data } from '../api'

export const loadLevels = () => data(client.levels.$get())

// The choices of an entry-level select: none, each NRS level, and a stored value no longer on the scales.
export function entryLevelChoices(levels: readonly { code: string; label: string }[], current: string) {
  const choices = [{ value: '', label: 'None required' }, ...levels.map((l) => ({ value: l.code, label: `${l.code}: ${l.label}` }))]
  if (current && !levels.some((l) => l.code === current)) choices.push({ value: current, label: `${current} (not on the level scales)` })
  return choices
}
