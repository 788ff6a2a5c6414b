import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { describeDatabase } from '../../server/cli/database'
import { rungs } from '../support/cli'

describe('the rungs command line', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-cli-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('lists every command with one line each on --help and help', async () => {
    for (const argv of [['--help'], ['help'], []]) {
      const { code, out, err } = await rungs(argv)
      expect(code).toBe(0)
      expect(err).toBe('')
      for (const command of ['start', 'serve', 'migrate', 'seed', 'backup', 'restore', 'help']) expect(out).toMatch(new RegExp(`^  ${command} +\\S`, 'm'))
    }
  })

  it('shows a command\'s options', async () => {
    const serve = await rungs(['serve', '--help'])
    expect(serve.code).toBe(0)
    expect(serve.out).toContain('--port <n>')
    expect(serve.out).toContain('--host <address>')
    expect((await rungs(['help', 'migrate'])).out).toContain('--down')
  })

  it('answers an unknown command or option with help on stderr and exit code 2', async () => {
    const unknown = await rungs(['frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.out).toBe('')
    expect(unknown.err).toContain('Unknown command "frobnicate"')
    expect(unknown.err).toContain('Usage: rungs <command>')
    const badOption = await rungs(['migrate', '--sideways'])
    expect(badOption.code).toBe(2)
    expect(badOption.err).toContain('--sideways')
    expect(badOption.err).toContain('Usage: rungs migrate')
  })

  it('migrates and seeds a new SQLite file, and refuses to seed it again', async () => {
    const env = { RUNGS_DB: join(folder, 'rungs.db') }
    const migrated = await rungs(['migrate'], env)
    expect(migrated.code).toBe(0)
    expect(migrated.out).toContain(`Database: SQLite file ${env.RUNGS_DB}`)
    expect(migrated.out).toMatch(/^Migration: Up \d{8}T\d{6}-create-frameworks$/m)
    const seeded = await rungs(['seed'], env)
    expect(seeded.code).toBe(0)
    expect(seeded.out).toContain('Loaded the demo: 1 pathway, 2 frameworks')
    const again = await rungs(['seed'], env)
    expect(again.code).toBe(1)
    expect(again.err).toContain('already holds frameworks or pathways')
  })

  it('gives rows that belong to no organisation, such as a framework imported from the command line, to one', async () => {
    const env = { RUNGS_DB: join(folder, 'owners.db') }
    expect((await rungs(['import', join('fixtures', 'import', 'machining.csv'), '--title', 'Machining'], env)).code).toBe(0)
    expect((await rungs(['user', 'add', '--email', 'dana@college.test', '--role', 'faculty', '--org', 'Lakeshore'], env)).code).toBe(0)
    const dry = await rungs(['owners', 'adopt', '--org', 'Lakeshore', '--dry-run'], env)
    expect(dry.out).toContain('Would give rows that belonged to no organisation to "Lakeshore": 1 frameworks, 0 credentials')
    const done = await rungs(['owners', 'adopt', '--org', 'Lakeshore', '--table', 'frameworks'], env)
    expect(done.code).toBe(0)
    expect(done.out).toContain('Gave rows that belonged to no organisation to "Lakeshore": 1 frameworks')
    expect((await rungs(['owners', 'adopt', '--org', 'Lakeshore', '--dry-run'], env)).out).toContain(': 0 frameworks')
    const unknown = await rungs(['owners', 'adopt', '--org', 'Nobody'], env)
    expect(unknown.code).toBe(1)
    expect(unknown.err).toContain('No organisation is named "Nobody"')
    expect((await rungs(['owners', 'adopt'], env)).code).toBe(2)
  })

  it('reports bad configuration as a failure naming the variable', async () => {
    const { code, err } = await rungs(['serve', '--port', 'eighty'], { RUNGS_DB: join(folder, 'other.db') })
    expect(code).toBe(1)
    expect(err).toContain('PORT')
  })

  it('names the PostgreSQL host and database but never the password', () => {
    const described = describeDatabase({ dialect: 'postgres', url: 'postgres://rungs:s3cret@db.example.org:5433/pathways' })
    expect(described).toBe('PostgreSQL database pathways on db.example.org:5433')
    expect(described).not.toContain('s3cret')
  })

  it('exits with code 2 from the real entry point on an unknown command', () => {
    const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['server/cli.ts', 'frobnicate'], { encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('Unknown command "frobnicate"')
    expect(run.stderr).toContain('migrate')
  })
})
