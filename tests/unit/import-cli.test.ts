import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { runCli } from '../../server/cli/run'

const FIXTURES = join(import.meta.dirname, '../../fixtures/import')

async function rungs(argv: string[], env: NodeJS.ProcessEnv) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { env, out: (line) => out.push(line), err: (line) => err.push(line) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('rungs import and rungs export framework', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-import-cli-'))
  const env = { RUNGS_DB: join(folder, 'rungs.db') }
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('checks a file with --dry-run without writing, then imports it', async () => {
    const dry = await rungs(['import', join(FIXTURES, 'machining.case.json'), '--dry-run'], env)
    expect(dry.code).toBe(0)
    expect(dry.out).toContain('case file → framework "Machining Fundamentals" (create)')
    expect(dry.out).toContain('6 rows: 6 new, 0 changed, 0 unchanged; 2 links to add')
    expect(dry.out).toContain('warning: CFDocument.CFPackageURI: CFPackageURI given as a plain string')
    expect(dry.out).toContain('Dry run: nothing was written')
    const done = await rungs(['import', join(FIXTURES, 'machining.case.json'), '--format', 'case'], env)
    expect(done.code).toBe(0)
    expect(done.out).toContain('Imported into framework #1')
  })

  it('refuses a bad file with its problems and exit code 1, and a missing file argument with 2', async () => {
    const bad = await rungs(['import', join(FIXTURES, 'welding-unmapped.csv')], env)
    expect(bad.code).toBe(1)
    expect(bad.err).toContain('error: sheet welding-unmapped.csv, row 1: Choose the column that holds the code')
    expect((await rungs(['import'], env)).code).toBe(2)
    expect((await rungs(['export', 'framework', '--format', 'case'], env)).code).toBe(2)
  })

  it('exports a framework as CASE JSON on stdout and as an XLSX file', async () => {
    const json = await rungs(['export', 'framework', '1'], env)
    expect(json.code).toBe(0)
    expect(JSON.parse(json.out).CFItems).toHaveLength(6)
    const out = join(folder, 'm.xlsx')
    const xlsx = await rungs(['export', 'framework', '1', '--format', 'xlsx', '--out', out], env)
    expect(xlsx.code).toBe(0)
    expect(XLSX.read(readFileSync(out)).SheetNames).toEqual(['CF Doc', 'CF Item', 'CF Association'])
  })

  it('exports a framework named by its CASE identifier, in CASE 1.1 when asked', async () => {
    const identifier = JSON.parse((await rungs(['export', 'framework', '1'], env)).out).CFDocument.identifier as string
    const byIdentifier = await rungs(['export', 'framework', identifier.toUpperCase(), '--case-version', '1.1'], env)
    expect(byIdentifier.code).toBe(0)
    const pkg = JSON.parse(byIdentifier.out)
    expect(pkg.CFDocument).toMatchObject({ identifier, caseVersion: '1.1' })
    expect(pkg.CFItems[0].CFDocumentURI).toBeUndefined()
    expect((await rungs(['export', 'framework', identifier, '--case-version', '2.0'], env)).code).toBe(2)
    expect((await rungs(['export', 'framework', 'not-a-framework'], env)).code).toBe(2)
  })
})
