// Copies the statewide catalogue (bench/generate.ts) from its SQLite file into a PostgreSQL schema migrated
// by Rungs, so the same pathway can be analysed on both dialects: the tables the generator writes, in
// batches, with foreign-key checks off while copying (rows go in by id, not in dependency order) and
// SQLite's 0/1 made booleans where PostgreSQL's column is one.
import SQLite from 'better-sqlite3'
import pg from 'pg'

// The tables the generator fills, parents first.
const TABLES = [
  'frameworks',
  'competencies',
  'competency_links',
  'pathways',
  'pathway_frameworks',
  'modules',
  'pathway_modules',
  'outcomes',
  'alignments',
  'module_prerequisites',
  'credentials',
  'module_credentials',
  'credential_stacks',
  'articulations',
]
const PARAMETERS_PER_INSERT = 30_000

export async function copyToPostgres(file: string, url: string, schema: string): Promise<number> {
  const source = new SQLite(file, { readonly: true })
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` })
  await client.connect()
  let copied = 0
  try {
    await client.query('begin')
    await client.query('set local session_replication_role = replica')
    for (const table of TABLES) {
      const { rows: types } = await client.query<{ column_name: string; data_type: string }>(
        'select column_name, data_type from information_schema.columns where table_schema = $1 and table_name = $2',
        [schema, table],
      )
      const booleans = new Set(types.filter((t) => t.data_type === 'boolean').map((t) => t.column_name))
      const known = new Set(types.map((t) => t.column_name))
      const columns = (source.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name).filter((c) => known.has(c))
      const perBatch = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / columns.length))
      let batch: unknown[][] = []
      const flush = async () => {
        if (batch.length === 0) return
        const values = batch.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ')
        await client.query(`insert into ${table} (${columns.join(', ')}) values ${values}`, batch.flat())
        copied += batch.length
        batch = []
      }
      for (const row of source.prepare(`select ${columns.join(', ')} from ${table}`).raw().iterate() as Iterable<unknown[]>) {
        batch.push(row.map((value, i) => (booleans.has(columns[i]!) && value !== null ? value === 1 : value)))
        if (batch.length >= perBatch) await flush()
      }
      await flush()
    }
    await client.query('commit')
  } finally {
    await client.end()
    source.close()
  }
  return copied
}
