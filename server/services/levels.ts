// Use cases for the level scales adult education uses: read them with warnings about the rows that use codes
// not on them, and replace both at once (a state adjusting the correspondence without a code change).
import type { LevelScales, LevelScalesInput, LevelScalesView, LevelWarning } from '../../shared/schemas/levels'
import type { Db } from '../db/connect'
import {
  competencyLevelsOutside,
  levelScales,
  linkMinLevelsOutside,
  moduleEntryLevelsOutside,
  replaceLevelScales as replaceLevelRows,
  type CodeUse,
} from '../db/queries/levels'
import { Invalid } from '../errors'
import { recordAudit, type AuditActor } from './audit'

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

// Rows that use a code no longer (or never) on the scale; "no longer" when the code was on the scale before.
function unknownCodes(uses: CodeUse[], kind: LevelWarning['kind'], noun: [string, string], verb: [string, string], what: string, before?: Set<string>) {
  return uses.map(({ code, count }) => {
    const gone = before?.has(code) ? 'no longer' : 'not'
    const message = `${counted(count, ...noun)} ${count === 1 ? verb[0] : verb[1]} ${what} "${code}", which is ${gone} on the scale`
    return { kind, code, count, message }
  })
}

// EFLs that work at a lower basic-skill level than the EFL before them on the same scale (ABE or ESL).
function outOfOrder(scales: Pick<LevelScales, 'skillLevels'> & { entryLevels: { code: string; scale: string; skillLevel: string }[] }): LevelWarning[] {
  const rank = new Map(scales.skillLevels.map((l, i) => [l.code, i]))
  const warnings: LevelWarning[] = []
  const previous = new Map<string, { code: string; skillLevel: string }>()
  for (const level of scales.entryLevels) {
    const before = previous.get(level.scale)
    if (before && (rank.get(level.skillLevel) ?? 0) < (rank.get(before.skillLevel) ?? 0)) {
      warnings.push({
        kind: 'entry_level_order',
        code: level.code,
        count: 1,
        message: `${level.code} works at basic-skill level ${level.skillLevel}, below ${before.code} before it (${before.skillLevel})`,
      })
    }
    previous.set(level.scale, level)
  }
  return warnings
}

// Everything about these scales a person should look at; `before` holds the codes on the scales until now.
async function levelWarnings(db: Db, scales: LevelScales, before?: LevelScales): Promise<LevelWarning[]> {
  const skillCodes = scales.skillLevels.map((l) => l.code)
  const entryCodes = scales.entryLevels.map((l) => l.code)
  const [competencies, links, modules] = await Promise.all([
    competencyLevelsOutside(db, skillCodes),
    linkMinLevelsOutside(db, skillCodes),
    moduleEntryLevelsOutside(db, entryCodes),
  ])
  const oldSkill = before && new Set(before.skillLevels.map((l) => l.code))
  const oldEntry = before && new Set(before.entryLevels.map((l) => l.code))
  return [
    ...unknownCodes(competencies, 'competency_level', ['competency', 'competencies'], ['uses', 'use'], 'level', oldSkill),
    ...unknownCodes(links, 'link_min_level', ['basic-skill requirement', 'basic-skill requirements'], ['asks', 'ask'], 'for at least level', oldSkill),
    ...unknownCodes(modules, 'module_entry_level', ['module', 'modules'], ['states', 'state'], 'entry level', oldEntry),
    ...outOfOrder(scales),
  ]
}

// Both scales, lowest level first, with the warnings about them.
export async function getLevelScales(db: Db): Promise<LevelScalesView> {
  const scales = await levelScales(db)
  return { ...scales, warnings: await levelWarnings(db, scales) }
}

// The scales as the audit trail keeps them: the rows' own fields in order, without ids (every save renews them).
const auditable = (scales: LevelScales) => ({
  skillLevels: scales.skillLevels.map(({ code, label, description }) => ({ code, label, description })),
  entryLevels: scales.entryLevels.map(({ code, scale, label, skillLevel }) => ({ code, scale, label, skillLevel })),
})

// Replaces both scales with the given lists (lowest first) in the caller's transaction, audited. Rows that
// still use a code taken off a scale are not changed: they come back as warnings, so someone can fix them.
export async function replaceLevelScales(db: Db, actor: AuditActor, input: LevelScalesInput): Promise<LevelScalesView> {
  const known = new Set(input.skillLevels.map((l) => l.code))
  const issues = input.entryLevels.flatMap((l, i) =>
    known.has(l.skillLevel)
      ? []
      : [{ path: `entryLevels.${i}.skillLevel`, message: `Entry level ${l.code} names basic-skill level ${l.skillLevel}, which is not on the scale` }],
  )
  if (issues.length) throw new Invalid(issues.map((i) => i.message).join('; '), { issues })
  const before = await levelScales(db)
  await replaceLevelRows(db, input)
  const after = await levelScales(db)
  const warnings = await levelWarnings(db, after, before)
  const summary =
    `Replaced the level scales: ${counted(after.skillLevels.length, 'basic-skill level', 'basic-skill levels')}, ` +
    `${counted(after.entryLevels.length, 'entry level', 'entry levels')}` +
    (warnings.length ? ` (${counted(warnings.length, 'warning', 'warnings')})` : '')
  await recordAudit(db, actor, {
    action: 'update',
    table: 'levels',
    rowId: 'scales',
    summary,
    before: auditable(before),
    after: { ...auditable(after), warnings: warnings.map((w) => w.message) },
  })
  return { ...after, warnings }
}
