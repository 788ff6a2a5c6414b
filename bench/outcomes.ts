// npm run bench:outcomes (and part of npm run bench): learner outcomes of a statewide pathway summarised for the
// road map. 20,000 modules on one pathway, each with 12 terms of counts for all learners and 5 subgroups
// (English learner yes/no, three age bands), read as GET /api/pathways/:slug/outcomes reads them for a person
// outside the data's organisation, so every module's table goes through small-cell suppression. Printed,
// median of 3 runs each, against a bare scan of the same rows (better-sqlite3, every row and column) measured
// in the same run, as a ratio. SQLite.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { connect } from '../server/db/connect'
import { migrateToLatest } from '../server/db/migrate'
import { pathwayOutcomes } from '../server/services/outcomes/read'
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../shared/domain/outcomes/suppression'
import { random } from './generate'
import { fmt, machine, median } from './server'

const MODULES = Number(process.env.BENCH_OUTCOME_MODULES ?? 20_000)
const TERMS = Array.from({ length: 12 }, (_, i) => `${2020 + Math.floor((i + 1) / 2)}-${i % 2 === 0 ? 'fall' : 'spring'}`)
const SUBGROUPS: [string, string, number][] = [
  ['English learner', 'yes', 0.2], ['English learner', 'no', 0.8],
  ['Age band', '16–24', 0.45], ['Age band', '25–44', 0.42], ['Age band', '45+', 0.13],
]
const SLUG = 'statewide-outcomes'
const RUNS = 3
const AIMS = { ms: 1000, ratio: 5 }
// A person of another organisation than the one that reported the counts: sees them suppressed.
const OUTSIDER = { id: 2, role: 'viewer', organisationId: 2 } as const

// The pathway, its modules (approved, so anyone signed in sees them) and their outcome rows, written straight
// into a migrated file in one transaction; returns how many outcome rows.
function generate(file: string): number {
  const next = random(20261213)
  const int = (n: number) => Math.floor(next() * n)
  const db = new SQLite(file)
  const stamp = new Date().toISOString()
  let rows = 0
  db.transaction(() => {
    const organisation = db.prepare("insert into organisations (id, uuid, name, kind, created_at, updated_at) values (?, ?, ?, 'other', ?, ?)")
    organisation.run(1, randomUUID(), 'State adult education office', stamp, stamp)
    organisation.run(2, randomUUID(), 'A reader college', stamp, stamp)
    db.prepare("insert into pathways (id, uuid, slug, title, sector, created_at, updated_at) values (1, ?, ?, 'Statewide outcomes', 'All', ?, ?)").run(randomUUID(), SLUG, stamp, stamp)
    const module = db.prepare(
      "insert into modules (id, uuid, code, title, level, kind, description, status, approved_version, organisation_id, created_at, updated_at) values (?, ?, ?, ?, 'postsecondary', 'occupational', '{\"type\":\"doc\",\"content\":[]}', 'approved', 1, 1, ?, ?)",
    )
    const placement = db.prepare('insert into pathway_modules (pathway_id, module_id, stage, position) values (1, ?, ?, ?)')
    const outcome = db.prepare(
      'insert into outcome_counts (module_id, organisation_id, term, subgroup_dimension, subgroup_value, enrolled, completed, credential_earned, continued, employed_q2, median_earnings_q2, source, created_at, updated_at) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    const write = (m: number, term: string, dimension: string, value: string, enrolled: number, completion: number) => {
      const completed = Math.round(enrolled * completion)
      const employed = Math.round(enrolled * 0.5)
      outcome.run(m, term, dimension, value, enrolled, completed, Math.round(completed * 0.8), Math.round(completed * 0.6), employed, employed ? 9000 + int(4000) : null, 'Bench synthetic data', stamp, stamp)
      rows++
    }
    for (let m = 1; m <= MODULES; m++) {
      module.run(m, randomUUID(), `S-${m}`, `Statewide module ${m}`, stamp, stamp)
      placement.run(m, 1 + (m % 8), m)
      for (const term of TERMS) {
        const enrolled = 15 + int(60)
        const completion = 0.55 + next() * 0.35
        write(m, term, '', '', enrolled, completion)
        // Each dimension's values add up to the all-learners row; the last value takes what is left.
        for (const dimension of ['English learner', 'Age band']) {
          const values = SUBGROUPS.filter(([d]) => d === dimension)
          let left = enrolled
          values.forEach(([, value, share], index) => {
            const part = index === values.length - 1 ? left : Math.min(left, Math.round(enrolled * share))
            left -= part
            write(m, term, dimension, value, part, completion)
          })
        }
      }
    }
  })()
  db.close()
  return rows
}

// Every outcome row, every column, through better-sqlite3: what reading the data costs at the least.
function bareScan(file: string): number {
  const db = new SQLite(file, { readonly: true })
  let count = 0
  for (const row of db.prepare('select * from outcome_counts').iterate()) if (row) count++
  db.close()
  return count
}

async function timedMedian(run: () => unknown): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  return median(times)
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-bench-outcomes-'))
  const file = join(folder, 'outcomes.db')
  try {
    const setup = connect({ dialect: 'sqlite', file })
    await migrateToLatest(setup)
    await setup.destroy()
    const start = performance.now()
    const rows = generate(file)
    console.log(`Generated ${MODULES.toLocaleString('en')} modules × ${TERMS.length} terms × ${SUBGROUPS.length + 1} rows = ${rows.toLocaleString('en')} outcome rows in ${fmt(performance.now() - start)} (${file})`)

    const db = connect({ dialect: 'sqlite', file })
    const read = () => pathwayOutcomes(db, OUTSIDER, SLUG, DEFAULT_SUPPRESSION_THRESHOLD)
    const answer = await read()
    const hidden = answer.modules.reduce((n, m) => n + m.rows.filter((r) => r.suppressed.length > 0).length, 0)
    const scan = await timedMedian(() => bareScan(file))
    const summary = await timedMedian(read)
    await db.destroy()

    const ratio = summary / scan
    const met = (ok: boolean) => (ok ? 'met' : 'MISSED')
    console.log(machine())
    console.table([
      { measure: 'bare scan of outcome_counts (every row and column)', median: fmt(scan), aim: '' },
      { measure: 'pathway outcomes for an outsider (suppressed), as the API reads them', median: fmt(summary), aim: `≤ ${fmt(AIMS.ms)}: ${met(summary <= AIMS.ms)}` },
      { measure: '  ratio to the bare scan', median: `${ratio.toFixed(1)}x`, aim: `≤ ${AIMS.ratio}x: ${met(ratio <= AIMS.ratio)}` },
    ])
    console.log(`${answer.modules.length.toLocaleString('en')} modules answered; ${hidden.toLocaleString('en')} published rows with a hidden figure`)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

await main()
