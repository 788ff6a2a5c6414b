// How an AnalysisInput crosses to a worker thread. Structured clone of half a million small objects costs
// over a second on the sending thread (the very stall the worker is there to avoid), so the two big
// collections travel as columns: numbers in typed arrays that are transferred, not copied, and outcome texts
// in one array of strings. Rows are rebuilt with object literals, so every row has the same fast shape.
import type { AnalysisAlignment, AnalysisInput, AnalysisOutcome } from '../../../shared/domain/analysis/types'
import { DEPTHS } from '../../../shared/domain/vocabulary'

type AlignmentColumns = {
  moduleId: Float64Array
  // NaN for an alignment of the module itself rather than one of its outcomes.
  outcomeId: Float64Array
  competencyId: Float64Array
  // Index into DEPTHS.
  depth: Uint8Array
  assessed: Uint8Array
}
type OutcomeColumns = { id: Float64Array; moduleId: Float64Array; text: string[] }

// The input with alignments and outcomes as columns; everything else is cloned as it is.
export type PackedInput = Omit<AnalysisInput, 'alignments' | 'outcomes'> & { alignments: AlignmentColumns; outcomes: OutcomeColumns }

function packAlignments(rows: readonly AnalysisAlignment[]): AlignmentColumns {
  const n = rows.length
  const columns = {
    moduleId: new Float64Array(n),
    outcomeId: new Float64Array(n),
    competencyId: new Float64Array(n),
    depth: new Uint8Array(n),
    assessed: new Uint8Array(n),
  }
  for (let i = 0; i < n; i++) {
    const a = rows[i]!
    columns.moduleId[i] = a.moduleId
    columns.outcomeId[i] = a.outcomeId ?? NaN
    columns.competencyId[i] = a.competencyId
    columns.depth[i] = DEPTHS.indexOf(a.depth)
    columns.assessed[i] = a.assessed ? 1 : 0
  }
  return columns
}

function unpackAlignments(c: AlignmentColumns): AnalysisAlignment[] {
  const rows: AnalysisAlignment[] = new Array(c.moduleId.length)
  for (let i = 0; i < rows.length; i++) {
    const outcomeId = c.outcomeId[i]!
    rows[i] = {
      moduleId: c.moduleId[i]!,
      outcomeId: Number.isNaN(outcomeId) ? null : outcomeId,
      competencyId: c.competencyId[i]!,
      depth: DEPTHS[c.depth[i]!]!,
      assessed: c.assessed[i] === 1,
    }
  }
  return rows
}

function packOutcomes(rows: readonly AnalysisOutcome[]): OutcomeColumns {
  const columns = { id: new Float64Array(rows.length), moduleId: new Float64Array(rows.length), text: new Array<string>(rows.length) }
  rows.forEach((o, i) => {
    columns.id[i] = o.id
    columns.moduleId[i] = o.moduleId
    columns.text[i] = o.text
  })
  return columns
}

function unpackOutcomes(c: OutcomeColumns): AnalysisOutcome[] {
  const rows: AnalysisOutcome[] = new Array(c.id.length)
  for (let i = 0; i < rows.length; i++) rows[i] = { id: c.id[i]!, moduleId: c.moduleId[i]!, text: c.text[i]! }
  return rows
}

// Packs the input for postMessage; `transfer` lists the buffers to move rather than copy.
export function packInput(input: AnalysisInput): { packed: PackedInput; transfer: ArrayBuffer[] } {
  const alignments = packAlignments(input.alignments)
  const outcomes = packOutcomes(input.outcomes)
  const buffers = [...Object.values(alignments), outcomes.id, outcomes.moduleId]
  return { packed: { ...input, alignments, outcomes }, transfer: buffers.map((array) => array.buffer as ArrayBuffer) }
}

// Rebuilds the input on the worker's side.
export function unpackInput(packed: PackedInput): AnalysisInput {
  return { ...packed, alignments: unpackAlignments(packed.alignments), outcomes: unpackOutcomes(packed.outcomes) }
}
