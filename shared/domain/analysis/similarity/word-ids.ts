// Numbers the normalised words of many texts: the ids of normalise(text), in order, as small integers. A
// catalogue repeats a few thousand distinct words a million times, so each distinct word is checked against the
// stop words and stemmed once, and plain ASCII text is read in place, without cutting out a string per word.
import { normaliseWord, words } from './normalise'

// Slot tables grow past this load, so probes stay short.
const MAX_LOAD = 0.5

export class WordIds {
  // Distinct normalised words (stems) seen so far; ids run from 0 to size - 1.
  private readonly stems = new Map<string, number>()
  // Raw (lowercased) word → id, or -1 for a stop word, in an open-addressing table keyed by a hash of its
  // characters, so a word is found without first being cut out of its text.
  private slotWord: (string | undefined)[] = new Array(1024)
  private slotHash = new Int32Array(1024)
  private slotId = new Int32Array(1024)
  private used = 0

  // How many distinct normalised words have ids.
  get size(): number {
    return this.stems.size
  }

  // The id of one word of words(text): its stem's id, or -1 for a stop word or an empty word.
  idOf(word: string): number {
    let h = 0x811c9dc5
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193)
    return this.lookUp(word, 0, word.length, h, false)
  }

  // Appends to `out` the ids of normalise(text), in order.
  push(text: string, out: number[]): void {
    const before = out.length
    let from = -1
    let h = 0
    for (let i = 0; i <= text.length; i++) {
      let c = i < text.length ? text.charCodeAt(i) : 32
      if (c >= 0x80) {
        // Accents need Unicode decomposition: such text takes the plain road.
        out.length = before
        for (const word of words(text)) {
          const id = this.idOf(word)
          if (id >= 0) out.push(id)
        }
        return
      }
      if (c >= 65 && c <= 90) c += 32
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (from < 0) {
          from = i
          h = 0x811c9dc5
        }
        h = Math.imul(h ^ c, 0x01000193)
      } else if (from >= 0) {
        const id = this.lookUp(text, from, i, h, true)
        if (id >= 0) out.push(id)
        from = -1
      }
    }
  }

  // The id of text[from, to) (lowercased when `fold`), given the hash of its lowercased characters.
  private lookUp(text: string, from: number, to: number, hash: number, fold: boolean): number {
    const mask = this.slotWord.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const word = this.slotWord[slot]
      if (word === undefined) break
      if (this.slotHash[slot] === hash && sameWord(word, text, from, to, fold)) return this.slotId[slot]!
    }
    const word = fold ? text.slice(from, to).toLowerCase() : text.slice(from, to)
    const normalised = normaliseWord(word)
    let id = -1
    if (normalised !== null) {
      id = this.stems.get(normalised) ?? this.stems.size
      if (id === this.stems.size) this.stems.set(normalised, id)
    }
    this.insert(word, hash, id)
    return id
  }

  private insert(word: string, hash: number, id: number): void {
    if (this.used + 1 > this.slotWord.length * MAX_LOAD) this.grow()
    const mask = this.slotWord.length - 1
    let slot = hash & mask
    while (this.slotWord[slot] !== undefined) slot = (slot + 1) & mask
    this.slotWord[slot] = word
    this.slotHash[slot] = hash
    this.slotId[slot] = id
    this.used++
  }

  private grow(): void {
    const words = this.slotWord
    const hashes = this.slotHash
    const ids = this.slotId
    this.slotWord = new Array(words.length * 2)
    this.slotHash = new Int32Array(words.length * 2)
    this.slotId = new Int32Array(words.length * 2)
    this.used = 0
    for (let slot = 0; slot < words.length; slot++) if (words[slot] !== undefined) this.insert(words[slot]!, hashes[slot]!, ids[slot]!)
  }
}

// True when text[from, to), lowercased when `fold`, is `word`.
function sameWord(word: string, text: string, from: number, to: number, fold: boolean): boolean {
  if (word.length !== to - from) return false
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(from + i)
    if (fold && c >= 65 && c <= 90) c += 32
    if (c !== word.charCodeAt(i)) return false
  }
  return true
}
