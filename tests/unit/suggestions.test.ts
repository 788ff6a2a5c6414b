import { describe, expect, it } from 'vitest'
import { highlight } from '../../shared/domain/suggestions/highlight'
import { buildSuggestionIndex, suggest } from '../../shared/domain/suggestions/rank'
import { synonymsOf, terms } from '../../shared/domain/suggestions/terms'

const items = [
  { id: 1, code: 'QM-3', text: 'Measure outside, inside and depth features with a dial caliper.', context: ['Quality and measurement'] },
  { id: 2, code: 'QM-5', text: 'Check features with fixed gauges and act on the result.', context: ['Quality and measurement'] },
  { id: 3, code: 'BP-1', text: 'Find the title block and general notes on an engineering drawing.', context: ['Blueprint reading'] },
  { id: 4, code: 'SAF-1', text: 'Recognise hazards on the shop floor and report unsafe conditions.', context: ['Health and safety'] },
  { id: 5, code: 'M-1', text: 'Add and subtract fractions with unlike denominators.', context: ['Mathematics'] },
  { id: 6, code: 'M-2', text: 'Add, subtract, multiply and divide decimals to hundredths.', context: ['Mathematics'] },
  { id: 7, code: 'QM-7', text: 'Decide whether a measured feature is within tolerance.', context: ['Quality and measurement'] },
]
const index = buildSuggestionIndex(items)
const ids = (query: string, limit = 3, exclude?: Set<number>): number[] =>
  suggest(index, query, { limit, ...(exclude ? { exclude } : {}) }).map((s) => s.competencyId)

describe('terms', () => {
  it('stems the forms of a word onto one and drops stop words', () => {
    expect(terms('Measured the measures while measuring').map((t) => t.term)).toEqual(['measur', 'measur', 'measur'])
    expect(terms('The gauges').map((t) => t.word)).toEqual(['gauges'])
  })

  it('knows the trade synonyms, both ways', () => {
    expect(synonymsOf('blueprint')).toContain('print')
    expect(synonymsOf('print')).toContain('blueprint')
    expect(synonymsOf('decimal')).toContain('fraction')
    expect(synonymsOf('caliper')).toEqual([])
  })
})

describe('suggest', () => {
  it('ranks the item that says the same thing first, then items sharing fewer words', () => {
    expect(ids('Measure depth features with a dial caliper')[0]).toBe(1)
    expect(ids('report unsafe conditions and hazards')[0]).toBe(4)
  })

  it('finds an item through another form of its words', () => {
    expect(ids('measuring with calipers')[0]).toBe(1)
  })

  it('finds items through synonyms, ranked below direct matches', () => {
    expect(ids('read a blueprint')).toContain(3)
    expect(ids('read the print')[0]).toBe(3)
    const decimals = ids('work with decimal numbers', 2)
    expect(decimals).toEqual([6, 5])
  })

  it('reads ancestors statements too, at a lower weight', () => {
    expect(ids('blueprint reading', 1)).toEqual([3])
  })

  it('leaves out excluded items and items sharing no word', () => {
    expect(ids('Measure depth features with a dial caliper', 10, new Set([1]))).not.toContain(1)
    expect(ids('bake bread')).toEqual([])
    expect(ids('')).toEqual([])
  })

  it('returns scores in (0, 1], best first, and the item words that matched', () => {
    const found = suggest(index, 'Decide if the measured part is within tolerance, using gauges', { limit: 7 })
    for (const s of found) expect(s.score).toBeGreaterThan(0)
    for (const s of found) expect(s.score).toBeLessThanOrEqual(1)
    expect(found.map((s) => s.score)).toEqual([...found.map((s) => s.score)].sort((a, b) => b - a))
    expect(found[0]!.competencyId).toBe(7)
    expect(found[0]!.matched).toEqual(expect.arrayContaining(['measured', 'tolerance']))
  })
})

describe('highlight', () => {
  it('marks matched words, their other forms and synonyms, and joins back to the text', () => {
    const text = 'Measured parts with gauges, to tolerance.'
    const segments = highlight(text, ['measure', 'tolerance'])
    expect(segments.map((s) => s.text).join('')).toBe(text)
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Measured', 'gauges', 'tolerance'])
  })

  it('leaves stop words and an empty match list alone', () => {
    expect(highlight('the caliper', ['the'])).toEqual([{ text: 'the caliper', match: false }])
    expect(highlight('', ['x'])).toEqual([])
  })
})
