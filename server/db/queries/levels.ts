// SQL for the level scales: basic-skill levels (lowest first) and NRS Educational Functioning Levels.
import type { LevelScales, LevelScalesInput } from '../../../shared/schemas/levels'
import type { Db } from '../connect'

// Both scales, in order; each entry level with the code of the basic-skill level its learners work at.
export async function levelScales(db: Db): Promise<LevelScales> {
  const [skillLevels, entryLevels] = await Promise.all([
    db.selectFrom('skill_levels').select(['id', 'code', 'label', 'description', 'position']).orderBy('position').orderBy('id').execute(),
    db
      .selectFrom('entry_levels')
      .innerJoin('skill_levels', 'skill_levels.id', 'entry_levels.skillLevelId')
      .select([
        'entry_levels.id',
        'entry_levels.code',
        'entry_levels.scale',
        'entry_levels.label',
        'skill_levels.code as skillLevel',
        'entry_levels.position',
      ])
      .orderBy('entry_levels.position')
      .orderBy('entry_levels.id')
      .execute(),
  ])
  return { skillLevels, entryLevels }
}

// The basic-skill level codes, lowest first.
export async function skillLevelCodes(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('skill_levels').select('code').orderBy('position').orderBy('id').execute()
  return rows.map((r) => r.code)
}

// Replaces both scales with the given lists; each row's position is its place in its list. The caller has
// checked that every entry level names a basic-skill level of the new list.
export async function replaceLevelScales(db: Db, scales: LevelScalesInput): Promise<void> {
  await db.deleteFrom('entry_levels').execute()
  await db.deleteFrom('skill_levels').execute()
  const inserted = await db
    .insertInto('skill_levels')
    .values(scales.skillLevels.map((l, position) => ({ code: l.code, label: l.label, description: l.description ?? null, position })))
    .returning(['id', 'code'])
    .execute()
  const ids = new Map(inserted.map((r) => [r.code, r.id]))
  if (!scales.entryLevels.length) return
  await db
    .insertInto('entry_levels')
    .values(
      scales.entryLevels.map((l, position) => ({ code: l.code, scale: l.scale, label: l.label, skillLevelId: ids.get(l.skillLevel)!, position })),
    )
    .execute()
}

export type CodeUse = { code: string; count: number }

const toUses = (rows: { code: string | null; n: number | string }[]): CodeUse[] =>
  rows.map((r) => ({ code: r.code ?? '', count: Number(r.n) }))

// How many competencies of basic-skills frameworks carry each level code that is not among `codes`.
export async function competencyLevelsOutside(db: Db, codes: readonly string[]): Promise<CodeUse[]> {
  const rows = await db
    .selectFrom('competencies')
    .innerJoin('frameworks', 'frameworks.id', 'competencies.frameworkId')
    .where('frameworks.kind', '=', 'basic_skills')
    .where('competencies.level', 'is not', null)
    .$if(codes.length > 0, (q) => q.where('competencies.level', 'not in', codes))
    .select(['competencies.level as code', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('competencies.level')
    .orderBy('competencies.level')
    .execute()
  return toUses(rows)
}

// How many competency links ask for each minimum level code that is not among `codes`.
export async function linkMinLevelsOutside(db: Db, codes: readonly string[]): Promise<CodeUse[]> {
  const rows = await db
    .selectFrom('competency_links')
    .where('minLevel', 'is not', null)
    .$if(codes.length > 0, (q) => q.where('minLevel', 'not in', codes))
    .select(['minLevel as code', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('minLevel')
    .orderBy('minLevel')
    .execute()
  return toUses(rows)
}

// How many modules state each entry level code that is not among `codes`.
export async function moduleEntryLevelsOutside(db: Db, codes: readonly string[]): Promise<CodeUse[]> {
  const rows = await db
    .selectFrom('modules')
    .where('entryLevel', 'is not', null)
    .$if(codes.length > 0, (q) => q.where('entryLevel', 'not in', codes))
    .select(['entryLevel as code', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('entryLevel')
    .orderBy('entryLevel')
    .execute()
  return toUses(rows)
}
