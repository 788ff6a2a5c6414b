// Reading an input's alignments whether they come as a list of rows or as columns (types.ts).
import { DEPTHS } from '../vocabulary'
import type { AlignmentColumns, AnalysisAlignment, AnyAlignments as Alignments } from './types'

export function isColumns(alignments: Alignments): alignments is AlignmentColumns {
  return !Array.isArray(alignments)
}

// How many alignments there are.
export function alignmentCount(alignments: Alignments): number {
  return isColumns(alignments) ? alignments.moduleId.length : alignments.length
}

// The alignments as columns: those given, or new ones filled from the rows.
export function alignmentColumns(alignments: Alignments): AlignmentColumns {
  if (isColumns(alignments)) return alignments
  const n = alignments.length
  const columns = { moduleId: new Float64Array(n), competencyId: new Float64Array(n), depth: new Uint8Array(n) }
  for (let i = 0; i < n; i++) {
    const a = alignments[i]!
    columns.moduleId[i] = a.moduleId
    columns.competencyId[i] = a.competencyId
    columns.depth[i] = Math.max(0, DEPTHS.indexOf(a.depth))
  }
  return columns
}

// The alignments as rows: those given, or new ones made from the columns.
export function alignmentRows(alignments: Alignments): readonly AnalysisAlignment[] {
  if (!isColumns(alignments)) return alignments
  const rows: AnalysisAlignment[] = []
  for (let i = 0; i < alignments.moduleId.length; i++) {
    rows.push({ moduleId: alignments.moduleId[i]!, competencyId: alignments.competencyId[i]!, depth: DEPTHS[alignments.depth[i]!]! })
  }
  return rows
}

// Concatenates columns (slices of one table read in turn).
export function concatColumns(parts: readonly AlignmentColumns[]): AlignmentColumns {
  const n = parts.reduce((sum, p) => sum + p.moduleId.length, 0)
  const out = { moduleId: new Float64Array(n), competencyId: new Float64Array(n), depth: new Uint8Array(n) }
  let at = 0
  for (const p of parts) {
    out.moduleId.set(p.moduleId, at)
    out.competencyId.set(p.competencyId, at)
    out.depth.set(p.depth, at)
    at += p.moduleId.length
  }
  return out
}
