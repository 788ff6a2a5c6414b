// Issue 12: import files that used to answer 500, create an empty framework, or collide. Each is refused naming
// where (or, for concurrent identical imports, converges on one framework) and a refusal writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { createTestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { commitAndWait, fingerprint, fixture, uploadForm } from './import-support'

const NUL = '\u0000'
const CASE_UUID = '6f1c2a7e-0b4d-4c1e-9a51-3e2f8d0c1a01'

const workbook = (rows: string[][]) => {
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Standards')
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
}
const casePackage = (edit: (pkg: any) => void) => {
  const pkg = JSON.parse(fixture('machining.case.json').toString('utf8'))
  edit(pkg)
  return JSON.stringify(pkg)
}
// A chain of `depth` competencies, each the parent of the next.
const chain = (depth: number) =>
  ['Code,Statement,Parent code', ...Array.from({ length: depth }, (_, i) => `L${i + 1},Level ${i + 1},${i ? `L${i}` : ''}`)].join('\n')

const REFUSED: { name: string; file: string | Buffer; fileName: string; message: string; where: object }[] = [
  { name: 'a CSV with only a header row', file: 'Code,Statement,Parent code\n', fileName: 'x.csv', message: 'The file has a header row but no competencies', where: { row: 2 } },
  { name: 'a workbook with only a header row', file: workbook([['Code', 'Statement']]), fileName: 'x.xlsx', message: 'header row but no competencies', where: { sheet: 'Standards', row: 2 } },
  { name: 'NUL in a CSV cell', file: `Code,Statement\nA,Alpha\nB,Be${NUL}ta\n`, fileName: 'x.csv', message: 'must not contain the NUL character', where: { row: 3, column: 'B (Statement)' } },
  { name: 'NUL in a CSV code', file: `Code,Statement\nA${NUL},Alpha\n`, fileName: 'x.csv', message: 'must not contain the NUL character', where: { row: 2, column: 'A (Code)' } },
  { name: 'NUL in a workbook cell', file: workbook([['Code', 'Statement'], ['A', 'Alpha'], ['B', `Be${NUL}ta`]]), fileName: 'x.xlsx', message: 'must not contain the NUL character', where: { sheet: 'Standards', row: 3, column: 'B (Statement)' } },
  { name: 'NUL in a CASE statement', file: casePackage((p) => (p.CFItems[2].fullStatement = `Mea${NUL}sure`)), fileName: 'x.json', message: 'must not contain the NUL character', where: { path: 'CFItems[2].fullStatement' } },
  { name: 'NUL in a CASE title', file: casePackage((p) => (p.CFDocument.title = `Machining${NUL}`)), fileName: 'x.json', message: 'must not contain the NUL character', where: { path: 'CFDocument.title' } },
  { name: 'a hierarchy 3,000 levels deep', file: chain(3_000), fileName: 'x.csv', message: 'L33 would sit 33 levels deep; a hierarchy may be at most 32 levels deep', where: { row: 34 } },
  { name: 'malformed JSON nested a million deep', file: `{"CFDocument": ${'['.repeat(1_000_000)}`, fileName: 'x.json', message: 'not valid JSON at line 1, column 1000016', where: { row: 1 } },
]

describe.each(testDialects)('hostile import files on %s', (dialect) => {
  let test: TestDb
  let api: ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect)
    api = (await createTestAccounts(test.db)).as.faculty
  })
  afterAll(() => test.destroy())

  it.each(REFUSED)('refuses $name naming where, and writes nothing', async ({ file, fileName, message, where }) => {
    const before = await fingerprint(test.db)
    const preview = await api.post('/imports/preview', uploadForm(file, fileName))
    expect(preview.status).toBe(200)
    expect(preview.body.ok).toBe(false)
    const problem = preview.body.problems.find((p: { severity: string; message: string }) => p.severity === 'error' && p.message.includes(message))
    expect(problem, JSON.stringify(preview.body.problems).slice(0, 2000)).toMatchObject(where)
    const commit = await commitAndWait(api, uploadForm(file, fileName))
    expect(commit.status).toBe(422)
    expect(commit.body.error.details.problems).toContainEqual(problem)
    expect(await fingerprint(test.db)).toEqual(before)
  })

  it('reads a sequence number nested thousands deep as no number, with a warning', async () => {
    const file = casePackage((p) => (p.CFAssociations[0].sequenceNumber = 'PLACEHOLDER')).replace('"PLACEHOLDER"', `${'['.repeat(20_000)}${']'.repeat(20_000)}`)
    const preview = await api.post('/imports/preview', uploadForm(file, 'x.json'))
    expect(preview.status).toBe(200)
    expect(preview.body.problems).toContainEqual(expect.objectContaining({ severity: 'warning', message: 'sequenceNumber given as an object or list is not a number; file order kept' }))
  })

  it('lets twenty identical concurrent CASE imports converge: all succeed, one framework', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => api.post('/imports/commit', uploadForm(fixture('machining.case.json'), 'machining.case.json'))))
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201))
    expect(answers.filter((a) => a.body.framework.action === 'create')).toHaveLength(1)
    const frameworks = await test.db.selectFrom('frameworks').select('id').where('uuid', '=', CASE_UUID).execute()
    expect(frameworks).toHaveLength(1)
    expect(new Set(answers.map((a) => a.body.framework.id))).toEqual(new Set([frameworks[0]!.id]))
    const competencies = await test.db.selectFrom('competencies').select('uuid').where('frameworkId', '=', frameworks[0]!.id).execute()
    expect(competencies).toHaveLength(6)
  }, 60_000)
})
