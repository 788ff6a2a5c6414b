// uncovered and never_mastered: is each competency of the pathway's frameworks taught, and taught to mastery?
// An alignment to an item's equivalent in another framework of the pathway counts as one to the item itself.
import { alignedTo, modulesInOrder, ratedAs, ratedBy, type AnalysisIndex } from '../build-index'
import { competencyName, listOf, moduleName } from '../describe'
import type { AnalysisCompetency, AnalysisModule, RuleFinding } from '../types'

// Basic skills count as covered only in a bridge or integrated module (DESIGN §3).
export function teachesBasicSkills(m: AnalysisModule): boolean {
  return m.kind === 'bridge' || m.kind === 'integrated'
}

// True when some alignment to competency `id` passes `counts` (given its position in index.aligned).
function anyAlignment(index: AnalysisIndex, id: number, counts: (at: number) => boolean): boolean {
  const { from, to } = alignedTo(index, id)
  for (let at = from; at < to; at++) if (counts(at)) return true
  return false
}

// A leaf of the pathway's frameworks that no module of the pathway aligns to, directly or through an
// equivalent item (for basic skills: no bridge or integrated module). Critical when employers rated it essential.
export function uncovered(index: AnalysisIndex): RuleFinding[] {
  const findings: RuleFinding[] = []
  const { aligned } = index
  const any = () => true
  const basicOnly = (at: number) => teachesBasicSkills(aligned.module(at))
  for (const c of index.leaves) {
    const basic = c.frameworkKind === 'basic_skills'
    const counts = basic ? basicOnly : any
    if (anyAlignment(index, c.id, counts)) continue
    if (index.equivalents.get(c.id)?.some((e) => anyAlignment(index, e, counts))) continue
    const essential = ratedAs(index, c.id, 'essential')
    const subject = basic
      ? `No bridge or integrated module of the pathway teaches the basic skill ${competencyName(c)}`
      : `No module of the pathway teaches ${competencyName(c)}`
    findings.push({
      key: `uncovered:c${c.id}`,
      kind: 'uncovered',
      severity: essential ? 'critical' : 'warning',
      message: `${subject}${essential ? `, which ${ratedBy(index.validation.get(c.id)!)} rated essential` : ''}.`,
      refs: { competencyIds: [c.id] },
    })
  }
  return findings
}

// A leaf aligned somewhere in the pathway (itself or an equivalent item), but only at I or R. The finding
// names the equivalents it counted ("covered via AM-QM-4 ≡ NIMS-MMS-4") and lists them after the leaf.
export function neverMastered(index: AnalysisIndex): RuleFinding[] {
  const findings: RuleFinding[] = []
  const mastered = (at: number) => index.aligned.depth(at) === 'M'
  for (const c of index.leaves) {
    const own = alignedTo(index, c.id)
    const via = (index.equivalents.get(c.id) ?? []).filter((e) => alignedTo(index, e).from < alignedTo(index, e).to)
    if (own.from === own.to && via.length === 0) continue
    if (anyAlignment(index, c.id, mastered) || via.some((e) => anyAlignment(index, e, mastered))) continue
    const modules = modulesInOrder(index, [c.id, ...via].flatMap((id) => modulesAt(index, id)))
    findings.push({
      key: `never_mastered:c${c.id}`,
      kind: 'never_mastered',
      severity: 'warning',
      message: `${competencyName(c)} is introduced or reinforced in ${listOf(modules.map(moduleName))}${coveredVia(index, c, via)} but never mastered anywhere in the pathway.`,
      refs: { competencyIds: [c.id, ...via], moduleIds: modules.map((m) => m.id) },
    })
  }
  return findings
}

function modulesAt(index: AnalysisIndex, id: number): number[] {
  const { from, to } = alignedTo(index, id)
  const out: number[] = []
  for (let at = from; at < to; at++) out.push(index.aligned.module(at).id)
  return out
}

// " (covered via AM-QM-4 ≡ NIMS-MMS-4)": the aligned equivalent first, then the item it stands for.
function coveredVia(index: AnalysisIndex, c: AnalysisCompetency, via: readonly number[]): string {
  if (via.length === 0) return ''
  return ` (covered via ${listOf(via.map((e) => `${index.competencies.get(e)!.code} ≡ ${c.code}`))})`
}
