// Splits a text into runs for display, marking the words a suggestion matched on (and their other forms and
// synonyms: "measured" and "gauge" light up for a matched "measure"), so a person sees why it was suggested.
import { normaliseWord } from '../analysis/similarity/normalise'
import { synonymsOf, terms } from './terms'

export type HighlightSegment = { text: string; match: boolean }

// `text` cut into alternating runs, in order, whose texts join back into `text` exactly.
export function highlight(text: string, matched: readonly string[]): HighlightSegment[] {
  const wanted = new Set<string>()
  for (const word of matched) {
    for (const { term } of terms(word)) {
      wanted.add(term)
      for (const synonym of synonymsOf(term)) wanted.add(synonym)
    }
  }
  const segments: HighlightSegment[] = []
  const push = (part: string, match: boolean): void => {
    if (part === '') return
    const last = segments[segments.length - 1]
    if (last && last.match === match) last.text += part
    else segments.push({ text: part, match })
  }
  let at = 0
  // Letters and digits of any script make a word, as words() reads them once accents are gone.
  for (const found of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = found[0]
    const plain = word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    const term = /^[a-z0-9]+$/.test(plain) ? normaliseWord(plain) : null
    push(text.slice(at, found.index), false)
    push(word, term !== null && wanted.has(term))
    at = found.index + word.length
  }
  push(text.slice(at), false)
  return segments
}
