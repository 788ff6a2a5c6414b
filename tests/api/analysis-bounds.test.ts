// No export or matrix can take the server down: on a catalogue shaped like the statewide one (areas of items,
// modules at every level, 2,000 competencies by 600 modules: 1,200,000 cells, over the 250,000 limit), the
// workbook and the matrix page's answer are refused at once from counts, naming the filters that narrow them;
// narrowed, they are made; the CSV export streams whatever the size, and for the demo it is the text the
// dense table gives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import type { Matrix } from '../../server/services/analysis/build-matrix'
import { csvLine } from '../../server/services/export/csv'
import { MATRIX_MAX_CELLS } from '../../server/services/export/limits'
import { XLSX_TYPE } from '../../server/services/export/report'
import { matrixTable } from '../../server/services/export/tables'
import { seedDemo } from '../../server/services/seed/index'
import { createTestAccounts, TEST_PASSWORD } from '../support/accounts'
import { APP_ORIGIN, signInCookie } from '../support/api'
import { makeCatalogue } from '../support/catalogue'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeModule } from '../support/factories'

const SIZE = { areas: 5, itemsPerArea: 399, modules: 600, alignmentsPerModule: 4 }
const COMPETENCIES = SIZE.areas * (SIZE.itemsPerArea + 1)
const DEMO = 'advanced-manufacturing'
const decode = (bytes: ArrayBuffer | Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)

