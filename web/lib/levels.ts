// The level scales of this instance (basic-skill levels, NRS entry levels), as several pages offer them.
import { client, data } from '../api'

export const loadLevels = () => data(client.levels.$get())

// The choices of an entry-level select: none, each NRS level, and a stored value no longer on the scales.
export function entryLevelChoices(levels: readonly { code: string; label: string }[], current: string) {
  const choices = [{ value: '', label: 'None required' }, ...levels.map((l) => ({ value: l.code, label: `${l.code}: ${l.label}` }))]
  if (current && !levels.some((l) => l.code === current)) choices.push({ value: current, label: `${current} (not on the level scales)` })
  return choices
}

// The entry level learners start at when a bridge must take them up to the basic-skill level `reach`: the
// highest one whose basic-skill level is below it (the first scale's on a tie); undefined when none is.
export function entryLevelBelow(scales: { skillLevels: readonly { code: string }[]; entryLevels: readonly { code: string; skillLevel: string }[] }, reach: string) {
  const rank = new Map(scales.skillLevels.map((l, i) => [l.code, i]))
  const top = rank.get(reach)
  if (top === undefined) return undefined
  let best: { code: string; rank: number } | undefined
  for (const level of scales.entryLevels) {
    const r = rank.get(level.skillLevel)
    if (r !== undefined && r < top && (!best || r > best.rank)) best = { code: level.code, rank: r }
  }
  return best?.code
}
