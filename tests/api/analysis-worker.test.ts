// The analysis of a pathway in an SQLite file on worker threads, as a big pathway is analysed: the workers
// open the file themselves and load the pathway in two halves (the near-duplicate pass, everything else),
// side by side; the report must be the one loading and analysing inline gives, filters and counts included.
// Likewise the crosswalk matrix, built on a worker that loads the pathway itself or (a database in memory) is
// sent the pathway loaded on the main thread: it must be the matrix built inline.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demo } from '../../fixtures/demo/index'
import { connect, type Db } from '../../server/db/connect'
import { migrateToLatest } from '../../server/db/migrate'
import { analysisSize, loadAnalysisInput, sqliteFileOf } from '../../server/db/queries/analysis'
import { analysePathwayBySlug } from '../../server/services/analysis/findings'
import type { Matrix } from '../../server/services/analysis/build-matrix'
import { pathwayMatrix } from '../../server/services/analysis/matrix'
import { seedDemo } from '../../server/services/seed/index'
import { alignmentCount } from '../../shared/domain/analysis/alignments'
import { analysePathway } from '../../shared/domain/analysis/analyse'
import type { FindingsQuery, MatrixQuery } from '../../shared/schemas/analysis'
import { createTestDb, testDialects, type TestDb } from '../support/database'

const onWorkers = { inlineBelowRows: 0 }
const inline = { inlineBelowRows: Infinity }

// The matrix as JSON, but for the moment it was built.
const matrixJson = (matrix: Matrix) => JSON.stringify({ ...matrix, generatedAt: undefined })

// The matrix queries compared: everything, one level, one framework (the demo's first) with two levels.
async function matrixQueries(db: Db, slug: string): Promise<[string, MatrixQuery][]> {
  const framework = await db
    .selectFrom('pathway_frameworks')
    .innerJoin('pathways', 'pathways.id', 'pathway_frameworks.pathwayId')
    .select('frameworkId')
    .where('slug', '=', slug)
    .orderBy('frameworkId')
    .executeTakeFirstOrThrow()
  return [
    ['the whole matrix', {}],
    ['one level', { level: ['secondary'] }],
    ['one framework at two levels', { frameworkId: framework.frameworkId, level: ['adult', 'postsecondary'] }],
  ]
}

// Builds each query's matrix inline and on a worker, and expects the same matrix, sizeable enough to mean it.
async function expectSameMatrices(db: Db, slug: string) {
  for (const [what, query] of await matrixQueries(db, slug)) {
    const here = await pathwayMatrix(db, slug, null, query, inline)
    const there = await pathwayMatrix(db, slug, null, query, onWorkers)
    expect(there.rows.length, what).toBeGreaterThan(10)
    expect(there.rows.some((r) => Object.keys(r.cells).length > 0), what).toBe(true)
    expect(matrixJson(there), what).toBe(matrixJson(here))
  }
}

describe('the analysis of a pathway in an SQLite file on worker threads', () => {
  let folder: string
  let db: Db
  const slug = demo.pathway.slug

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rungs-analysis-worker-'))
    db = connect({ dialect: 'sqlite', file: join(folder, 'rungs.db') })
    await migrateToLatest(db)
    await seedDemo(db)
  })
  afterAll(async () => {
    await db.destroy()
    rmSync(folder, { recursive: true, force: true })
  })

  it('finds the file that other threads can open, and none for a database in memory', async () => {
    expect(await sqliteFileOf(db)).toBe(join(folder, 'rungs.db'))
    const memory = connect({ dialect: 'sqlite', file: ':memory:' })
    expect(await sqliteFileOf(memory)).toBeNull()
    await memory.destroy()
    await db.transaction().execute(async (trx) => expect(await sqliteFileOf(trx)).toBeNull())
  })

  it('counts the rows an analysis would read', async () => {
    const pathway = await db.selectFrom('pathways').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()
    const input = await loadAnalysisInput(db, pathway.id, null)
    const items = input.competencies.filter((c) => input.frameworkIds.includes(c.frameworkId)).length
    const rows = items + input.modules.length + input.outcomes.length + alignmentCount(input.alignments)
    expect(await analysisSize(db, pathway.id)).toBe(rows)
  })

  it('loads two halves that together are the whole input', async () => {
    const pathway = await db.selectFrom('pathways').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()
    const all = await loadAnalysisInput(db, pathway.id, null)
    const outcomes = await loadAnalysisInput(db, pathway.id, null, 'outcomes')
    const rest = await loadAnalysisInput(db, pathway.id, null, 'all-but-outcomes')
    expect(outcomes).toMatchObject({ competencies: [], requirements: [], prerequisites: [], outcomes: all.outcomes })
    expect(alignmentCount(outcomes.alignments)).toBe(0)
    expect(outcomes).toMatchObject({ modules: all.modules, credentials: all.credentials, articulations: all.articulations })
    expect(rest).toEqual({ ...all, outcomes: [] })
    const nearDuplicates = analysePathway(outcomes, { kinds: ['near_duplicate_outcomes'] }).findings
    expect(nearDuplicates.length).toBeGreaterThan(0)
    expect(nearDuplicates).toEqual(analysePathway(all).findings.filter((f) => f.kind === 'near_duplicate_outcomes'))
  })

  it.each<[string, FindingsQuery]>([
    ['every finding', {}],
    ['one level', { level: ['secondary'] }],
    ['some kinds and a severity', { kind: ['near_duplicate_outcomes', 'duplicated_across_levels', 'uncovered'], severity: ['warning', 'info'] }],
  ])('reports %s as an inline analysis does', async (_, query) => {
    const here = await analysePathwayBySlug(db, slug, null, query, inline)
    const there = await analysePathwayBySlug(db, slug, null, query, onWorkers)
    expect(there.findings.length).toBeGreaterThan(0)
    expect(JSON.stringify(there.findings)).toBe(JSON.stringify(here.findings))
    expect(there.counts).toEqual(here.counts)
    expect(there.totals).toEqual(here.totals)
    expect(there.pathway).toEqual(here.pathway)
  })

  it('answers 404 for an unknown pathway', async () => {
    await expect(analysePathwayBySlug(db, 'no-such-pathway', null, {}, onWorkers)).rejects.toMatchObject({ status: 404, code: 'not_found' })
    await expect(pathwayMatrix(db, 'no-such-pathway', null, {}, onWorkers)).rejects.toMatchObject({ status: 404, code: 'not_found' })
  })

  it('builds the same crosswalk matrices on a worker that loads the file itself', async () => {
    await expectSameMatrices(db, slug)
  })

  it('refuses a framework of another pathway on a worker as inline (422)', async () => {
    const refused = { status: 422, code: 'invalid' }
    await expect(pathwayMatrix(db, slug, null, { frameworkId: 987654 }, inline)).rejects.toMatchObject(refused)
    await expect(pathwayMatrix(db, slug, null, { frameworkId: 987654 }, onWorkers)).rejects.toMatchObject(refused)
  })
})

describe.each(testDialects)('the crosswalk matrix built on a worker from a pathway on %s', (dialect) => {
  let test: TestDb
  const slug = demo.pathway.slug

  beforeAll(async () => {
    test = await createTestDb(dialect)
    await seedDemo(test.db)
  })
  afterAll(() => test.destroy())

  it('is the matrix built inline, whatever the query', async () => {
    expect(await sqliteFileOf(test.db)).toBeNull()
    await expectSameMatrices(test.db, slug)
  })
})
