import { describe, expect, it } from 'vitest'
import { RichText, docFromText, textOf } from '../../shared/schemas/rich-text'

describe('rich text envelope', () => {
  it('accepts a Tiptap document and refuses anything that is not one', () => {
    expect(RichText.safeParse(docFromText('Measure a part')).success).toBe(true)
    expect(RichText.safeParse('<p>html</p>').success).toBe(false)
    expect(RichText.safeParse({ type: 'paragraph' }).success).toBe(false)
  })

  it('refuses oversized documents', () => {
    const huge = docFromText('x'.repeat(250_000))
    expect(RichText.safeParse(huge).success).toBe(false)
  })
})

describe('textOf', () => {
  it('joins blocks with newlines and inline text without', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Safety' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Wear ' },
            { type: 'text', text: 'eye protection', marks: [{ type: 'bold' }] },
          ],
        },
      ],
    }
    expect(textOf(doc)).toBe('Safety\nWear eye protection')
  })

  it('reads a competency chip as its code, within the line', () => {
    const chip = { type: 'competencyRef', attrs: { competencyId: 4, code: 'AM-QM-4' } }
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Applied to: ' }, chip, { type: 'text', text: ' micrometers' }] }] }
    expect(textOf(doc)).toBe('Applied to: AM-QM-4 micrometers')
  })

  it('round-trips plain paragraphs', () => {
    expect(textOf(docFromText('one\n\ntwo'))).toBe('one\ntwo')
  })
})
