// The codes and titles of the rows a finding involves, beside the ids of its refs (API and exports).
import type { AnalysisIndex } from './build-index'
import type { FindingRows, RuleFinding } from './types'

// Long statements and outcome texts are clipped: the full text is one link away.
const CLIP = 160
const clip = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= CLIP ? flat : `${flat.slice(0, CLIP - 1).trimEnd()}…`
}

// The rows of `f` the index knows, each list present when the finding refers to that kind of row.
// Lookups the index lacks, made once per analysis.
export type RowLookups = {
  outcomes: ReadonlyMap<number, { moduleId: number; text: string }>
  occupations: ReadonlyMap<string, { title: string; hourlyMedian: number | null; wageSource: string | null; changePercent: number | null }>
}

export function rowLookups(index: AnalysisIndex): RowLookups {
  return {
    outcomes: new Map(index.input.outcomes.map((o) => [o.id, o])),
    occupations: new Map((index.input.exitOccupations ?? []).map((o) => [o.socCode, o])),
  }
}

// The rows of `f` the index knows, each list present when the finding refers to that kind of row.
export function rowsOf(f: RuleFinding, index: AnalysisIndex, { outcomes, occupations }: RowLookups): FindingRows {
  const rows: FindingRows = {}
  const { refs } = f
  if (refs.moduleIds) {
    rows.modules = refs.moduleIds.flatMap((id) => {
      const m = index.modules.get(id)
      return m ? [{ id, code: m.code, title: m.title, level: m.level, stage: m.stage }] : []
    })
  }
  if (refs.competencyIds) {
    rows.competencies = refs.competencyIds.flatMap((id) => {
      const c = index.competencies.get(id)
      return c ? [{ id, code: c.code, title: clip(c.statement), frameworkId: c.frameworkId }] : []
    })
  }
  if (refs.outcomeIds) {
    rows.outcomes = refs.outcomeIds.flatMap((id) => {
      const o = outcomes.get(id)
      return o ? [{ id, moduleId: o.moduleId, text: clip(o.text) }] : []
    })
  }
  if (refs.credentialIds) {
    rows.credentials = refs.credentialIds.flatMap((id) => {
      const k = index.credentials.get(id)
      return k ? [{ id, title: k.title }] : []
    })
  }
  if (refs.occupations) {
    rows.occupations = refs.occupations.flatMap((socCode) => {
      const o = occupations.get(socCode)
      return o ? [{ socCode, title: o.title, hourlyMedian: o.hourlyMedian, wageSource: o.wageSource, changePercent: o.changePercent }] : []
    })
  }
  return rows
}
