// Words as the suggestion ranker compares them: the analysis's normalisation (lowercase, no accents, no stop
// words, crude stems), plus a small synonym list of the trade vocabulary, so "gauge" finds "measure" and "print"
// finds "blueprint" and "drawing".
import { normaliseWord, stem, words } from '../analysis/similarity/normalise'

// One word of a text: as written (lowercased) and as compared (its stem).
export type Term = { word: string; term: string }

// The meaningful words of a text, in order, each with its stem.
export function terms(text: string): Term[] {
  const out: Term[] = []
  for (const word of words(text)) {
    const term = normaliseWord(word)
    if (term !== null) out.push({ word, term })
  }
  return out
}

// Groups of words that stand for one another in skill statements. Kept short and general to the trades and
// to basic skills (the shop floor and the ABE classroom name the same skill differently); listed as written and
// stemmed once here.
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['measure', 'measurement', 'gauge', 'gage', 'meter'],
  ['blueprint', 'drawing', 'print', 'schematic', 'diagram'],
  ['tolerance', 'limit', 'allowance'],
  ['decimal', 'fraction', 'fractional'],
  ['calculate', 'compute', 'calculation', 'arithmetic'],
  ['convert', 'conversion'],
  ['unit', 'metric', 'inch', 'millimetre', 'millimeter'],
  ['read', 'interpret', 'reading'],
  ['write', 'record', 'document', 'writing'],
  ['procedure', 'instruction'],
  ['hazard', 'danger', 'risk', 'unsafe'],
  ['inspect', 'check', 'verify', 'inspection'],
  ['machine', 'equipment', 'machinery'],
  ['maintain', 'maintenance', 'service', 'repair'],
  ['formula', 'equation', 'expression'],
  ['chart', 'table', 'graph'],
  ['average', 'mean'],
  ['communicate', 'communication', 'report', 'explain'],
  ['team', 'teamwork', 'coworker', 'colleague'],
  ['customer', 'client'],
]

const SYNONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>()
  for (const group of SYNONYM_GROUPS) {
    const stems = [...new Set(group.map((word) => stem(word)))]
    for (const one of stems) {
      const others = map.get(one) ?? []
      for (const other of stems) if (other !== one && !others.includes(other)) others.push(other)
      map.set(one, others)
    }
  }
  return map
})()

// The other stems that stand for this stem (none for most words).
export function synonymsOf(term: string): readonly string[] {
  return SYNONYMS.get(term) ?? []
}
