// npm run bench:import (and part of npm run bench): a 100,000-row spreadsheet imported into a fresh SQLite file
// (read, mapped, checked, planned and committed in one transaction), timed against a bare SheetJS parse of the
// same file in the same run.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as XLSX from 'xlsx'
import { connect } from '../server/db/connect'
import { migrateToLatest } from '../server/db/migrate'
import { commitImport } from '../server/services/import/index'
import { importWorkbook } from './generate'

const ROWS = 100_000
const RUNS = 3
const AIM_RATIO = 3

const fmt = (n: number) => `${Math.round(n).toLocaleString('en')} ms`

// The times of RUNS runs; a run that resolves to a number reports its own time (leaving out its set-up).
async function times(run: () => Promise<unknown> | unknown): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    const own = await run()
    out.push(typeof own === 'number' ? own : performance.now() - start)
  }
  return out
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-bench-import-'))
  try {
    const bytes = importWorkbook(ROWS)
    console.log(`Import bench: ${ROWS.toLocaleString('en')} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB XLSX`)
    const bare = await times(() => XLSX.utils.sheet_to_json(XLSX.read(bytes, { type: 'buffer', dense: true }).Sheets.Standards!, { header: 1 }))
    let run = 0
    const imported = await times(async () => {
      const db = connect({ dialect: 'sqlite', file: join(folder, `import-${run++}.db`) })
      await migrateToLatest(db)
      const start = performance.now()
      const done = await db.transaction().execute((trx) => commitImport(trx, null, { bytes, fileName: 'statewide.xlsx' }, {}))
      const took = performance.now() - start
      if (done.counts.create !== ROWS) throw new Error(`Imported ${done.counts.create} rows, expected ${ROWS}`)
      await db.destroy()
      return took
    })
    const bareMs = Math.min(...bare)
    const importMs = Math.min(...imported)
    console.log(`  bare SheetJS parse (read + sheet_to_json): ${fmt(bareMs)}   runs: ${bare.map(fmt).join(', ')}`)
    console.log(`  full import (parse, map, check, plan, commit): ${fmt(importMs)}   runs: ${imported.map(fmt).join(', ')}` + ' (each into a new, migrated file)')
    const ratio = importMs / bareMs
    console.log(`  ratio: ${ratio.toFixed(2)}x (aim: within ${AIM_RATIO}x) ${ratio <= AIM_RATIO ? 'OK' : 'OVER'}`)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

await main()
