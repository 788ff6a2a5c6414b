// How an AnalysisInput crosses to a worker thread. Structured clone of half a million small objects costs
// over a second on the sending thread (the very stall the worker is there to avoid), so the two big
// collections travel as columns: numbers in typed arrays that are transferred, not copied, and outcome texts
// in one array of strings. The worker analyses the alignments as columns; outcomes are rebuilt as rows with
// object literals, so every row has the same fast shape.
import { alignmentColumns, isColumns } from '../../../shared/domain/analysis/alignments'
import type { AlignmentColumns, AnalysisInput, AnalysisOutcome, AnyAlignments } from '../../../shared/domain/analysis/types'

type OutcomeColumns = { id: Float64Array; moduleId: Float64Array; text: string[] }

// The input with alignments and outcomes as columns; everything else is cloned as it is.
export type PackedInput = Omit<AnalysisInput, 'alignments' | 'outcomes'> & { alignments: AlignmentColumns; outcomes: OutcomeColumns }

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

// Packs the input for postMessage; `transfer` lists the buffers to move rather than copy. Columns the input
// already has are copied first: moving them would leave the sender's input without its alignments.
export function packInput(input: AnalysisInput<AnyAlignments>): { packed: PackedInput; transfer: ArrayBuffer[] } {
  const given = alignmentColumns(input.alignments)
  const alignments = isColumns(input.alignments)
    ? { moduleId: given.moduleId.slice(), competencyId: given.competencyId.slice(), depth: given.depth.slice() }
    : given
  const outcomes = packOutcomes(input.outcomes)
  const buffers = [alignments.moduleId, alignments.competencyId, alignments.depth, outcomes.id, outcomes.moduleId]
  return { packed: { ...input, alignments, outcomes }, transfer: buffers.map((array) => array.buffer as ArrayBuffer) }
}

// Rebuilds the input on the worker's side.
export function unpackInput(packed: PackedInput): AnalysisInput<AlignmentColumns> {
  return { ...packed, outcomes: unpackOutcomes(packed.outcomes) }
}
