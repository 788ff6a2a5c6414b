// How a crosswalk matrix and what it is built from cross between the main thread and a worker. As with
// findings (wire-findings.ts), a structured clone of fifty thousand rows, each with its cells and coverage
// objects, would stall the receiving thread for longer than building them; so rows travel as columns: texts in
// arrays of strings, numbers in typed arrays that are transferred, and each row's cells as a count followed
// by (module, depth) pairs. Unpacked, the rows are equal to the originals, property order included (a cells
// record lists its integer keys in ascending order however it was filled), so their JSON is the same.
import { alignmentColumns, isColumns } from '../../../shared/domain/analysis/alignments'
import { COMPETENCY_KINDS, DEPTHS, type Depth } from '../../../shared/domain/vocabulary'
import type { AlignmentColumns } from '../../../shared/domain/analysis/types'
import type { MatrixCompetency, MatrixRow, MatrixSource } from './build-matrix'

type CompetencyColumns = {
  id: Float64Array
  frameworkId: Float64Array
  // NaN for a root.
  parentId: Float64Array
  indent: Int32Array
  // Indexes into COMPETENCY_KINDS.
  kind: Uint8Array
  code: string[]
  statement: string[]
}

// A MatrixSource with competencies, their indents and the alignments as columns.
export type PackedMatrixSource = Omit<MatrixSource, 'input' | 'indent'> & {
  input: { frameworkIds: readonly number[]; modules: MatrixSource['input']['modules']; competencies: CompetencyColumns; alignments: AlignmentColumns }
}

export type PackedMatrixRows = {
  code: string[]
  statement: string[]
  // Per row: id, frameworkId, then coverage.modules, leaves, covered and mastered.
  numbers: Float64Array
  // Per row: kind (an index into COMPETENCY_KINDS), leaf (0 or 1), coverage.highest (an index into DEPTHS + 1,
  // 0 for none).
  flags: Uint8Array
  indent: Int32Array
  // Per row, its number of cells; then every cell's module id and depth (an index into DEPTHS), row after row.
  cellCounts: Int32Array
  cellModules: Float64Array
  cellDepths: Uint8Array
}

const kindIndex = new Map(COMPETENCY_KINDS.map((k, i) => [k as string, i]))
const NUMBERS = 6
const FLAGS = 3

// Packs what the matrix is built from for postMessage; `transfer` lists the buffers to move rather than copy.
// Alignment columns the sender already has are copied first, so its own input keeps them.
export function packMatrixSource(source: MatrixSource): { packed: PackedMatrixSource; transfer: ArrayBuffer[] } {
  const { input } = source
  const given = alignmentColumns(input.alignments)
  const alignments = isColumns(input.alignments)
    ? { moduleId: given.moduleId.slice(), competencyId: given.competencyId.slice(), depth: given.depth.slice() }
    : given
  const n = input.competencies.length
  const competencies: CompetencyColumns = {
    id: new Float64Array(n),
    frameworkId: new Float64Array(n),
    parentId: new Float64Array(n),
    indent: new Int32Array(n),
    kind: new Uint8Array(n),
    code: new Array<string>(n),
    statement: new Array<string>(n),
  }
  input.competencies.forEach((c, i) => {
    competencies.id[i] = c.id
    competencies.frameworkId[i] = c.frameworkId
    competencies.parentId[i] = c.parentId ?? NaN
    competencies.indent[i] = source.indent.get(c.id) ?? -1
    competencies.kind[i] = kindIndex.get(c.kind)!
    competencies.code[i] = c.code
    competencies.statement[i] = c.statement
  })
  const modules = input.modules.map(({ id, code, title, level, kind, stage }) => ({ id, code, title, level, kind, stage }))
  const packed: PackedMatrixSource = {
    pathway: source.pathway,
    frameworks: source.frameworks,
    input: { frameworkIds: input.frameworkIds, modules, competencies, alignments },
  }
  const columns = [alignments.moduleId, alignments.competencyId, alignments.depth, competencies.id, competencies.frameworkId, competencies.parentId]
  return { packed, transfer: [...columns, competencies.indent, competencies.kind].map((column) => column.buffer as ArrayBuffer) }
}

