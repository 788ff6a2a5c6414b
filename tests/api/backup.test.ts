// rungs backup / restore: a SQLite backup taken while another process writes restores into an empty instance
// with every table identical to the source at the backup point; PostgreSQL is pointed to pg_dump.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect } from '../../server/db/connect'
import { migrateToLatest } from '../../server/db/migrate'
import { seedDemo } from '../../server/services/seed/index'
import { rungs } from '../support/cli'

// The number n of the writer's row "Writer <n>" (an organisation or its audit entry), or undefined.
function writerRow(table: string, row: Record<string, unknown>): number | undefined {
  const text = table === 'organisations' ? row.name : table === 'audit_log' ? row.summary : undefined
  const match = typeof text === 'string' ? /^Writer (\d+)$/.exec(text) : null
  return match ? Number(match[1]) : undefined
}

// Counters that triggers bump on every write (the analysis and road-map versions): the writer's later rows move
// them on in the source, and no row of theirs says which write it counted, so they are not compared.
const WRITE_COUNTERS = new Set(['analysis_versions', 'pathway_input_versions', 'read_versions'])

// A SHA-256 of each table's rows in rowid order, leaving out the writer's rows after number `upTo`.
function tableHashes(file: string, upTo = Infinity): Record<string, string> {
  const db = new SQLite(file, { readonly: true })
  try {
    // Ordinary tables: a full-text index (a virtual table and its shadow tables) is derived from them.
    const tables = db.prepare("select name from pragma_table_list where schema = 'main' and type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[]
    return Object.fromEntries(
      tables.filter(({ name }) => !WRITE_COUNTERS.has(name)).map(({ name }) => {
        const rows = (db.prepare(`select * from "${name}" order by rowid`).all() as Record<string, unknown>[]).filter((row) => (writerRow(name, row) ?? 0) <= upTo)
        return [name, createHash('sha256').update(JSON.stringify(rows)).digest('hex')]
      }),
    )
  } finally {
    db.close()
  }
}

// The highest writer number in a database.
function lastWrite(file: string): number {
  const db = new SQLite(file, { readonly: true })
  try {
    const names = db.prepare("select name from organisations where name like 'Writer %'").all() as { name: string }[]
    return Math.max(0, ...names.map((row) => writerRow('organisations', row) ?? 0))
  } finally {
    db.close()
  }
}

describe('backup and restore of SQLite', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-backup-'))
  const source = join(folder, 'source.db')
  const backupFile = join(folder, 'rungs-backup.db')
  const restored = join(folder, 'restored', 'rungs.db')
  beforeAll(async () => {
    const db = connect({ dialect: 'sqlite', file: source })
    await migrateToLatest(db)
    await seedDemo(db)
    await db.destroy()
  })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('backs up while another process writes, and restores into an empty instance identical at the backup point', async () => {
    const writer = spawn(process.execPath, ['--import', 'tsx', 'tests/support/sqlite-writer.ts', source], { stdio: ['ignore', 'pipe', 'inherit'] })
    let output = ''
    const writing = new Promise<void>((resolve) =>
      writer.stdout.on('data', (chunk: Buffer) => {
        output += String(chunk)
        if (output.includes('writing')) resolve()
      }),
    )
    const exited = new Promise<number | null>((resolve) => writer.once('exit', resolve))
    await writing

    const backup = await rungs(['backup', backupFile], { RUNGS_DB: source })
    expect(backup.err).toBe('')
    expect(backup.code).toBe(0)
    expect(backup.out).toContain(`Backed up`)
    const restore = await rungs(['restore', backupFile], { RUNGS_DB: restored })
    expect(restore.err).toBe('')
    expect(restore.code).toBe(0)
    expect(restore.out).toContain('Migrations: nothing to do')

    // The backup point: the writer's last transaction in the copy. The writer went on after it.
    const point = lastWrite(restored)
    expect(point).toBeGreaterThan(0)
    while (lastWrite(source) <= point) await new Promise((resolve) => setTimeout(resolve, 20))
    writer.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(Number(/wrote (\d+)/.exec(output)?.[1])).toBeGreaterThan(point)

    const copy = tableHashes(restored)
    expect(Object.keys(copy)).toContain('modules')
    expect(copy).toEqual(tableHashes(source, point))
    const check = new SQLite(restored, { readonly: true })
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok')
    check.close()
  })

  it('refuses to restore over a database that holds data unless --force, and to overwrite a backup', async () => {
    const before = tableHashes(restored)
    const refused = await rungs(['restore', backupFile], { RUNGS_DB: source })
    expect(refused.code).toBe(1)
    expect(refused.err).toContain('already holds data; nothing was changed')
    expect(refused.err).toContain('--force')
    const forced = await rungs(['restore', backupFile, '--force'], { RUNGS_DB: restored })
    expect(forced.code).toBe(0)
    expect(tableHashes(restored)).toEqual(before)

    const again = await rungs(['backup', backupFile], { RUNGS_DB: source })
    expect(again.code).toBe(1)
    expect(again.err).toContain('already exists; give --force')
  })

  it('refuses a file that is not a Rungs backup, naming the problem', async () => {
    const text = join(folder, 'notes.txt')
    writeFileSync(text, 'not a database at all, just some words to fill a page or two of text '.repeat(100))
    const refused = await rungs(['restore', text], { RUNGS_DB: join(folder, 'fresh.db') })
    expect(refused.code).toBe(1)
    expect(refused.err).toContain('is not a SQLite database')
  })
})

describe('backup and restore with PostgreSQL', () => {
  const env = { DATABASE_URL: 'postgres://rungs@db.example.org:5432/rungs' }

  it('points to pg_dump and pg_restore and exits 2', async () => {
    const backup = await rungs(['backup', 'rungs.dump'], env)
    expect(backup.code).toBe(2)
    expect(backup.err).toContain('pg_dump --format=custom')
    const restore = await rungs(['restore', 'rungs.dump'], env)
    expect(restore.code).toBe(2)
    expect(restore.err).toContain('pg_restore')
  })
})