describe.each(testDialects)('bounded exports and matrices on %s', (dialect) => {
  let test: TestDb
  let get: (path: string) => Promise<Response>
  let catalogue: Awaited<ReturnType<typeof makeCatalogue>>
  beforeAll(async () => {
    test = await createTestDb(dialect)
    await seedDemo(test.db)
    catalogue = await makeCatalogue(test.db, SIZE)
    const app = createApp({ db: test.db })
    const { users } = await createTestAccounts(test.db)
    const cookie = await signInCookie(test.db, users.viewer.email, TEST_PASSWORD)
    get = async (path) => app.request(`/api${path}`, { headers: { Origin: APP_ORIGIN, Cookie: cookie } })
  })
  afterAll(() => test.destroy())

  it('refuses the whole workbook and matrix at once, from counts, saying how to narrow them', async () => {
    const path = `/pathways/${catalogue.slug}`
    const heap = process.memoryUsage().heapUsed
    const started = performance.now()
    const workbook = await get(`${path}/export?format=xlsx`)
    const took = performance.now() - started
    expect(workbook.status).toBe(422)
    const { error } = await workbook.json()
    expect(error.code).toBe('too_large')
    expect(error.message).toMatch(/2,000 competencies by 600 modules \(1,200,000 cells\), more than the 250,000 /)
    expect(error.message).toContain('Narrow it to one area, some levels or one module, or download the matrix as CSV')
    expect(error.details).toEqual({ competencies: COMPETENCIES, modules: SIZE.modules, cells: 1_200_000, limit: MATRIX_MAX_CELLS, narrowBy: ['area', 'level', 'module'] })
    // Counts only: nothing of the catalogue is loaded (the dense matrix alone would be 1.2 million cells).
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(16 * 1024 * 1024)
    expect(took).toBeLessThan(2000)

    const matrix = await get(`${path}/matrix`)
    expect(matrix.status).toBe(422)
    const refusal = (await matrix.json()).error
    expect(refusal.message).toMatch(/more than the 250,000 a page is built with\. Narrow it to one area, some levels or one module\.$/)
    // The page asks before downloading: the same refusal for the workbook, none for a CSV file.
    expect(await (await get(`${path}/export/check?format=xlsx`)).json()).toEqual({ error })
    expect((await get(`${path}/export/check?format=csv&what=matrix`)).status).toBe(204)
    expect((await get('/pathways/nowhere/export/check?format=xlsx')).status).toBe(404)
    // One level is still too big (150 modules by 2,000): the filters combine.
    expect((await get(`${path}/matrix?level=adult`)).status).toBe(422)
  })

  it('makes the matrix and the workbook narrowed by area, level or module', async () => {
    const path = `/pathways/${catalogue.slug}`
    const [area] = catalogue.areaIds
    const byArea = await get(`${path}/matrix?area=${area}`)
    expect(byArea.status).toBe(200)
    const matrix: Matrix = await byArea.json()
    expect(matrix.rows).toHaveLength(SIZE.itemsPerArea + 1)
    expect(matrix.rows[0]).toMatchObject({ id: area, code: 'AREA-0', leaf: false, indent: 0 })
    expect(matrix.rows.every((r, i) => i === 0 || r.code.startsWith('AREA-0.'))).toBe(true)
    expect(matrix.modules).toHaveLength(SIZE.modules)

    const module = catalogue.moduleIds[1]!
    const oneModule: Matrix = await (await get(`${path}/matrix?module=${module}`)).json()
    expect(oneModule.modules.map((m) => m.id)).toEqual([module])
    expect(oneModule.rows).toHaveLength(COMPETENCIES)
    expect(oneModule.rows.filter((r) => r.leaf && r.cells[module]).length).toBe(SIZE.alignmentsPerModule)

    const workbook = await get(`${path}/export?format=xlsx&area=${catalogue.areaIds[2]}&level=adult`)
    expect(workbook.status).toBe(200)
    expect(workbook.headers.get('content-type')).toBe(XLSX_TYPE)
    expect((await get(`${path}/export/check?format=xlsx&module=${module}`)).status).toBe(204)

    // A filter naming a row outside the pathway is refused by name, a hidden draft as a module that is not there.
    const elsewhere = (await (await get(`/pathways/${DEMO}/matrix`)).json()) as Matrix
    const notHere = await get(`${path}/matrix?area=${elsewhere.rows[0]!.id}`)
    expect(notHere.status).toBe(422)
    expect((await notHere.json()).error.message).toBe(`area: competency ${elsewhere.rows[0]!.id} is not in the frameworks of pathway ${catalogue.slug}`)
    const draft = await makeModule(test.db, {}, { owner: null })
    for (const id of [draft.id, elsewhere.modules[0]!.id, 987654]) {
      const refused = await get(`${path}/matrix?module=${id}`)
      expect(refused.status).toBe(422)
      expect((await refused.json()).error.message).toBe(`module: module ${id} is not on pathway ${catalogue.slug}`)
    }
    expect((await get(`${path}/matrix?area=0`)).status).toBe(400)
  })

  it('streams the whole matrix as CSV, however big: the first bytes come before the rest is written', async () => {
    const response = await get(`/pathways/${catalogue.slug}/export?format=csv&what=matrix`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-length')).toBeNull()
    const reader = response.body!.getReader()
    const first = await reader.read()
    const head = decode(first.value!)
    // Modules in ladder order: stage 1 holds every fourth.
    expect(head.slice(0, 60)).toMatch(/^\uFEFFCompetency,Framework,M-\d+-0,M-\d+-4,/)
    let text = head
    for (let next = await reader.read(); !next.done; next = await reader.read()) text += decode(next.value)
    expect(first.value!.length).toBeLessThan(text.length / 4)
    const lines = text.split('\r\n')
    expect(lines).toHaveLength(COMPETENCIES + 2)
    expect(lines.at(-1)).toBe('')
    // Every line has the two competency columns, a column per module and the five coverage columns; the module
    // columns hold each alignment once.
    const rows = lines.slice(1, -1).map((line) => line.replace(/"[^"]*"/g, '').split(','))
    expect(rows.every((fields) => fields.length === SIZE.modules + 7)).toBe(true)
    expect(rows.flatMap((fields) => fields.slice(2, 2 + SIZE.modules).filter(Boolean))).toHaveLength(SIZE.modules * SIZE.alignmentsPerModule)
  })

  it("streams the demo's matrix as the text of its dense table", async () => {
    for (const filter of ['', '&level=adult']) {
      const matrix: Matrix = await (await get(`/pathways/${DEMO}/matrix?${filter.slice(1)}`)).json()
      const table = matrixTable(matrix)
      const dense = `\uFEFF${[table.header, ...table.rows].map(csvLine).join('')}`
      const streamed = decode(await (await get(`/pathways/${DEMO}/export?format=csv&what=matrix${filter}`)).arrayBuffer())
      expect(streamed).toBe(dense)
      expect(streamed.length).toBeGreaterThan(5000)
    }
  })
})
