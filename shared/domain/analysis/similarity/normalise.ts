// Text to comparable words: lowercase, accents and punctuation gone, English stop words dropped, and
// suffixes stripped so "measures", "measured" and "measuring" all read as one word.

// Function words that carry no meaning of their own in a learning outcome.
const STOP_WORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both ' +
    'but by can could did do does doing down during each few for from further had has have having he her here hers ' +
    'him his how i if in into is it its itself just me more most my no nor not of off on once only or other our ours ' +
    'out over own same she should so some such than that the their theirs them then there these they this those ' +
    'through to too under until up upon very was we were what when where which while who whom why will with within ' +
    'without would you your yours'
  ).split(' '),
)

// Strips common English inflections. Deliberately crude (no dictionary): it only has to map the forms of a
// word onto the same stem, and it does so the same way on both sides of a comparison.
export function stem(word: string): string {
  let w = word
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1)
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (w.length > 4 && w.endsWith('ly')) w = w.slice(0, -2)
  // "measure"/"measur(ed)" and "study"/"stud(ies)" must meet: drop a final e, turn a final y into i.
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1)
  else if (w.length > 3 && w.endsWith('y')) w = `${w.slice(0, -1)}i`
  return w
}

// The words of a text as they are compared before stop words and stems: lowercase, accents and punctuation gone.
export function words(text: string): string[] {
  // Decomposing accents is costly and most outcomes are plain ASCII, so only non-ASCII text pays for it.
  const plain = /[\u0080-\uffff]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text
  return plain.toLowerCase().split(/[^a-z0-9]+/)
}

// One word of words() as it is compared: its stem, or null for a stop word or an empty word.
export function normaliseWord(word: string): string | null {
  return word === '' || STOP_WORDS.has(word) ? null : stem(word)
}

// The meaningful, stemmed words of a text, in order.
export function normalise(text: string): string[] {
  const out: string[] = []
  for (const word of words(text)) {
    const normalised = normaliseWord(word)
    if (normalised !== null) out.push(normalised)
  }
  return out
}
