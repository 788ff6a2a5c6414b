import { describe, expect, it } from 'vitest'
import { normalise } from '../../../shared/domain/analysis/similarity/normalise'
import { WordIds } from '../../../shared/domain/analysis/similarity/word-ids'

// The ids normalise() would give: each distinct normalised word numbered in order of first appearance.
function reference(texts: readonly string[]): number[][] {
  const ids = new Map<string, number>()
  return texts.map((text) => normalise(text).map((word) => ids.get(word) ?? (ids.set(word, ids.size), ids.size - 1)))
}

describe('WordIds', () => {
  it('numbers the words of normalise(text), each distinct normalised word once', () => {
    const texts = [
      'Measure the parts, using a Micrometer!',
      'MEASURES parts; measured PART-by-part (using micrometers).',
      'Café résumé: naïve ÉTUDES of the 3 studies',
      '',
      'of the and',
      'Read 0.001 inch; read 0,001 INCH',
      'safely safe SAFE process processes class classes',
    ]
    const words = new WordIds()
    const got = texts.map((text) => {
      const out: number[] = []
      words.push(text, out)
      return out
    })
    expect(got).toEqual(reference(texts))
    expect(words.size).toBe(new Set(texts.flatMap(normalise)).size)
  })

  it('keeps numbering words the same way as its table grows', () => {
    // Thousands of distinct words force the table to grow several times; early words keep their ids.
    const texts = Array.from({ length: 3000 }, (_, i) => `Word${i} and WORD${i % 7} with x${(i * 7919) % 5003}`)
    const words = new WordIds()
    const got = texts.map((text) => {
      const out: number[] = []
      words.push(text, out)
      return out
    })
    expect(got).toEqual(reference(texts))
    expect(words.idOf('word3')).toBe(got[3]![0])
    expect(words.idOf('the')).toBe(-1)
  })
})
