// The demo pathway through the analysis API: its deliberate findings (fixtures/demo/README.md), its XLSX
// workbook and CSV files; and formula injection neutralised in both.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { FINDING_KINDS } from '../../shared/domain/analysis/types'
import { FINDING_KIND_LABELS } from '../../shared/domain/analysis/labels'
import { createApp } from '../../server/app'
import { runCli } from '../../server/cli/run'
import { seedDemo } from '../../server/services/seed/index'
import { FINDINGS_HEADER, INDENT } from '../../server/services/export/tables'
import { XLSX_TYPE } from '../../server/services/export/report'
import { createTestAccounts, TEST_PASSWORD } from '../support/accounts'
import { APP_ORIGIN, apiClient, signInCookie } from '../support/api'
import { DELIBERATE_FINDINGS } from '../../fixtures/demo/deliberate-findings'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeFramework, makeModule, makePathway } from '../support/factories'

const DEMO = 'advanced-manufacturing'


// The text of a CSV download after checking that it starts with a UTF-8 byte order mark (which text() drops).
async function csvOf(response: Response): Promise<string> {
  const bytes = Buffer.from(await response.arrayBuffer())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  return bytes.subarray(3).toString('utf8')
}

describe.each(testDialects)('the demo pathway analysed through the API on %s', (dialect) => {
  let test: TestDb
  let download: (path: string) => Promise<Response>
  let member: ReturnType<typeof apiClient>
  beforeAll(async () => {
    test = await createTestDb(dialect)
    await seedDemo(test.db)
    const app = createApp({ db: test.db })
    // Findings and their exports are for members: a viewer of the partnership downloads them.
    const { users } = await createTestAccounts(test.db)
    const cookie = await signInCookie(test.db, users.viewer.email, TEST_PASSWORD)
    member = apiClient(test.db, { cookie })
    download = async (path) => app.request(`/api${path}`, { headers: { Origin: APP_ORIGIN, Cookie: cookie } })
    // A pathway whose codes a spreadsheet would take for formulas.
    const { framework } = await makeFramework(test.db, { title: 'Formulas', codes: ['=cmd()'] })
    const module = await makeModule(test.db, { code: '@SUM(A1)', status: 'approved' })
    await makePathway(test.db, { slug: 'formulas', frameworkIds: [framework.id], modules: [{ moduleId: module.id, stage: 1 }] })
  })
  afterAll(() => test.destroy())

  it('reports exactly the deliberate findings of the demo', async () => {
    const { findings, counts } = (await member.get(`/pathways/${DEMO}/findings`)).body
    const matrix = (await member.get(`/pathways/${DEMO}/matrix`)).body
    const codes = new Map<number, string>([
      ...matrix.modules.map((m: { id: number; code: string }) => [m.id, m.code]),
      ...matrix.rows.map((r: { id: number; code: string }) => [r.id, r.code]),
    ])
    const named = findings.map((f: { kind: string; message: string; refs: { moduleIds?: number[]; competencyIds?: number[] } }) => ({
      kind: f.kind,
      names: [...(f.refs.competencyIds ?? []), ...(f.refs.moduleIds ?? [])].map((id) => codes.get(id)),
      message: f.message,
    }))
    for (const [kind, ...subjects] of DELIBERATE_FINDINGS) {
      const found = named.some((f: { kind: string; names: string[]; message: string }) =>
        f.kind === kind && subjects.every((s) => f.names.includes(s) || f.message.includes(s)))
      expect(found, `${kind} about ${subjects.join(', ')}`).toBe(true)
    }
    expect(findings).toHaveLength(DELIBERATE_FINDINGS.length)
    expect(counts.byKind).toEqual({
      uncovered: 4, never_mastered: 1, out_of_order: 1, duplicated_across_levels: 1, near_duplicate_outcomes: 1,
      bridge_gap: 1, no_credential: 1, dead_end_credential: 1, not_needed_but_taught: 0, no_adult_entry: 0,
      below_family_wage: 1, no_demand: 2, leaky_transition: 1, low_completion: 0, equity_gap: 1,
    })
  })

  it('exports a workbook with About, Findings and Matrix sheets, bold frozen headers and set widths', async () => {
    const response = await download(`/pathways/${DEMO}/export?format=xlsx`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(XLSX_TYPE)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${DEMO}-findings.xlsx"`)
    const file = Buffer.from(await response.arrayBuffer())
    const book = XLSX.read(file, { cellStyles: true })
    expect(book.SheetNames).toEqual(['About', 'Findings', 'Matrix'])
    const rows = (sheet: string) => XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets[sheet]!, { header: 1, defval: '' })

    const about = rows('About')
    expect(about).toContainEqual(['Pathway', `Production Technician to CNC Machinist (${DEMO})`])
    for (const kind of FINDING_KINDS) expect(about.some((r) => r[0] === FINDING_KIND_LABELS[kind] && String(r[1]).length > 40)).toBe(true)
    const findings = rows('Findings')
    expect(findings[0]).toEqual(FINDINGS_HEADER)
    expect(findings).toHaveLength(DELIBERATE_FINDINGS.length + 1)
    expect(findings).toContainEqual(
      expect.arrayContaining(['Modules leading to no credential', 'Warning', 'MFG 140 Metrology and Quality Control', 'postsecondary']),
    )
    const duplicated = findings.find((r) => r[0] === 'Duplicated across levels')!
    expect(duplicated[3]).toMatch(/^Add an articulation between CTE 2100 and MFG 120/)
    expect(duplicated[5]).toMatch(/^AM-MM-3 /)
    expect(duplicated[9]).toMatch(/^[0-9a-f]{28}$/)
    const matrix = rows('Matrix')
    expect(matrix[0]!.slice(0, 4)).toEqual(['Competency', 'Framework', 'ABE 095', 'IET 101'])
    expect(matrix[0]!.slice(-5)).toEqual(['Deepest', 'Modules', 'Items covered', 'Items mastered', 'Items'])
    expect(matrix.filter((r) => String(r[0]).startsWith(`${INDENT}AM-`)).length).toBeGreaterThan(40)
    expect(matrix.flat().filter((cell) => cell === 'I' || cell === 'R' || cell === 'M').length).toBeGreaterThan(100)
    expect(book.Sheets.Findings!['!cols']!.map((c) => c.wch)).toHaveLength(FINDINGS_HEADER.length)

    // SheetJS reads neither panes nor fonts back, so the package's XML is checked.
    const zip = XLSX.CFB.read(file, { type: 'buffer' })
    const part = (path: string) => Buffer.from(XLSX.CFB.find(zip, path).content).toString('utf8')
    expect(part('/xl/worksheets/sheet2.xml')).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>')
    expect(part('/xl/worksheets/sheet3.xml')).toContain('<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>')
    expect(part('/xl/worksheets/sheet1.xml')).not.toContain('<pane')
    expect(part('/xl/styles.xml')).toContain('<font><b/>')
    const header = /<row r="1"[^>]*>(.*?)<\/row>/.exec(part('/xl/worksheets/sheet2.xml'))![1]!
    expect(header.match(/<c /g)).toHaveLength(FINDINGS_HEADER.length)
    expect(header.match(/<c s="1" /g)).toHaveLength(FINDINGS_HEADER.length)
  })

  it('exports findings and the matrix as CSV: BOM, CRLF, RFC 4180 quoting', async () => {
    const findings = await download(`/pathways/${DEMO}/export?format=csv&what=findings&kind=no_credential`)
    expect(findings.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(findings.headers.get('content-disposition')).toBe(`attachment; filename="${DEMO}-findings.csv"`)
    const lines = (await csvOf(findings)).split('\r\n')
    expect(lines).toEqual([FINDINGS_HEADER.join(','), expect.stringMatching(/^Modules leading to no credential,Warning,"?MFG 140 .*,"Attach an existing credential to MFG 140, or create one for it.",MFG 140 Metrology and Quality Control,,,postsecondary,4,[0-9a-f]{28},Open$/), ''])
    const matrix = await csvOf(await download(`/pathways/${DEMO}/export?format=csv&what=matrix&level=adult`))
    const [head, ...rest] = matrix.split('\r\n')
    expect(head).toBe('Competency,Framework,ABE 095,IET 101,Deepest,Modules,Items covered,Items mastered,Items')
    expect(rest.some((line) => line.startsWith(`"${INDENT}AM-`))).toBe(true)
    expect((await download(`/pathways/${DEMO}/export`)).status).toBe(400)
  })

  it('neutralises cells that a spreadsheet would run as formulas, in CSV and XLSX', async () => {
    const csv = await csvOf(await download('/pathways/formulas/export?format=csv'))
    // Modules and competencies are named by code and title, so the code opens the cell.
    expect(csv).toContain(",'@SUM(A1) ")
    expect(csv).toContain(",'=cmd() ")
    expect(csv).not.toMatch(/(^|,)[=@]/m)
    const matrixCsv = await csvOf(await download('/pathways/formulas/export?format=csv&what=matrix'))
    expect(matrixCsv.split('\r\n')[0]).toContain(",'@SUM(A1),")
    expect(matrixCsv.split('\r\n')[1]).toMatch(/^'=cmd\(\) /)
    const book = XLSX.read(Buffer.from(await (await download('/pathways/formulas/export?format=xlsx')).arrayBuffer()))
    const cells = Object.values(book.Sheets.Findings!).filter((c): c is XLSX.CellObject => typeof c === 'object' && c !== null && 't' in c)
    expect(cells.some((c) => String(c.v).startsWith("'=cmd() "))).toBe(true)
    expect(cells.every((c) => c.f === undefined && !String(c.v).startsWith('='))).toBe(true)
  })

  it('exports the stored analysis the findings page serves: computed once after a change, then reused', async () => {
    const demo = await test.db.selectFrom('pathways').select('id').where('slug', '=', DEMO).executeTakeFirstOrThrow()
    const computations = async () =>
      (await test.db.selectFrom('analysis_leases').select('computations').where('pathwayId', '=', demo.id).execute()).reduce((sum, r) => sum + r.computations, 0)
    await test.db.updateTable('modules').set({ credits: 7 }).where('code', '=', 'MFG 110').execute()
    const before = await computations()
    const first = await csvOf(await download(`/pathways/${DEMO}/export?format=csv&what=findings`))
    expect(await computations()).toBe(before + 1)
    const again = await csvOf(await download(`/pathways/${DEMO}/export?format=csv&what=findings`))
    expect((await download(`/pathways/${DEMO}/export?format=xlsx`)).status).toBe(200)
    const page = (await member.get(`/pathways/${DEMO}/findings`)).body
    expect(await computations()).toBe(before + 1)
    expect(again).toBe(first)
    expect(first.split('\r\n').filter(Boolean)).toHaveLength(page.total + 1)
  })
})

describe('rungs report', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-report-'))
  const env = { RUNGS_DB: join(folder, 'rungs.db') }
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  async function rungs(...argv: string[]) {
    const out: string[] = []
    const err: string[] = []
    const code = await runCli(argv, { env, out: (line) => out.push(line), err: (line) => err.push(line) })
    return { code, out: out.join('\n'), err: err.join('\n') }
  }

  it('prints the findings as JSON, writes CSV and XLSX files, and explains its usage', async () => {
    expect((await rungs('seed')).code).toBe(0)
    const json = await rungs('report', '--pathway', DEMO, '--kind', 'uncovered')
    expect(json.code).toBe(0)
    expect(json.err).toContain('Database: SQLite file')
    expect(JSON.parse(json.out).findings).toHaveLength(4)
    const csv = await rungs('report', '--pathway', DEMO, '--format', 'csv', '--what', 'matrix')
    expect(csv.out.split('\r\n')[0]).toMatch(/^\uFEFFCompetency,Framework,ABE 095,/)
    const out = join(folder, 'report.xlsx')
    const xlsx = await rungs('report', '--pathway', DEMO, '--format', 'xlsx', '--out', out)
    expect(xlsx.code).toBe(0)
    expect(existsSync(out)).toBe(true)
    expect(XLSX.read(readFileSync(out)).SheetNames).toEqual(['About', 'Findings', 'Matrix'])
    const usage = await rungs('report', '--format', 'pdf')
    expect(usage.code).toBe(2)
    expect(usage.err).toContain('--pathway is required')
    expect(usage.err).toContain('--format')
    expect((await rungs('report', '--pathway', 'nowhere')).code).toBe(1)
  })
})
