// Gaps between a subgroup of learners and the rest of a module's learners in one term (issue 18: "English
// learners complete MFG 110 at 41% vs 72%"). Only published figures are used: the rest is the all-learners row
// minus the group, worked out only when both are shown, so a gap never rests on a hidden count.
import type { PublishedOutcomeRow } from './table'

export type GapMeasure = 'completion' | 'credential'

// What a table of counts is of. A credential's table is about earning it (its learners attempted it), so only
// the credential rate is compared there.
export type GapSubject = 'module' | 'credential'
const MEASURES_OF: Record<GapSubject, readonly GapMeasure[]> = { module: ['completion', 'credential'], credential: ['credential'] }

export type OutcomeGap = {
  dimension: string
  value: string
  measure: GapMeasure
  groupRate: number
  restRate: number
  groupEnrolled: number
  restEnrolled: number
  // How many percentage points the group's rate is below the rest's.
  points: number
}

const MEASURE_COUNT = { completion: 'completed', credential: 'credentialEarned' } as const satisfies Record<GapMeasure, keyof PublishedOutcomeRow>

export type GapOptions = { minLearners: number; minPoints: number; subject?: GapSubject }

// Every subgroup of the term whose completion or credential rate (a module's; a credential's: its credential
// rate) is more than `minPoints` points below the rest's, with at least `minLearners` enrolled on both sides;
// the widest gaps first.
export function subgroupGaps(rows: readonly PublishedOutcomeRow[], term: string, opts: GapOptions): OutcomeGap[] {
  const measures = MEASURES_OF[opts.subject ?? 'module']
  return subgroupComparisons(rows, term, opts.minLearners)
    .filter((gap) => gap.points > opts.minPoints && measures.includes(gap.measure))
    .sort((a, b) => b.points - a.points)
}

// Every subgroup of the term against the rest, per measure, wherever both sides are published and have at
// least `minLearners` enrolled, whichever side is higher (points below zero: the group does better).
export function subgroupComparisons(rows: readonly PublishedOutcomeRow[], term: string, minLearners: number): OutcomeGap[] {
  const inTerm = rows.filter((row) => row.term === term)
  const all = inTerm.find((row) => row.subgroupDimension === '')
  if (!all) return []
  const least = Math.max(minLearners, 1)
  return inTerm
    .filter((row) => row.subgroupDimension !== '')
    .flatMap((group) =>
      (Object.keys(MEASURE_COUNT) as GapMeasure[]).flatMap((measure): OutcomeGap[] => {
        const count = MEASURE_COUNT[measure]
        const [groupEnrolled, groupCount, allEnrolled, allCount] = [group.enrolled, group[count], all.enrolled, all[count]]
        if (groupEnrolled === null || groupCount === null || allEnrolled === null || allCount === null) return []
        const [restEnrolled, restCount] = [allEnrolled - groupEnrolled, allCount - groupCount]
        if (groupEnrolled < least || restEnrolled < least || restCount < 0) return []
        const [groupRate, restRate] = [groupCount / groupEnrolled, restCount / restEnrolled]
        return [{ dimension: group.subgroupDimension, value: group.subgroupValue, measure, groupRate, restRate, groupEnrolled, restEnrolled, points: (restRate - groupRate) * 100 }]
      }),
    )
}

const YES = /^(yes|y|true)$/i
const NO = /^(no|n|false)$/i
// Words that keep their capital inside a sentence ("English learner"); other dimensions read in lower case.
const PROPER = /^(English|Spanish|Native|Hispanic|Latin[oax]?|Black|Asian|American|Pacific|Indigenous|Pell|TANF|SNAP)\b/

const inSentence = (text: string) => (PROPER.test(text) ? text : `${text.charAt(0).toLowerCase()}${text.slice(1)}`)
const atStart = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`

// "English learners" for English learner = yes, "Learners who are not English learners" for no, otherwise
// "Learners whose age band is 16–24".
export function subgroupLabel(dimension: string, value: string): string {
  const plural = /s$/i.test(dimension) ? dimension : /learner$/i.test(dimension) ? `${dimension}s` : `${dimension} learners`
  if (YES.test(value)) return atStart(plural)
  if (NO.test(value)) return `Learners who are not ${inSentence(plural)}`
  return `Learners whose ${inSentence(dimension)} is ${value}`
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`

// The gap in words: "English learners complete MFG 110 at 41% vs 72% for other learners"; of a credential,
// "English learners earn “Production Technician Certificate” at 40% vs 70% for other learners".
export function describeGap(gap: OutcomeGap, name: string, subject: GapSubject = 'module'): string {
  const verb = subject === 'credential' ? `earn “${name}”` : gap.measure === 'completion' ? `complete ${name}` : `earn the credential of ${name}`
  return `${subgroupLabel(gap.dimension, gap.value)} ${verb} at ${percent(gap.groupRate)} vs ${percent(gap.restRate)} for other learners`
}
