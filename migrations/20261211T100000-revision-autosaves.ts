import type { Kysely } from 'kysely'
import { sqlFlag } from './columns'

// Whether a module revision was saved by the editor on its own (an autosave): consecutive autosaves by one person
// fold into one revision, and a revision saved on purpose never folds into a later autosave.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('module_revisions')
    .addColumn('autosaved', 'integer', (col) => col.notNull().defaultTo(0).check(sqlFlag('autosaved')))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('module_revisions').dropColumn('autosaved').execute()
}