// Rebuilds what the matrix is built from on the worker's side.
export function unpackMatrixSource(packed: PackedMatrixSource): MatrixSource {
  const c = packed.input.competencies
  const competencies: MatrixCompetency[] = new Array(c.id.length)
  const indent = new Map<number, number>()
  for (let i = 0; i < competencies.length; i++) {
    const parentId = c.parentId[i]!
    competencies[i] = {
      id: c.id[i]!,
      frameworkId: c.frameworkId[i]!,
      parentId: Number.isNaN(parentId) ? null : parentId,
      code: c.code[i]!,
      statement: c.statement[i]!,
      kind: COMPETENCY_KINDS[c.kind[i]!]!,
    }
    if (c.indent[i]! >= 0) indent.set(c.id[i]!, c.indent[i]!)
  }
  return { ...packed, input: { ...packed.input, competencies }, indent }
}

// Packs matrix rows for postMessage; `transfer` lists the buffers to move rather than copy.
export function packRows(rows: readonly MatrixRow[]): { packed: PackedMatrixRows; transfer: ArrayBuffer[] } {
  const n = rows.length
  let cells = 0
  const cellCounts = new Int32Array(n)
  rows.forEach((r, i) => (cells += cellCounts[i] = Object.keys(r.cells).length))
  const packed: PackedMatrixRows = {
    code: rows.map((r) => r.code),
    statement: rows.map((r) => r.statement),
    numbers: new Float64Array(n * NUMBERS),
    flags: new Uint8Array(n * FLAGS),
    indent: new Int32Array(n),
    cellCounts,
    cellModules: new Float64Array(cells),
    cellDepths: new Uint8Array(cells),
  }
  let cell = 0
  rows.forEach((r, i) => {
    const { coverage } = r
    packed.numbers.set([r.id, r.frameworkId, coverage.modules, coverage.leaves, coverage.covered, coverage.mastered], i * NUMBERS)
    packed.flags.set([kindIndex.get(r.kind)!, r.leaf ? 1 : 0, coverage.highest === null ? 0 : DEPTHS.indexOf(coverage.highest) + 1], i * FLAGS)
    packed.indent[i] = r.indent
    for (const [moduleId, depth] of Object.entries(r.cells)) {
      packed.cellModules[cell] = Number(moduleId)
      packed.cellDepths[cell++] = DEPTHS.indexOf(depth)
    }
  })
  const columns = [packed.numbers, packed.flags, packed.indent, packed.cellCounts, packed.cellModules, packed.cellDepths]
  return { packed, transfer: columns.map((column) => column.buffer as ArrayBuffer) }
}

// Rebuilds matrix rows on the receiving side.
export function unpackRows(packed: PackedMatrixRows): MatrixRow[] {
  const rows: MatrixRow[] = new Array(packed.code.length)
  let cell = 0
  for (let i = 0; i < rows.length; i++) {
    const number = (k: number) => packed.numbers[i * NUMBERS + k]!
    const flag = (k: number) => packed.flags[i * FLAGS + k]!
    const cells: Record<number, Depth> = {}
    for (const end = cell + packed.cellCounts[i]!; cell < end; cell++) cells[packed.cellModules[cell]!] = DEPTHS[packed.cellDepths[cell]!]!
    rows[i] = {
      id: number(0),
      frameworkId: number(1),
      code: packed.code[i]!,
      statement: packed.statement[i]!,
      kind: COMPETENCY_KINDS[flag(0)]!,
      indent: packed.indent[i]!,
      leaf: flag(1) === 1,
      cells,
      coverage: {
        highest: flag(2) === 0 ? null : DEPTHS[flag(2) - 1]!,
        modules: number(2),
        leaves: number(3),
        covered: number(4),
        mastered: number(5),
      },
    }
  }
  return rows
}
