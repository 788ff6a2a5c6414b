import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { createApp } from '../../server/app'
import { createTestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { fixture, CASE_FILES, uploadForm } from './import-support'

const SCHEMA = join(CASE_FILES, 'case-v1p0-cfpackage-schema.json')
const sample = (name: string) => readFileSync(join(CASE_FILES, name))

type Node = { uuid: string; code: string; statement: string; kind: string; level: string | null; children: Node[] }
// What must survive a round trip: identifiers, statements, codes, kinds, levels, hierarchy and order.
const shape = (nodes: Node[]): unknown[] => nodes.map((n) => [n.uuid, n.code, n.statement, n.kind, n.level, shape(n.children)])

describe.each(testDialects)('CASE and OpenSALT export and round trip on %s', (dialect) => {
  let test: TestDb
  let api: ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect)
    api = (await createTestAccounts(test.db)).as.faculty
  })
  afterAll(() => test.destroy())

  async function importFile(content: Buffer | string, name: string, options: object = {}) {
    const done = await api.post('/imports/commit', uploadForm(content, name, options))
    expect(done.status, JSON.stringify(done.body)).toBe(201)
    return done.body.framework.id as number
  }
  const snapshot = async (id: number) => {
    const tree = await api.get(`/frameworks/${id}/tree`)
    const links = await api.get('/competency-links?limit=500')
    const codes = new Set<string>()
    const walk = (nodes: Node[]) => nodes.forEach((n) => (codes.add(n.code), walk(n.children)))
    walk(tree.body.competencies)
    const ownLinks = links.body.items.filter((l: { fromCode: string }) => codes.has(l.fromCode)).map((l: any) => `${l.fromCode} ${l.relation} ${l.toCode}`).sort()
    return { uuid: tree.body.framework.uuid, title: tree.body.framework.title, tree: shape(tree.body.competencies), links: ownLinks }
  }

  it('exports a CASE 1.0 package that validates against the CFPackage schema', async () => {
    const id = await importFile(fixture('machining.case.json'), 'm.json')
    const answer = await api.get(`/exports/frameworks/${id}/case`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-disposition')).toContain('Machining-Fundamentals.case.json')
    const ajv = new Ajv({ strict: false, allErrors: true })
    addFormats(ajv)
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')))
    expect(validate(answer.body), ajv.errorsText(validate.errors)).toBe(true)
    expect(answer.body.CFAssociations.filter((a: { associationType: string }) => a.associationType === 'isChildOf')).toHaveLength(6)
  })

  it('gives back the same framework after import → CASE export → import, and after an XLSX round trip', async () => {
    const id = await importFile(fixture('machining.case.json'), 'm.json')
    const before = await snapshot(id)
    const exported = await api.get(`/exports/frameworks/${id}/case`)
    await api.delete(`/frameworks/${id}`)
    const again = await importFile(JSON.stringify(exported.body), 'again.json')
    expect(await snapshot(again)).toEqual(before)

    const response = await createApp({ db: test.db }).request(`/api/exports/frameworks/${again}/xlsx`)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    const xlsx = Buffer.from(await response.arrayBuffer())
    expect(XLSX.read(xlsx).SheetNames).toEqual(['CF Doc', 'CF Item', 'CF Association'])
    await api.delete(`/frameworks/${again}`)
    const fromXlsx = await importFile(xlsx, 'again.xlsx')
    expect(await snapshot(fromXlsx)).toEqual(before)
  })

  it('neutralises formula-like text in the XLSX export, and an OpenSALT round trip gives the text back', async () => {
    const statements = ['=HYPERLINK("http://evil.example","Open")', '+1 tolerance', '-0.001 in', '@risk of burns', "'quoted' text"]
    const csv = ['Code,Statement', ...statements.map((text, i) => `F.${i + 1},"${text.replace(/"/g, '""')}"`)].join('\n')
    const id = await importFile(csv, 'formulas.csv', { title: '=cmd|\' /C calc\'!A0' })
    const before = await snapshot(id)
    const response = await createApp({ db: test.db }).request(`/api/exports/frameworks/${id}/xlsx`)
    const book = XLSX.read(Buffer.from(await response.arrayBuffer()))
    const cells = Object.values(book.Sheets).flatMap((sheet) => XLSX.utils.sheet_to_json<string[]>(sheet!, { header: 1, raw: false }).flat())
    expect(cells.filter((cell) => /^\s*[=+\-@]/.test(cell))).toEqual([])
    const items = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets['CF Item']!)
    expect(items.map((i) => i.fullStatement)).toEqual(["'=HYPERLINK(\"http://evil.example\",\"Open\")", "'+1 tolerance", "'-0.001 in", "'@risk of burns", "'quoted' text"])
    await api.delete(`/frameworks/${id}`)
    const again = await snapshot(await importFile(Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' })), 'formulas.xlsx'))
    expect(again).toEqual(before)
    expect(again.title).toBe("=cmd|' /C calc'!A0")
  })

  it('keeps a "requires" link to another framework through a CASE round trip', async () => {
    const basic = await importFile('Code,Statement\nM.3,Decimals\n', 'basic.csv', { title: 'Basic math', kind: 'basic_skills' })
    const occ = await importFile('Code,Statement\nR.1,Read a micrometer\n', 'occ.csv', { title: 'Reading instruments' })
    const [from] = (await api.get(`/frameworks/${occ}/tree`)).body.competencies
    const [to] = (await api.get(`/frameworks/${basic}/tree`)).body.competencies
    expect((await api.post('/competency-links', { fromId: from.id, toId: to.id, relation: 'requires' })).status).toBe(201)
    const before = await snapshot(occ)
    const pkg = (await api.get(`/exports/frameworks/${occ}/case`)).body
    expect(pkg.CFAssociations.at(-1)).toMatchObject({ associationType: 'isRelatedTo', CFAssociationGroupingURI: { title: 'requires' } })
    await api.delete(`/frameworks/${occ}`)
    expect(await snapshot(await importFile(JSON.stringify(pkg), 'occ.json'))).toEqual({ ...before, links: ['R.1 requires M.3'] })
  })

  describe('real files published by OpenSALT', () => {
    it('imports the sample framework, its deviations reported, and orders children by sequenceNumber', async () => {
      const preview = await api.post('/imports/preview', uploadForm(sample('opensalt-sample-framework.json'), 's.json'))
      expect(preview.body.ok, JSON.stringify(preview.body.problems)).toBe(true)
      expect(preview.body.counts.rows).toBe(16)
      expect(preview.body.problems.map((p: { message: string }) => p.message)).toContain('CFPackageURI given as a plain string, not a link object; ignored')
      await importFile(sample('opensalt-sample-framework.json'), 's.json')
      const sequenced = await importFile(sample('SequenceNumberFramework.json'), 'seq.json')
      const tree = (await api.get(`/frameworks/${sequenced}/tree`)).body.competencies
      expect(tree.map((n: Node) => n.code).slice(0, 2)).toEqual(['SNT.2', 'SNT.1'])
    })

    it('reads non-ASCII text, item types, the OpenSALT workbook and the OpenSALT CSV', async () => {
      const utf8 = await importFile(sample('Utf8TestFramework.json'), 'u.json')
      expect((await api.get(`/frameworks/${utf8}`)).body.title).toBe('UTF8 𝑑 Test')
      await api.delete(`/frameworks/${utf8}`)
      const types = await importFile(sample('ItemTypeTestFramework.json'), 't.json')
      expect((await api.get(`/frameworks/${types}`)).body.competencyCount).toBeGreaterThan(0)
      const workbook = await api.post('/imports/preview', uploadForm(sample('opensalt-spreadsheet-sample.xlsx'), 'o.xlsx'))
      expect(workbook.body).toMatchObject({ format: 'opensalt', ok: true, counts: { rows: 4 } })
      const csv = await api.post('/imports/preview', uploadForm(sample('opensalt-sample.csv'), 'o.csv'))
      expect(csv.body.ok, JSON.stringify(csv.body.problems)).toBe(true)
      expect(csv.body.sheet.mapping).toMatchObject({ code: 'Human Coding Scheme', statement: 'fullStatement', parentCode: 'Is Child Of' })
    })
  })
})
