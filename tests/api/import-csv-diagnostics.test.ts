// What people's CSV files get wrong, named where it is and with what to do: a comma inside an unquoted value (a
// row with more values than the header), semicolons or tabs instead of commas, and text that is not UTF-8.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { commitAndWait, fingerprint, uploadForm } from './import-support'

type Problem = { severity: 'error' | 'warning'; message: string; row?: number; column?: string }

const WELDING = [
  'Code,Statement,Parent code,Kind,Level',
  'WLD,Welding,,area,',
  'WLD-1,Set up the welding station,WLD,competency,',
  'WLD-2,Cut, bevel and grind a joint,WLD,competency,',
  'WLD-3,Strike and hold an arc,WLD,competency,',
].join('\n')

const semicolons = (text: string) => text.replace(/,/g, ';')
// Excel's "Unicode Text": UTF-16 little-endian with its byte-order mark, values separated by tabs.
const unicodeText = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/,/g, '\t'), 'utf16le')])

describe.each(testDialects)('CSV diagnostics on %s', (dialect) => {
  let test: TestDb
  let api: ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect)
    api = (await createTestAccounts(test.db)).as.faculty
  })
  afterAll(() => test.destroy())

  const preview = async (file: string | Buffer, name = 'welding.csv') => {
    const answer = await api.post('/imports/preview', uploadForm(file, name))
    expect(answer.status).toBe(200)
    return answer.body as { ok: boolean; problems: Problem[]; counts: { create: number } }
  }

  it('names a row with an unquoted comma by row and column, and says nothing misleading about it', async () => {
    const before = await fingerprint(test.db)
    const body = await preview(WELDING)
    expect(body.ok).toBe(false)
    const errors = body.problems.filter((p) => p.severity === 'error')
    expect(errors[0]).toMatchObject({ row: 4, column: 'F', message: expect.stringContaining('Row 4 has 6 values but the header has 5') })
    expect(errors[0]!.message).toContain('must be in double quotes')
    // The slid values are not read as a parent or a kind.
    expect(errors.some((p) => /Parent|Kind/.test(p.message))).toBe(false)
    const commit = await commitAndWait(api, uploadForm(WELDING, 'welding.csv'))
    expect(commit.status).toBe(422)
    expect(await fingerprint(test.db)).toEqual(before)
  })

  it('reads the same file once the value is quoted', async () => {
    const body = await preview(WELDING.replace('Cut, bevel and grind a joint', '"Cut, bevel and grind a joint"'))
    expect(body.problems).toEqual([])
    expect(body.counts.create).toBe(4)
  })

  it('reads values separated by semicolons or tabs, and says so', async () => {
    const quoted = WELDING.replace('Cut, bevel and grind a joint', 'Cut and bevel a joint')
    for (const [file, word] of [[semicolons(quoted), 'semicolons'], [quoted.replace(/,/g, '\t'), 'tabs']] as const) {
      const body = await preview(file)
      expect(body.ok, JSON.stringify(body.problems)).toBe(true)
      expect(body.counts.create).toBe(4)
      expect(body.problems).toContainEqual({ severity: 'warning', message: `The values are separated by ${word}, not commas; the file was read that way` })
    }
  })

  it('reads a file written with a delimiter at the end of every row but the header', async () => {
    const file = WELDING.replace('Cut, bevel and grind a joint', 'Cut a joint').split('\n').map((line, i) => (i ? `${line},` : line)).join('\n')
    const body = await preview(file)
    expect(body.ok, JSON.stringify(body.problems)).toBe(true)
  })

  it("reads Excel's Unicode Text (UTF-16 with tabs)", async () => {
    const body = await preview(unicodeText(WELDING.replace('Cut, bevel and grind a joint', 'Cut and bevel — a joint')), 'welding.txt')
    expect(body.ok, JSON.stringify(body.problems)).toBe(true)
    expect(body.counts.create).toBe(4)
    expect(body.problems.map((p) => p.message)).toContain('The file is UTF-16 text, as Excel saves "Unicode Text"; it was read as such')
  })

  it('names the encoding, row and column of text that is not UTF-8, and how to save it instead', async () => {
    // "Strike and hold an arc’s length": a curly apostrophe is byte 0x92 in Windows-1252.
    const windows = Buffer.from(WELDING.replace('Cut, bevel and grind a joint', 'Cut a joint').replace('an arc', 'an arc\u2019s length'), 'latin1')
    windows[windows.indexOf(0x19)] = 0x92
    const body = await preview(windows)
    expect(body.problems).toContainEqual({
      severity: 'error',
      row: 5,
      column: 'B',
      message: 'The file is not UTF-8 text: it looks like Windows-1252 ("’" is byte 0x92 there). Save it as "CSV UTF-8 (Comma delimited)" in Excel, or choose UTF-8 when exporting, and upload it again',
    })
    const latin1 = Buffer.from('Code;Statement\nA;Café safety\n', 'latin1')
    expect((await preview(latin1)).problems).toContainEqual(expect.objectContaining({ severity: 'error', row: 2, column: 'B', message: expect.stringContaining('Latin-1 or Windows-1252 ("é" is byte 0xE9') }))
  })
})
