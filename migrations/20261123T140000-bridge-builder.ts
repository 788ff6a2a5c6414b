import { sql, type Kysely } from 'kysely'
import { sqlIn, withId } from './columns'

// The level scales adult education uses, as data a state can adjust without a code change: the ordered
// basic-skill levels of its standards (CCRS A–E) and the NRS Educational Functioning Levels (ABE 1–6,
// ESL 1–6) a module's entry level is stated in, each with the basic-skill level its learners work at.
// Also: the subject of a basic-skills item, the share of an integrated module's hours that is team-taught,
// and the modules a bridge prepares its learners for.

const SUBJECTS = ['reading', 'writing', 'math', 'english_language', 'digital_literacy']

// National defaults (NRS test benchmarks in grade-level terms; CCRS levels by grade band).
const SKILL_LEVELS = [
  ['A', 'Beginning Adult Basic Education Literacy', 'Grade levels K–1'],
  ['B', 'Beginning Basic Education', 'Grade levels 2–3'],
  ['C', 'Low Intermediate Basic Education', 'Grade levels 4–5'],
  ['D', 'High Intermediate Basic Education', 'Grade levels 6–8'],
  ['E', 'Adult Secondary Education', 'Grade levels 9–12'],
]
const ENTRY_LEVELS = [
  ['ABE 1', 'abe', 'Beginning ABE Literacy', 'A'],
  ['ABE 2', 'abe', 'Beginning Basic Education', 'B'],
  ['ABE 3', 'abe', 'Low Intermediate Basic Education', 'C'],
  ['ABE 4', 'abe', 'High Intermediate Basic Education', 'D'],
  ['ABE 5', 'abe', 'Low Adult Secondary Education', 'E'],
  ['ABE 6', 'abe', 'High Adult Secondary Education', 'E'],
  ['ESL 1', 'esl', 'Beginning ESL Literacy', 'A'],
  ['ESL 2', 'esl', 'Low Beginning ESL', 'A'],
  ['ESL 3', 'esl', 'High Beginning ESL', 'A'],
  ['ESL 4', 'esl', 'Low Intermediate ESL', 'B'],
  ['ESL 5', 'esl', 'High Intermediate ESL', 'C'],
  ['ESL 6', 'esl', 'Advanced ESL', 'D'],
]

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('skill_levels'))
    .addColumn('code', 'text', (col) => col.notNull().unique())
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('description', 'text')
    .addColumn('position', 'integer', (col) => col.notNull())
    .execute()
  await withId(db, db.schema.createTable('entry_levels'))
    .addColumn('code', 'text', (col) => col.notNull().unique())
    .addColumn('scale', 'text', (col) => col.notNull().check(sqlIn('scale', ['abe', 'esl'])))
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('skill_level_id', 'integer', (col) => col.notNull().references('skill_levels.id'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .execute()
  await db
    .insertInto('skill_levels')
    .values(SKILL_LEVELS.map(([code, label, description], position) => ({ code, label, description, position })))
    .execute()
  const ids = new Map((await db.selectFrom('skill_levels').select(['id', 'code']).execute()).map((r) => [r.code, r.id]))
  await db
    .insertInto('entry_levels')
    .values(ENTRY_LEVELS.map(([code, scale, label, skill], position) => ({ code, scale, label, skill_level_id: ids.get(skill), position })))
    .execute()

  await db.schema.alterTable('competencies').addColumn('subject', 'text', (col) => col.check(sqlIn('subject', SUBJECTS))).execute()
  await db.schema
    .alterTable('modules')
    .addColumn('team_taught_share', 'integer', (col) => col.check(sql`team_taught_share between 0 and 100`))
    .execute()
  await db.schema
    .createTable('bridge_targets')
    .addColumn('bridge_id', 'integer', (col) => col.notNull().references('modules.id').onDelete('cascade'))
    .addColumn('target_id', 'integer', (col) => col.notNull().references('modules.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('bridge_targets_pk', ['bridge_id', 'target_id'])
    .execute()
  await db.schema.createIndex('bridge_targets_target_idx').on('bridge_targets').column('target_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('bridge_targets').execute()
  await db.schema.alterTable('modules').dropColumn('team_taught_share').execute()
  await db.schema.alterTable('competencies').dropColumn('subject').execute()
  await db.schema.dropTable('entry_levels').execute()
  await db.schema.dropTable('skill_levels').execute()
}
