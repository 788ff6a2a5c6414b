import { sql, type Kysely } from 'kysely'

// Every row people write belongs to an organisation: frameworks (with their competencies), credentials and
// articulations get an owner beside modules and pathways. Rows that no organisation owns are the admins' alone,
// so existing rows are given the owner that can be traced: the organisation of the person whose "create" is in
// the audit log, and for an articulation otherwise its target module's owner. What stays unowned was made by the
// system (seed, command line) or by someone with no organisation.
const NEW_OWNERS = ['frameworks', 'credentials', 'articulations']
const TRACED = ['modules', 'pathways', 'frameworks', 'credentials', 'articulations']

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of NEW_OWNERS) {
    await db.schema.alterTable(table).addColumn('organisation_id', 'integer', (col) => col.references('organisations.id')).execute()
  }
  for (const table of TRACED) {
    await sql`
      update ${sql.table(table)} set organisation_id = (
        select u.organisation_id from audit_log a join users u on u.id = a.user_id
        where a.table_name = ${table} and a.action = 'create' and a.row_id = cast(${sql.ref(`${table}.id`)} as text)
        order by a.id limit 1)
      where organisation_id is null`.execute(db)
  }
  await sql`
    update articulations set organisation_id = (select m.organisation_id from modules m where m.id = articulations.to_module_id)
    where organisation_id is null`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [...NEW_OWNERS].reverse()) await db.schema.alterTable(table).dropColumn('organisation_id').execute()
}
