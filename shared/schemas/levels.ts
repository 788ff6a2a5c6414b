// The level scales adult education uses: basic-skill levels (e.g. CCRS A–E) and NRS Educational Functioning
// Levels, each EFL stating the basic-skill level its learners work at. A state replaces both lists at once.
import { z } from 'zod'
import { ENTRY_LEVEL_SCALES, type EntryLevelScale } from '../domain/vocabulary'
import { hasNoNul, NUL_MESSAGE } from './common'

// A required line with messages a person can act on, since the levels form shows them beside the field.
const Limited = (what: string, max: number) =>
  z.string().trim().max(max, `Keep ${what} to ${max} characters or fewer`).refine(hasNoNul, NUL_MESSAGE)
const Text = (what: string, max: number) => Limited(what, max).min(1, `Enter ${what}`)
const OptionalText = (what: string, max: number) =>
  Limited(what, max)
    .nullish()
    .transform((v) => (v ? v : null))

export const SkillLevelInput = z.object({ code: Text('a code', 20), label: Text('a label', 200), description: OptionalText('the description', 500) })
export const EntryLevelInput = z.object({
  code: Text('a code', 40),
  scale: z.enum(ENTRY_LEVEL_SCALES, 'Choose ABE or ESL'),
  label: Text('a label', 200),
  // The code of the basic-skill level an adult placed at this EFL works at.
  skillLevel: Text('the basic-skill level', 20),
})

// Marks every row whose code (ignoring case) an earlier row already has.
function refuseRepeats(codes: string[], list: 'skillLevels' | 'entryLevels', what: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>()
  codes.forEach((code, i) => {
    const key = code.toLowerCase()
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [list, i, 'code'], message: `${what} code "${code}" is used more than once; each code may be used once` })
    seen.add(key)
  })
}

// Lowest level first; codes are unique and every EFL names a level of the scale.
export const LevelScalesInput = z
  .object({
    skillLevels: z.array(SkillLevelInput).min(1, 'Keep at least one basic-skill level').max(30, 'Use at most 30 basic-skill levels'),
    entryLevels: z.array(EntryLevelInput).max(60, 'Use at most 60 entry levels'),
  })
  .superRefine((value, ctx) => {
    refuseRepeats(value.skillLevels.map((l) => l.code), 'skillLevels', 'Basic-skill level', ctx)
    refuseRepeats(value.entryLevels.map((l) => l.code), 'entryLevels', 'Entry level', ctx)
    const known = new Set(value.skillLevels.map((l) => l.code))
    value.entryLevels.forEach((level, i) => {
      if (level.skillLevel && !known.has(level.skillLevel)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entryLevels', i, 'skillLevel'],
          message: `Entry level ${level.code} names basic-skill level ${level.skillLevel}, which is not on the scale`,
        })
      }
    })
  })
export type LevelScalesInput = z.infer<typeof LevelScalesInput>

export type SkillLevel = { id: number; code: string; label: string; description: string | null; position: number }
export type EntryLevel = { id: number; code: string; scale: EntryLevelScale; label: string; skillLevel: string; position: number }
export type LevelScales = { skillLevels: SkillLevel[]; entryLevels: EntryLevel[] }

// Something about the scales a person should look at, which does not stop them being saved:
// - competency_level: competencies of basic-skills frameworks whose level is not on the basic-skill scale;
// - link_min_level: competency links whose minimum level is not on it;
// - module_entry_level: modules whose entry level is not an EFL any more;
// - entry_level_order: an EFL that works at a lower basic-skill level than the EFL before it on its scale.
export const LEVEL_WARNING_KINDS = ['competency_level', 'link_min_level', 'module_entry_level', 'entry_level_order'] as const
export type LevelWarningKind = (typeof LEVEL_WARNING_KINDS)[number]
// `code` is the level code concerned; `count` how many rows it concerns.
export type LevelWarning = { kind: LevelWarningKind; code: string; count: number; message: string }

// The scales as the API answers them, with the warnings about the data that uses them.
export type LevelScalesView = LevelScales & { warnings: LevelWarning[] }
