// What the outcome rules share: their settings, and the pathway's module (and credential) outcome tables as anyone outside the
// data's organisation may see them, suppressed at the instance's threshold. The rules read nothing else of the
// counts, so a finding never rests on (or gives away) a hidden count, whoever reads it.
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../outcomes/suppression'
import type { ModuleOutcomeTable } from '../../outcomes/stages'
import { ALL_TERMS, publishOutcomeTable, type PublishedOutcomeRow } from '../../outcomes/table'
import type { AnalysisIndex } from '../build-index'
import type { AnalysisCredential } from '../types'

export type OutcomeFindingSettings = {
  // The small-cell threshold (RUNGS_OUTCOME_MIN_COUNT).
  threshold: number
  // leaky_transition: under this share of a stage's completers continue to the next stage.
  leakyShare: number
  // low_completion: a module's completion rate under this share.
  lowCompletion: number
  // equity_gap: a subgroup's rate more than this many percentage points below the rest's.
  equityGapPoints: number
  // Learners (completers for a transition, enrolled otherwise) needed on each side before a rate is judged.
  minLearners: number
}

export const DEFAULT_OUTCOME_FINDINGS: OutcomeFindingSettings = {
  threshold: DEFAULT_SUPPRESSION_THRESHOLD,
  leakyShare: 0.5,
  lowCompletion: 0.5,
  equityGapPoints: 15,
  minLearners: 20,
}

export type CredentialOutcomeTable = { credential: AnalysisCredential; rows: readonly PublishedOutcomeRow[] }

type Published = { tables: ModuleOutcomeTable[]; credentials: CredentialOutcomeTable[] }
export type OutcomeTables = Published & { settings: OutcomeFindingSettings }

// Published once per analysis and threshold: three rules read the same tables.
const published = new WeakMap<AnalysisIndex, Map<number, Published>>()

// The published table of each of the pathway's modules (those with no counts too, as the ladder's stages), and
// of each of its credentials that has counts.
export function outcomeTables(index: AnalysisIndex, given: Partial<OutcomeFindingSettings> = {}): OutcomeTables {
  const settings = { ...DEFAULT_OUTCOME_FINDINGS, ...given }
  const byThreshold = published.get(index) ?? new Map<number, Published>()
  published.set(index, byThreshold)
  let tables = byThreshold.get(settings.threshold)
  if (!tables) {
    const counts = new Map((index.input.outcomeCounts ?? []).map((c) => [c.moduleId, c.rows]))
    tables = {
      tables: [...index.modules.values()].map((m) => ({ moduleId: m.id, stage: m.stage, rows: publishOutcomeTable(counts.get(m.id) ?? [], settings.threshold) })),
      credentials: (index.input.credentialOutcomeCounts ?? []).flatMap((c) => {
        const credential = index.credentials.get(c.credentialId)
        return credential && c.rows.length ? [{ credential, rows: publishOutcomeTable(c.rows, settings.threshold) }] : []
      }),
    }
    byThreshold.set(settings.threshold, tables)
  }
  return { ...tables, settings }
}

// The term of a table's totals: all terms, or its only term when it has one (then it carries no totals row).
export function totalsTerm(rows: readonly PublishedOutcomeRow[]): string {
  const terms = new Set(rows.map((row) => row.term))
  return terms.size === 1 ? [...terms][0]! : ALL_TERMS
}

export const percent = (rate: number) => `${Math.round(rate * 100)}%`
