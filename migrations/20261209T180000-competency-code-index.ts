import { sql, type Kysely } from 'kysely'

// Competency search puts codes that start with the query first; an index on the lowercased code lets it read
// just that range instead of lowercasing every code of the instance.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index competencies_code_lower on competencies (lower(code))`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index competencies_code_lower`.execute(db)
}
