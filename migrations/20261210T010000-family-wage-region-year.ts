import type { Kysely } from 'kysely'

// A family-sustaining wage holds for one region and one year (a living-wage figure is recalculated each year), so
// the pathway names both beside the hourly figure and its source.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('pathways').addColumn('family_wage_region', 'text').execute()
  await db.schema.alterTable('pathways').addColumn('family_wage_year', 'integer').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('pathways').dropColumn('family_wage_year').execute()
  await db.schema.alterTable('pathways').dropColumn('family_wage_region').execute()
}
