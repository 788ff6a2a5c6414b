import type { Kysely } from 'kysely'

// A module page reads the articulations into and out of the module (from_module_id = ? or to_module_id = ?); with
// only to_module_id indexed, the "out of" half scanned every articulation of the catalogue.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('articulations_from_idx').on('articulations').column('from_module_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articulations_from_idx').execute()
}
