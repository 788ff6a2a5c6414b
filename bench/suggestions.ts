// npm run bench:suggestions: the quality of suggested alignments (leave-one-out recall@5 and precision@5 on the
// demo and on the second pathway of fixtures/second-pathway), then the time of one outcome's suggestions through
// the service over a generated 50,000-competency statewide set (index cached per framework version), against
// the competency search of the same set as the baseline measured in the same run.
//
// More quality lines: add a function returning QualityRow[] to QUALITY_MEASURES (crosswalk precision and recall
// against the links the fixtures hold belong here too).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { docFromText } from '../shared/schemas/rich-text'
import { SystemModuleInput } from '../shared/schemas/module'
import { CompetencySearch } from '../shared/schemas/framework'
import { demo } from '../fixtures/demo/index'
import { secondPathway } from '../fixtures/second-pathway/index'
import { connect } from '../server/db/connect'
import { migrateToLatest } from '../server/db/migrate'
import { searchCompetencies } from '../server/db/queries/competency-search'
import { createModule } from '../server/services/modules/write'
import { outcomeSuggestions } from '../server/services/suggestions/suggest'
import { generateCompetencies, random, SEARCH_WORDS } from './generate'
import { machine } from './server'
import { outcomeQuality, type QualityRow } from './suggestion-quality'

const COMPETENCIES = 50_000
const OUTCOMES = 20
const REQUESTS = 200
const AIMS = { recall: 0.7, p95Ms: 100 }

export const QUALITY_MEASURES: (() => QualityRow[] | Promise<QualityRow[]>)[] = [
  () => [
    outcomeQuality('outcome suggestions, demo (manufacturing)', demo.frameworks.filter((f) => demo.pathway.frameworks.includes(f.key)), demo.modules),
    outcomeQuality(`outcome suggestions, second pathway (${secondPathway.title})`, secondPathway.frameworks, secondPathway.modules),
  ],
]

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}
const ms = (n: number) => `${n.toFixed(1)} ms`

async function quality() {
  const rows = (await Promise.all(QUALITY_MEASURES.map((measure) => measure()))).flat()
  console.log(`${'Quality (leave-one-out)'.padEnd(58)} ${'cases'.padStart(6)} ${'recall@5'.padStart(9)} ${'prec@5'.padStart(7)} ${'max prec@5'.padStart(11)}  aim: recall@5 >= ${AIMS.recall}`)
  for (const row of rows) {
    const met = row.recall >= AIMS.recall ? 'met' : 'MISSED'
    console.log(`${row.label.padEnd(58)} ${String(row.cases).padStart(6)} ${row.recall.toFixed(3).padStart(9)} ${row.precision.toFixed(3).padStart(7)} ${row.ceiling.toFixed(3).padStart(11)}  ${met}`)
  }
}

async function timing() {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-bench-suggestions-'))
  const file = join(folder, 'rungs.db')
  const db = connect({ dialect: 'sqlite', file })
  try {
    await migrateToLatest(db)
    generateCompetencies(file, COMPETENCIES)
    const next = random(19)
    const pick = () => SEARCH_WORDS[Math.floor(next() * SEARCH_WORDS.length)]!
    const texts = Array.from({ length: OUTCOMES }, () => `${pick()} and ${pick()} the ${pick()} ${pick()} to ${pick()} ${pick()}`)
    // In no pathway, so its suggestions draw on every occupational framework: the whole statewide set.
    const module = await createModule(db, null, SystemModuleInput.parse({
      code: 'BENCH 1', title: 'Bench module', level: 'postsecondary', kind: 'occupational', status: 'approved',
      outcomes: texts.map((text) => ({ content: docFromText(text), alignments: [] })),
    }))
    const outcomeIds = module.outcomes.map((o) => o.id)
    const ask = (i: number) => outcomeSuggestions(db, null, outcomeIds[i % outcomeIds.length]!, { limit: 10 })
    let start = performance.now()
    await ask(0)
    const cold = performance.now() - start
    const times: number[] = []
    for (let i = 0; i < REQUESTS; i++) {
      start = performance.now()
      await ask(i)
      times.push(performance.now() - start)
    }
    const baseline: number[] = []
    for (let i = 0; i < REQUESTS; i++) {
      const words = texts[i % texts.length]!.split(' ').slice(0, 2).join(' ')
      start = performance.now()
      await searchCompetencies(db, CompetencySearch.parse({ q: words, limit: 10 }))
      baseline.push(performance.now() - start)
    }
    const p95 = quantile(times, 0.95)
    const base = quantile(baseline, 0.95)
    console.log(`\nOne outcome's suggestions over ${COMPETENCIES.toLocaleString('en')} generated competencies (${REQUESTS} requests, ${OUTCOMES} outcomes, through the service on SQLite):`)
    console.log(`  first request (reads and indexes the set): ${ms(cold)}`)
    console.log(`  then p50 ${ms(quantile(times, 0.5))}, p95 ${ms(p95)}  aim: p95 < ${AIMS.p95Ms} ms  ${p95 < AIMS.p95Ms ? 'met' : 'MISSED'}`)
    console.log(`  baseline, competency search of two of the words: p50 ${ms(quantile(baseline, 0.5))}, p95 ${ms(base)}; suggestions p95 ${(p95 / base).toFixed(1)}x the search's`)
  } finally {
    await db.destroy()
    rmSync(folder, { recursive: true, force: true })
  }
}

await quality()
await timing()
console.log(machine())
