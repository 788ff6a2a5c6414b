import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { demo } from '../../fixtures/demo/index'
import { rungs } from '../support/cli'

// A pathway moves between two instances (two SQLite files) by `rungs export pathway` and `rungs import`.
describe('rungs export pathway and rungs import <package>', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-package-cli-'))
  const source = { RUNGS_DB: join(folder, 'source.db') }
  const target = { RUNGS_DB: join(folder, 'target.db') }
  const file = join(folder, 'demo.rungs.json')
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('exports the demo pathway with its frameworks embedded, and refuses an unknown slug', async () => {
    expect((await rungs(['seed'], source)).code).toBe(0)
    const done = await rungs(['export', 'pathway', demo.pathway.slug, '--embed-frameworks', '--out', file], source)
    expect(done.code).toBe(0)
    expect(done.err).toMatch(/Wrote pathway .* modules, \d+ frameworks\) to /)
    expect(JSON.parse(readFileSync(file, 'utf8')).rungsPackage).toBe('1.0')
    expect((await rungs(['export', 'pathway', 'no-such-pathway'], source)).code).toBe(1)
    expect((await rungs(['export', 'pathway'], source)).code).toBe(2)
  })

  it('checks the package with --dry-run (refused: its providers are missing here), then imports it without them', async () => {
    expect((await rungs(['migrate'], target)).code).toBe(0)
    const dry = await rungs(['import', file, '--dry-run'], target)
    expect(dry.out).toContain(`Pathway package → pathway "${demo.pathway.title}"`)
    // The demo's supports name partner organisations this instance lacks: refused until they exist (or are left out).
    expect(dry.code).toBe(1)
    expect(dry.err).toMatch(/error: \$\.pathway\.supports\[0\]\.provider: No organisation is named/)
    const stripped = join(folder, 'stripped.rungs.json')
    writeFileSync(stripped, JSON.stringify(JSON.parse(readFileSync(file, 'utf8')), (key, value: unknown) => (key === 'provider' ? undefined : value)))
    const done = await rungs(['import', stripped], target)
    expect(done.err).toBe('')
    expect(done.code).toBe(0)
    expect(done.out).toMatch(/modules: \d+ new, 0 changed, 0 unchanged/)
    expect(done.out).toMatch(/Imported pathway #1/)
  })
})
