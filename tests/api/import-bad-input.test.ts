import { deflateRawSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { previewImport } from '../../server/services/import/index'
import { createTestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeFramework } from '../support/factories'
import { commitAndWait, fingerprint, fixture, uploadForm, zipWithPart } from './import-support'

const workbook = (rows: string[][], edit: (sheet: XLSX.WorkSheet) => void = () => {}) => {
  const sheet = XLSX.utils.aoa_to_sheet(rows)
  edit(sheet)
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, sheet, 'Standards')
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
}
const casePackage = (edit: (pkg: any) => void) => {
  const pkg = JSON.parse(fixture('machining.case.json').toString('utf8'))
  edit(pkg)
  return JSON.stringify(pkg)
}
const HEADER = ['Code', 'Statement', 'Parent code']

// Each refused file: the problem expected (message part and where it points).
const REFUSED: { name: string; file: string | Buffer; fileName: string; message: string; where: object }[] = [
  { name: 'malformed JSON', file: '{\n  "CFDocument": {\n    "title": }', fileName: 'bad.json', message: 'not valid JSON at line 3', where: { row: 3 } },
  { name: 'a JSON file that is not a CASE package', file: '{"standards": []}', fileName: 'x.json', message: 'no CFDocument', where: { path: 'CFDocument' } },
  { name: 'an item without its statement', file: casePackage((p) => delete p.CFItems[2].fullStatement), fileName: 'x.json', message: 'fullStatement is missing', where: { path: 'CFItems[2].fullStatement' } },
  { name: 'an unknown association type', file: casePackage((p) => (p.CFAssociations[6].associationType = 'isCousinOf')), fileName: 'x.json', message: 'Unknown association type "isCousinOf"', where: { path: 'CFAssociations[6].associationType' } },
  { name: 'a cycle in the hierarchy', file: 'Code,Statement,Parent code\nA,Alpha,C\nB,Beta,A\nC,Gamma,B\n', fileName: 'x.csv', message: 'The hierarchy loops: A → C → B → A', where: { row: 2 } },
  { name: 'duplicate codes', file: 'Code,Statement\nA,Alpha\nB,Beta\nA,Again\n', fileName: 'x.csv', message: 'Code A is used twice (first row 2)', where: { row: 4, column: 'A (Code)' } },
  { name: 'a missing parent', file: 'Code,Statement,Parent code\nA,Alpha,\nB,Beta,Z\n', fileName: 'x.csv', message: 'Parent Z of B is neither in the file nor in the framework', where: { row: 3 } },
  { name: 'an empty required cell', file: 'Code,Statement\nA,Alpha\n,Beta\n', fileName: 'x.csv', message: 'The code is empty', where: { row: 3, column: 'A (Code)' } },
  { name: 'non-UTF-8 text', file: Buffer.from('Code,Statement\nA,Caf\xe9 safety\n', 'latin1'), fileName: 'x.csv', message: 'not UTF-8', where: { row: 2 } },
  { name: 'merged cells', file: workbook([HEADER, ['A', 'Alpha', ''], ['B', 'Beta', 'A'], ['C', '', 'A']], (s) => (s['!merges'] = [{ s: { r: 2, c: 1 }, e: { r: 3, c: 1 } }])), fileName: 'x.xlsx', message: 'Cells B3:B4 are merged', where: { sheet: 'Standards', row: 3, column: 'B' } },
  { name: 'a zip bomb', file: zipWithPart('xl/worksheets/sheet1.xml', deflateRawSync(Buffer.alloc(8_000_000, 32)), 8_000_000), fileName: 'bomb.xlsx', message: 'a zip bomb?', where: {} },
  { name: 'a workbook that expands past the limit', file: zipWithPart('xl/sharedStrings.xml', Buffer.alloc(2_000_000), 300_000_000), fileName: 'big.xlsx', message: 'over the limit of 250 MB', where: {} },
  { name: 'a loop of CASE parents', file: casePackage((p) => (p.CFAssociations[0].destinationNodeURI.identifier = p.CFItems[3].identifier)), fileName: 'x.json', message: 'The hierarchy loops', where: { path: 'CFItems[0]' } },
  { name: 'a CASE parent in neither the package nor the framework', file: casePackage((p) => (p.CFAssociations[5].destinationNodeURI.identifier = '0b7e5f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b')), fileName: 'x.json', message: 'is neither the document nor an item', where: { path: 'CFAssociations[5].destinationNodeURI' } },
  { name: 'an identifier used twice', file: casePackage((p) => (p.CFItems[5].identifier = p.CFItems[4].identifier)), fileName: 'x.json', message: 'is used twice', where: { path: 'CFItems[5]' } },
  { name: 'an item identifier that is no UUID', file: casePackage((p) => (p.CFItems[1].identifier = 'PM-1')), fileName: 'x.json', message: 'identifier must be a UUID', where: { path: 'CFItems[1].identifier' } },
  { name: 'a NUL character in a CASE value', file: casePackage((p) => (p.CFItems[2].notes = 'bad\u0000note')), fileName: 'x.json', message: 'NUL', where: {} },
]
// Each refused CASE package again as CASE 1.1 (issue 16): the same problems are refused the same way.
const asCase11 = (file: string | Buffer) => {
  try {
    const pkg = JSON.parse(file.toString())
    return pkg?.CFDocument ? JSON.stringify({ ...pkg, CFDocument: { ...pkg.CFDocument, caseVersion: '1.1' } }) : null
  } catch {
    return null
  }
}
REFUSED.push(...REFUSED.flatMap((r) => {
  const file = asCase11(r.file)
  return file ? [{ ...r, name: `${r.name} (CASE 1.1)`, file }] : []
}))

