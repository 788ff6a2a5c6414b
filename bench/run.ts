// npm run bench: generates a statewide catalogue into a temporary SQLite file and prints, from the same run,
// the time of a bare scan of the alignments table, of the full analysis of the whole catalogue exactly as the
// API runs it (analysePathwayBySlug: find the pathway, then on worker threads load its AnalysisInput from the
// file and run every rule) and their ratio, the crosswalk matrix as the API builds it (pathwayMatrix, on a
// worker thread that loads the file itself) with the longest stall of this thread meanwhile, and the
// near-duplicate pass over every outcome with its recall against exact Jaccard on a sample; then the
// change-impact preview on the demo pathway against a plain analysis of it (bench/impact.ts).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { analysePathway } from '../shared/domain/analysis/analyse'
import { DEFAULT_SIMILARITY, findSimilarPairs } from '../shared/domain/analysis/similarity/find-similar'
import { jaccard, shingleSets } from '../shared/domain/analysis/similarity/shingles'
import { connect } from '../server/db/connect'
import { migrateToLatest } from '../server/db/migrate'
import { analysePathwayBySlug, findingsOf } from '../server/services/analysis/findings'
import { loadPathway } from '../server/services/analysis/load'
import { poolSettings } from '../server/services/analysis/pool'
import { pathwayMatrix } from '../server/services/analysis/matrix'
import { bareScan, CATALOGUE_VIEWER, generateCatalogue, PATHWAY_SLUG, random, SIZES } from './generate'
import { impactRows, printImpact } from './impact'
import { machine } from './server'

const RUNS = 3
const SAMPLE = 400
const AIMS = { analysisMs: 2000, ratio: 5, nearDuplicatesMs: 10_000, recall: 0.95, stallMs: 100 }

const fmt = (n: number) => `${Math.round(n).toLocaleString('en')} ms`

// Wall-clock time, and the CPU time of the whole process (every thread), which a busy machine inflates less.
type Timed<T> = { value: T; ms: number; cpu: number }

async function timed<T>(run: () => T | Promise<T>): Promise<Timed<T>> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const value = await run()
  const used = process.cpuUsage(cpu)
  return { value, ms: performance.now() - start, cpu: (used.user + used.system) / 1000 }
}

// The fastest of a few runs, so a one-off pause of the machine does not count against the code. Only the
// fastest run's value is kept, so the others' do not weigh on the next run's garbage collection.
async function best<T>(run: () => T | Promise<T>): Promise<Timed<T> & { all: number[] }> {
  let fastest: Timed<T> | undefined
  const all: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const next = await timed(run)
    all.push(next.ms)
    if (!fastest || next.ms < fastest.ms) fastest = next
  }
  return { ...fastest!, all }
}

