// npm run bench:impact (and part of npm run bench): the change-impact preview on the demo pathway, in a fresh
// SQLite file, timed against a plain analysis of the same pathway in the same run. The preview of removing the
// alignment that masters AM-QM-4 (POST /api/impact: what depends on the module, then the pathway loaded and
// analysed before and after the change in memory, findings diffed) must answer within a second; so must the
// previews asked before deleting a competency, a module, a credential or an outcome.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { connect } from '../server/db/connect'
import { migrateToLatest } from '../server/db/migrate'
import { alignmentsOfModule } from '../server/db/queries/alignments'
import { findCompetencyByCode } from '../server/db/queries/competencies'
import { alignmentsTo } from '../server/db/queries/used-by'
import { analysePathwayBySlug } from '../server/services/analysis/findings'
import { previewChange } from '../server/services/impact/preview'
import { seedDemo } from '../server/services/seed/index'
import type { ProposedChangeInput } from '../shared/schemas/impact'

const RUNS = 5
const AIM_MS = 1000
const SLUG = 'advanced-manufacturing'
const fmt = (n: number) => `${Math.round(n).toLocaleString('en')} ms`

async function fastest(run: () => Promise<unknown>): Promise<{ ms: number; all: number[] }> {
  const all: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await run()
    all.push(performance.now() - start)
  }
  return { ms: Math.min(...all), all }
}

// The rows of the impact measure, for this file and for bench/run.ts.
export async function impactRows(): Promise<{ rows: [string, string, string][]; runs: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-bench-impact-'))
  const db = connect({ dialect: 'sqlite', file: join(folder, 'demo.db') })
  try {
    await migrateToLatest(db)
    await seedDemo(db)
    const framework = await db.selectFrom('frameworks').select('id').where('title', 'like', '%Manufacturing%').executeTakeFirstOrThrow()
    const qm4 = (await findCompetencyByCode(db, framework.id, 'AM-QM-4'))!
    const masters = (await alignmentsTo(db, qm4.id, null)).find((a) => a.depth === 'M')!.id
    const proposed = (await alignmentsOfModule(db, masters))
      .filter((a) => !(a.competencyId === qm4.id && a.depth === 'M'))
      .map(({ competencyId, depth }) => ({ competencyId, depth }))
    const change = { kind: 'module_alignments' as const, moduleId: masters, alignments: proposed }
    const actor = { id: 0, role: 'admin' as const, organisationId: null }
    // Warm both paths once (module loading, the first statements), then time them.
    const report = await previewChange(db, actor, change)
    await analysePathwayBySlug(db, SLUG, actor)
    const plain = await fastest(() => analysePathwayBySlug(db, SLUG, actor))
    const preview = await fastest(() => previewChange(db, actor, change))
    const raised = report.pathways.flatMap((p) => p.raised.map((f) => f.kind)).join(', ') || 'none'
    const rows: [string, string, string][] = [
      ['plain analysis of the demo pathway (GET /findings)', fmt(plain.ms), ''],
      ['impact preview: remove the alignment mastering AM-QM-4', fmt(preview.ms), `< ${fmt(AIM_MS)}: ${preview.ms < AIM_MS ? 'met' : 'MISSED'}; raises ${raised}`],
      ['  ratio to the plain analysis', `${(preview.ms / plain.ms).toFixed(1)}x`, 'dependents, then one load and two analyses'],
    ]
    // The previews asked before each delete the pages offer, on the same rows.
    const outcome = (await alignmentsOfModule(db, masters)).find((a) => a.competencyId === qm4.id && a.outcomeId !== null)?.outcomeId
    const credential = await db.selectFrom('module_credentials').select('credentialId').where('moduleId', '=', masters).executeTakeFirstOrThrow()
    const deletes: [string, ProposedChangeInput][] = [
      ['delete preview: competency AM-QM-4', { kind: 'remove_competency', competencyId: qm4.id }],
      ['delete preview: the module mastering it', { kind: 'remove_module', moduleId: masters }],
      ['delete preview: its credential', { kind: 'remove_credential', credentialId: credential.credentialId }],
      ...(outcome ? [['delete preview: the outcome aligning it', { kind: 'remove_outcome', outcomeId: outcome }] as [string, ProposedChangeInput]] : []),
    ]
    const timed: string[] = []
    for (const [label, each] of deletes) {
      const run = await fastest(() => previewChange(db, actor, each))
      rows.push([label, fmt(run.ms), `< ${fmt(AIM_MS)}: ${run.ms < AIM_MS ? 'met' : 'MISSED'}`])
      timed.push(`${label.replace('delete preview: ', '')} ${run.all.map(Math.round).join(', ')}`)
    }
    return { rows, runs: `plain ${plain.all.map(Math.round).join(', ')}; preview ${preview.all.map(Math.round).join(', ')}; ${timed.join('; ')}` }
  } finally {
    await db.destroy()
    rmSync(folder, { recursive: true, force: true })
  }
}

export function printImpact({ rows, runs }: Awaited<ReturnType<typeof impactRows>>): void {
  const width = Math.max(...rows.map((r) => r[0].length))
  console.log(`\n${'change impact on the demo'.padEnd(width)}  ${'wall'.padStart(10)}  note`)
  for (const [label, wall, note] of rows) console.log(`${label.padEnd(width)}  ${wall.padStart(10)}  ${note}`)
  console.log(`Best of ${RUNS} runs each (ms): ${runs}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printImpact(await impactRows())