describe.each(testDialects)('bad import files on %s', (dialect) => {
  let test: TestDb
  let api: ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect)
    api = (await createTestAccounts(test.db)).as.faculty
    await makeFramework(test.db)
    await api.post('/imports/commit', uploadForm(fixture('machining.case.json'), 'machining.case.json'))
  })
  afterAll(() => test.destroy())

  it.each(REFUSED)('refuses $name naming where, and leaves the database as it was', async ({ file, fileName, message, where }) => {
    const before = await fingerprint(test.db)
    const preview = await api.post('/imports/preview', uploadForm(file, fileName))
    expect(preview.status).toBe(200)
    expect(preview.body.ok).toBe(false)
    const problem = preview.body.problems.find((p: { severity: string; message: string }) => p.severity === 'error' && p.message.includes(message))
    expect(problem, JSON.stringify(preview.body.problems)).toMatchObject(where)
    const commit = await commitAndWait(api, uploadForm(file, fileName))
    expect(commit.status).toBe(422)
    expect(commit.body.error.details.problems).toContainEqual(problem)
    expect(await fingerprint(test.db)).toEqual(before)
  })

  it('refuses a file over the size limit, by the upload limit and by the service', async () => {
    const before = await fingerprint(test.db)
    const big = Buffer.alloc(21 * 1024 * 1024, 'a')
    const answer = await api.post('/imports/commit', uploadForm(big, 'big.csv'))
    expect(answer.status).toBe(413)
    expect(answer.body.error.message).toContain('over the limit of 20 MB')
    const summary = await previewImport(test.db, { bytes: big, fileName: 'big.csv' }, {})
    expect(summary.problems[0]!.message).toContain('over the limit of 20 MB')
    expect(await fingerprint(test.db)).toEqual(before)
  })

  it('tolerates a byte-order mark and formula cells, with warnings', async () => {
    const bom = await api.post('/imports/preview', uploadForm(`\uFEFFCode,Statement\nA,Alpha\n`, 'bom.csv'))
    expect(bom.body.ok).toBe(true)
    expect(bom.body.sheet.headers).toEqual(['Code', 'Statement'])
    expect(bom.body.problems).toContainEqual({ severity: 'warning', message: 'The file starts with a byte-order mark (BOM); it was ignored' })
    const formula = workbook([['Code', 'Statement'], ['F.1', 'Weld']], (s) => (s.B2 = { t: 's', v: 'Weld', f: 'UPPER("weld")' }))
    const read = await api.post('/imports/preview', uploadForm(formula, 'f.xlsx'))
    expect(read.body.ok).toBe(true)
    expect(read.body.problems).toContainEqual({ severity: 'warning', message: 'Formula =UPPER("weld") was read as its last computed value "Weld"', sheet: 'Standards', row: 2, column: 'B' })
  })
})