// Recall of the MinHash/LSH pass on a sample: every pair of a sampled outcome with any outcome whose exact
// Jaccard reaches the threshold must be among the pairs found. Half the sample are planted copies, so the
// truth is not empty; the other half is drawn at random.
function recallOnSample(texts: readonly string[], found: readonly { a: number; b: number }[], planted: readonly number[]) {
  const next = random(7)
  const sample = new Set<number>()
  while (sample.size < SAMPLE / 2) sample.add(planted[Math.floor(next() * planted.length)]! - 1)
  while (sample.size < SAMPLE) sample.add(Math.floor(next() * texts.length))
  const sets = shingleSets(texts)
  const foundPairs = new Set(found.map((p) => `${p.a}:${p.b}`))
  let truth = 0
  let hits = 0
  for (const s of sample) {
    for (let other = 0; other < texts.length; other++) {
      if (other === s || jaccard(sets, s, other) < DEFAULT_SIMILARITY.threshold) continue
      truth++
      if (foundPairs.has(s < other ? `${s}:${other}` : `${other}:${s}`)) hits++
    }
  }
  return { truth, hits, recall: truth === 0 ? 1 : hits / truth }
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-bench-'))
  const file = join(folder, 'catalogue.db')
  try {
    const setup = connect({ dialect: 'sqlite', file })
    await migrateToLatest(setup)
    await setup.destroy()
    const generated = await timed(() => generateCatalogue(file))
    console.log(`Generated ${Object.entries(SIZES).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')} in ${fmt(generated.ms)} (${file})`)

    const scan = await best(() => bareScan(file))
    const db = connect({ dialect: 'sqlite', file })
    const lag = monitorEventLoopDelay({ resolution: 10 })
    const analyse = () => analysePathwayBySlug(db, PATHWAY_SLUG, CATALOGUE_VIEWER)
    // The first analysis also starts the worker thread (and compiles it); it is reported on its own.
    const cold = await timed(analyse)
    lag.enable()
    const full = await best(analyse)
    lag.disable()
    // The crosswalk matrix as GET /api/pathways/:slug/matrix builds it (not its JSON), with the stalls it
    // causes here; a first run starts any worker it needs.
    await pathwayMatrix(db, PATHWAY_SLUG, CATALOGUE_VIEWER)
    const matrixLag = monitorEventLoopDelay({ resolution: 10 })
    matrixLag.enable()
    const matrix = await best(() => pathwayMatrix(db, PATHWAY_SLUG, CATALOGUE_VIEWER))
    matrixLag.disable()
    const matrixJson = await timed(() => JSON.stringify(matrix.value).length)
    const matrixHere = await timed(() => pathwayMatrix(db, PATHWAY_SLUG, CATALOGUE_VIEWER, {}, { inlineBelowRows: Infinity }))
    const sameMatrix =
      JSON.stringify({ ...matrixHere.value, generatedAt: '' }) === JSON.stringify({ ...matrix.value, generatedAt: '' })
    const load = await best(() => loadPathway(db, PATHWAY_SLUG, CATALOGUE_VIEWER))
    const inline = await timed(() => analysePathway(load.value.input))
    // The worker's report must be the one the same loader and rules give on this thread.
    const here = await findingsOf(db, load.value, {}, CATALOGUE_VIEWER, { inlineBelowRows: Infinity })
    await db.destroy()
    const same = JSON.stringify(here.findings) === JSON.stringify(full.value.findings) && JSON.stringify(here.totals) === JSON.stringify(full.value.totals)

    const texts = load.value.input.outcomes.map((o) => o.text)
    const near = await best(() => findSimilarPairs(texts))
    const { truth, hits, recall } = recallOnSample(texts, near.value, generated.value.plantedOutcomeIds)

    const ratio = full.ms / scan.ms
    const { threads } = poolSettings()
    const counts = full.value.totals.byKind
    const met = (ok: boolean) => (ok ? 'met' : 'MISSED')
    const rows: [string, string, string, string][] = [
      ['bare scan of alignments (better-sqlite3, every row)', fmt(scan.ms), fmt(scan.cpu), `${scan.value.toLocaleString('en')} rows, 3 columns`],
      ['full analysis, as the API runs it, warm (1)', fmt(full.ms), fmt(full.cpu), `< ${fmt(AIMS.analysisMs)}: ${met(full.ms < AIMS.analysisMs)}`],
      ['  ratio to the bare scan', `${ratio.toFixed(1)}x`, `${(full.cpu / scan.cpu).toFixed(1)}x`, `< ${AIMS.ratio}x: ${met(ratio < AIMS.ratio)}`],
      ['  same findings as loading and analysing inline', same ? 'yes' : 'NO', '', `${full.value.findings.length.toLocaleString('en')} findings`],
      ['  for scale: loading the AnalysisInput here (2)', fmt(load.ms), fmt(load.cpu), ''],
      ['  for scale: every rule over it, inline (3)', fmt(inline.ms), fmt(inline.cpu), ''],
      ['  first (cold) run, starting the workers', fmt(cold.ms), fmt(cold.cpu), ''],
      ['  longest event-loop stall while analysing', fmt(lag.max / 1e6), '', 'this thread, during the warm runs'],
      ['crosswalk matrix, as the API builds it, warm (5)', fmt(matrix.ms), fmt(matrix.cpu), `${matrix.value.rows.length.toLocaleString('en')} rows x ${matrix.value.modules.length.toLocaleString('en')} modules`],
      ['  longest event-loop stall while building it', fmt(matrixLag.max / 1e6), '', `this thread, during the warm runs; < ${fmt(AIMS.stallMs)}: ${met(matrixLag.max / 1e6 < AIMS.stallMs)}`],
      ['  same matrix as loading and building it inline', sameMatrix ? 'yes' : 'NO', '', ''],
      ['  for scale: loading and building it inline (6)', fmt(matrixHere.ms), fmt(matrixHere.cpu), 'all on this thread, one stall'],
      ['  for scale: its JSON (JSON.stringify) (7)', fmt(matrixJson.ms), fmt(matrixJson.cpu), `${(matrixJson.value / 1e6).toFixed(1)} MB, on this thread`],
      ['near-duplicate pass over every outcome (4)', fmt(near.ms), fmt(near.cpu), `< ${fmt(AIMS.nearDuplicatesMs)}: ${met(near.ms < AIMS.nearDuplicatesMs)}`],
      [`  recall on ${SAMPLE} sampled outcomes (exact Jaccard)`, recall.toFixed(4), '', `${hits}/${truth} pairs, >= ${AIMS.recall}: ${met(recall >= AIMS.recall)}`],
    ]
    const width = Math.max(...rows.map((r) => r[0].length))
    console.log(`\n${'measure'.padEnd(width)}  ${'wall'.padStart(10)}  ${'cpu'.padStart(10)}  note`)
    for (const [label, wall, cpu, note] of rows) console.log(`${label.padEnd(width)}  ${wall.padStart(10)}  ${cpu.padStart(10)}  ${note}`)
    console.log(`
(1) analysePathwayBySlug, the call behind GET /api/pathways/:slug/findings: here, find the pathway and count its
    rows; then on the analysis threads (${threads} here: RUNGS_ANALYSIS_THREADS, default CPUs − 1) a worker opens
    the SQLite file and reads the AnalysisInput in one transaction with the same queries as (2), runs every
    rule of DESIGN §3, filters and counts its findings and sends them back in chunks. With two threads or more
    the work goes in two halves side by side: one reads everything but the outcomes and runs the nine other
    rules, the other reads modules, outcomes, credentials and articulations and runs near_duplicate_outcomes.
(2) loadPathway on this thread, the whole input; (3) analysePathway over it on this thread, all ten rules.
(4) findSimilarPairs over every outcome text with the default options (shingles, MinHash, LSH, exact Jaccard),
    as the near_duplicate_outcomes rule runs it inside (1) and (3).
(5) pathwayMatrix, the call behind GET /api/pathways/:slug/matrix, without the JSON of the answer: here, find
    the pathway and count its rows; then a worker thread opens the SQLite file, loads everything but the
    outcomes (the queries of (2)), builds the matrix and sends its rows back in chunks. The stall is this
    thread's longest event-loop delay over the warm runs (after a first run that starts the worker).
(6) pathwayMatrix forced inline (as before the worker): loading and building on this thread, once.
(7) serialising the matrix of (5), which c.json still does on this thread for the API's answer.
Best of ${RUNS} runs each; cpu is the whole process's (every thread).`)
    console.log(`\n${machine()}`)
    console.log(`runs (ms): scan ${scan.all.map(Math.round).join(', ')}; analysis ${full.all.map(Math.round).join(', ')}; matrix ${matrix.all.map(Math.round).join(', ')}; near-duplicates ${near.all.map(Math.round).join(', ')}`)
    console.log(`findings by kind: ${Object.entries(counts).map(([k, n]) => `${k} ${n.toLocaleString('en')}`).join(', ')}`)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  // The change-impact preview on the demo pathway, as a ratio to a plain analysis of it (bench/impact.ts).
  printImpact(await impactRows())
}

await main()
