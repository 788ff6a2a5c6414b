// A CSV file streamed as it is produced: lines are taken only as the reader asks for them, and the crosswalk
// matrix written from its sparse rows is the text its dense table gives.
import { describe, expect, it } from 'vitest'
import type { Matrix } from '../../server/services/analysis/build-matrix'
import { csvLine, csvStream } from '../../server/services/export/csv'
import { matrixCsvLines } from '../../server/services/export/matrix-csv'
import { matrixTable } from '../../server/services/export/tables'

const decode = (bytes: Uint8Array | ArrayBuffer) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)

describe('csvStream', () => {
  it('sends its first bytes after producing a chunk, not the whole file, and stops producing when cancelled', async () => {
    let produced = 0
    const line = `${'x'.repeat(999)}\n`
    function* lines() {
      for (; produced < 10_000; ) {
        produced++
        yield line
      }
    }
    const reader = csvStream(lines()).getReader()
    const first = await reader.read()
    expect(decode(first.value!).startsWith(`\uFEFF${line}`)).toBe(true)
    // About 64 KB of the 10 MB: 66 lines of 1,000 characters.
    expect(produced).toBeGreaterThan(10)
    expect(produced).toBeLessThan(100)
    await reader.read()
    expect(produced).toBeLessThan(200)
    await reader.cancel()
    expect(produced).toBeLessThan(200)
  })

  it('ends with the last line, and an empty file is just the byte order mark', async () => {
    expect(decode(await new Response(csvStream(['a\r\n', 'b\r\n'][Symbol.iterator]())).arrayBuffer())).toBe('\uFEFFa\r\nb\r\n')
    expect(decode(await new Response(csvStream([][Symbol.iterator]())).arrayBuffer())).toBe('\uFEFF')
  })
})

describe('matrixCsvLines', () => {
  const coverage = { highest: null, modules: 0, leaves: 1, covered: 0, mastered: 0 }
  const row = (id: number, cells: Matrix['rows'][number]['cells'], indent = 1) =>
    ({ id, frameworkId: 1, code: `A-${id}`, statement: `Do, "well" ${id}`, kind: 'competency', indent, leaf: true, cells, coverage }) as const
  const matrix = (modules: number[]): Matrix => ({
    pathway: { id: 1, slug: 'p', title: 'P' },
    frameworks: [{ id: 1, title: 'F', kind: 'occupational' }],
    modules: modules.map((id) => ({ id, code: `=M${id}`, title: 'Module', level: 'adult', kind: 'occupational', stage: 1 })),
    rows: [
      { ...row(1, {}, 0), kind: 'area', leaf: false, coverage: { highest: 'M', modules: 2, leaves: 3, covered: 2, mastered: 1 } },
      row(2, Object.fromEntries(modules.slice(0, 1).map((id) => [id, 'M']))),
      row(3, Object.fromEntries(modules.slice(-1).map((id) => [id, 'I']))),
      row(4, Object.fromEntries(modules.map((id, i) => [id, (['I', 'R', 'M'] as const)[i % 3]!]))),
    ],
    levels: [],
    generatedAt: '',
  })

  it('writes the same lines as the dense table, whatever cells a row has', () => {
    for (const modules of [[], [7], [9, 3, 5], [4, 8, 15, 16, 23, 42]]) {
      const m = matrix(modules)
      const table = matrixTable(m)
      expect([...matrixCsvLines(m)]).toEqual([table.header, ...table.rows].map(csvLine))
    }
  })
})
