// Stable hashes of findings: the fingerprint (kind and the rows it is about) that decisions are stored
// against, and the facts hash that says whether a decision still stands (DESIGN §3). Pure string hashing, so
// the server, its worker threads and the browser compute the same values.
import { alignedTo, type AnalysisIndex } from './build-index'
import type { RuleFinding } from './types'

// cyrb53: a fast 53-bit string hash with good spread; two seeds make a 106-bit value, so fingerprints of a
// statewide catalogue's tens of thousands of findings do not collide in practice. Both seeds' states advance in
// one pass over the text (every finding hashes its facts and its fingerprint: the text is read once, not twice).
const SEEDS = [0, 1] as const

function finish(h1: number, h2: number): string {
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909)
  return (4294967296 * (2097151 & b) + (a >>> 0)).toString(16).padStart(14, '0')
}

// A 28-hex-digit hash of a text: cyrb53 with seed 0, then with seed 1.
export function hashText(text: string): string {
  let a1 = 0xdeadbeef ^ SEEDS[0]
  let a2 = 0x41c6ce57 ^ SEEDS[0]
  let b1 = 0xdeadbeef ^ SEEDS[1]
  let b2 = 0x41c6ce57 ^ SEEDS[1]
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    a1 = Math.imul(a1 ^ ch, 2654435761)
    a2 = Math.imul(a2 ^ ch, 1597334677)
    b1 = Math.imul(b1 ^ ch, 2654435761)
    b2 = Math.imul(b2 ^ ch, 1597334677)
  }
  return finish(a1, a2) + finish(b1, b2)
}

// The rows a finding is about, as its key names them (`c12`, `m3:p5`, `o4:o9`), in a canonical order.
function subjectOf(key: string, kind: string): string {
  const ids = key.slice(kind.length + 1)
  return ids === '' ? '' : ids.split(':').sort().join(':')
}

// The fingerprint: a hash of the kind and the sorted ids of the rows the finding is about. It stays the same
// while those rows exist, whatever else changes around them.
export function fingerprintOf(f: Pick<RuleFinding, 'key' | 'kind'>): string {
  return hashText(`${f.kind}|${subjectOf(f.key, f.kind)}`)
}

const sortedIds = (ids: readonly number[] | undefined) => (ids ? [...ids].sort((a, b) => a - b).join(',') : '')

// The facts behind a finding, as text: its severity, the modules, competencies, outcomes and credentials it
// involves, the levels it names, the stages where placement is the point (out_of_order), and the depth at
// which each module involved aligns to the competency the finding is about.
export function factsOf(index: AnalysisIndex, f: RuleFinding): string {
  const { refs } = f
  const parts = [
    f.severity,
    `m${sortedIds(refs.moduleIds)}`,
    `c${sortedIds(refs.competencyIds)}`,
    `o${sortedIds(refs.outcomeIds)}`,
    `k${sortedIds(refs.credentialIds)}`,
    `l${[...(refs.levels ?? [])].sort().join(',')}`,
  ]
  if (f.kind === 'out_of_order') parts.push(`s${(refs.stages ?? []).join(',')}`)
  // For jobs, the figures are the facts: a decision about a wage or a decline lapses when the figures move.
  if (refs.occupations?.length) {
    const named = new Set(refs.occupations)
    const figures = (index.input.exitOccupations ?? []).filter((o) => named.has(o.socCode) && refs.moduleIds?.includes(o.moduleId))
    const wage = f.kind === 'below_family_wage' ? `w${index.input.familyWage?.hourly ?? ''}` : ''
    parts.push(`j${figures.map((o) => `${o.moduleId}:${o.socCode}:${o.hourlyMedian}:${o.changePercent}`).sort().join(',')}${wage}`)
  }
  const [subject, ...others] = refs.competencyIds ?? []
  if (subject !== undefined && refs.moduleIds?.length) {
    const involved = new Set(refs.moduleIds)
    const depths: string[] = []
    const depthsOf = (id: number, prefix: string) => {
      const { from, to } = alignedTo(index, id)
      for (let at = from; at < to; at++) {
        const m = index.aligned.module(at)
        if (involved.has(m.id)) depths.push(`${prefix}${m.id}${index.aligned.depth(at)}`)
      }
    }
    depthsOf(subject, '')
    // never_mastered through equivalent items: their alignments are facts of it too.
    if (f.kind === 'never_mastered') for (const e of others) depthsOf(e, `${e}:`)
    parts.push(`d${depths.sort().join(',')}`)
  }
  return parts.join('|')
}

// The facts hash of a finding.
export function factsHashOf(index: AnalysisIndex, f: RuleFinding): string {
  return hashText(factsOf(index, f))
}

