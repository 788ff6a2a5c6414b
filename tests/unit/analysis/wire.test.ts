// What crosses between the main thread and the analysis workers: inputs and findings packed as columns must
// come back equal to what was sent, property order included (so their JSON is the same).
import { describe, expect, it } from 'vitest'
import { packInput, unpackInput } from '../../../server/services/analysis/wire'
import { packFindings, unpackFindings } from '../../../server/services/analysis/wire-findings'
import { buildMatrix, type MatrixSource } from '../../../server/services/analysis/build-matrix'
import { packMatrixSource, packRows, unpackMatrixSource, unpackRows } from '../../../server/services/analysis/wire-matrix'
import { alignmentColumns, alignmentRows } from '../../../shared/domain/analysis/alignments'
import { analysePathway } from '../../../shared/domain/analysis/analyse'
import type { Finding } from '../../../shared/domain/analysis/types'
import { pathway } from './builder'

function sample() {
  const p = pathway()
  const area = p.competency('MM')
  const basic = p.framework('basic_skills', false)
  const skill = p.competency('B-1', { framework: basic, level: 'D' })
  const c = p.competency('MM-1', { parent: area })
  const entry = p.module('MFG-101', { isEntry: true })
  const school = p.module('HS-1', { level: 'secondary', stage: 2 })
  p.align(entry, c, 'M').align(school, c, 'M').align(entry, p.competency('MM-2', { parent: area }), 'I').requires(c, skill, 'D')
  p.outcome(entry, 'Measure a machined part with an outside micrometer and record the reading.')
  p.outcome(school, 'Measure machined parts with outside micrometers and record the readings.')
  p.credential('Certificate', [entry])
  p.prerequisite(entry, school)
  return p.build()
}

describe('packInput', () => {
  it('sends alignments and outcomes as columns and rebuilds the same input', () => {
    const input = sample()
    const { packed, transfer } = packInput(input)
    expect(transfer.length).toBeGreaterThan(0)
    const unpacked = unpackInput(structuredClone(packed, { transfer }))
    expect({ ...unpacked, alignments: alignmentRows(unpacked.alignments) }).toEqual(input)
    // Columns the sender already had are copied, not moved away from it.
    const columns = { ...input, alignments: alignmentColumns(input.alignments) }
    const again = packInput(columns)
    structuredClone(again.packed, { transfer: again.transfer })
    expect(alignmentRows(columns.alignments)).toEqual(input.alignments)
  })
})

describe('packFindings', () => {
  it('rebuilds the same findings, with the same JSON, from columns', () => {
    const findings = analysePathway(sample()).findings
    expect(new Set(findings.map((f) => f.kind)).size).toBeGreaterThan(4)
    const extra: Finding = {
      key: 'k',
      kind: 'bridge_gap',
      severity: 'warning',
      message: 'Levels “D” and ‘E’ … and an empty list',
      refs: { levels: ['D', 'E'], moduleIds: [], stages: [3, 1], competencyIds: [2 ** 40] },
      nextStep: 'Build a bridge “D”',
      rows: { modules: [], competencies: [{ id: 2 ** 40, code: 'X-1', title: 'Read ‘E’', frameworkId: 3 }] },
      fingerprint: 'f',
      factsHash: 'h',
    }
    const jobs: Finding = {
      ...extra, key: 'no_demand:j51-9161', kind: 'no_demand', severity: 'info',
      refs: { moduleIds: [4], occupations: ['51-9161', '51-4041'], levels: ['C'] },
      rows: { occupations: [{ socCode: '51-9161', title: 'CNC', hourlyMedian: null, wageSource: null, changePercent: -10.7 }] },
    }
    const all = [...findings, extra, jobs]
    const { packed, transfer } = packFindings(all)
    const back = unpackFindings(structuredClone(packed, { transfer }))
    expect(back).toEqual(all)
    expect(JSON.stringify(back)).toBe(JSON.stringify(all))
    expect(unpackFindings(packFindings([]).packed)).toEqual([])
  })
})

describe('packMatrixSource and packRows', () => {
  it('send what a matrix is built from, and its rows, as columns, and rebuild the same matrix', () => {
    const base = sample()
    // One more item, aligned to nothing (its coverage's highest depth is null).
    const own = base.competencies.find((c) => base.frameworkIds.includes(c.frameworkId))!
    const input = { ...base, competencies: [...base.competencies, { ...own, id: 999, code: 'MM-9', parentId: null }] }
    // Every competency indented by its depth, but one left out (it then indents as a root).
    const indent = new Map(input.competencies.slice(1).map((c) => [c.id, c.parentId === null ? 0 : 1]))
    const source: MatrixSource = { pathway: { id: 1, slug: 'p', title: 'P' }, frameworks: [], input, indent }
    const matrix = buildMatrix(source, {})
    expect(matrix.rows.some((r) => r.coverage.highest === null)).toBe(true)
    expect(matrix.rows.some((r) => Object.keys(r.cells).length > 1)).toBe(true)

    const { packed, transfer } = packMatrixSource(source)
    const unpacked = unpackMatrixSource(structuredClone(packed, { transfer }))
    expect(alignmentRows(unpacked.input.alignments)).toEqual(input.alignments)
    expect(unpacked.indent).toEqual(indent)
    const rebuilt = buildMatrix(unpacked, {})
    expect(JSON.stringify({ ...rebuilt, generatedAt: '' })).toBe(JSON.stringify({ ...matrix, generatedAt: '' }))

    const rows = packRows(matrix.rows)
    const back = unpackRows(structuredClone(rows.packed, { transfer: rows.transfer }))
    expect(back).toEqual(matrix.rows)
    expect(JSON.stringify(back)).toBe(JSON.stringify(matrix.rows))
    expect(unpackRows(packRows([]).packed)).toEqual([])
  })
})
