import { describe, expect, it } from 'vitest'
import { MAX_DOC_DEPTH, RichText, docFromText, richTextProblem, textOf } from '../../shared/schemas/rich-text'
import { shortTitle } from '../../shared/editor/competency-ref'
import { checkedContent, unpackedContent } from '../../server/services/package/content'
import { checkRichText } from '../../server/services/rich-text'

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

  it('measures nesting without recursion, refusing documents deeper than the limit', () => {
    const deep = JSON.parse(`{"type":"doc","content":${'['.repeat(500_000)}${']'.repeat(500_000)}}`)
    expect(richTextProblem(deep)).toBe(`Rich text may be nested at most ${MAX_DOC_DEPTH} levels deep`)
    let nested: unknown = 'x'
    // The doc object is level 1, so content may hold arrays from level 2 to the limit.
    for (let depth = 2; depth <= MAX_DOC_DEPTH; depth++) nested = [nested]
    expect(richTextProblem({ type: 'doc', content: nested })).toBeUndefined()
    expect(richTextProblem({ type: 'doc', content: [nested] })).toContain('nested at most')
  })

  it('refuses the NUL character in text, attributes and keys', () => {
    expect(richTextProblem(docFromText('a\u0000b'))).toContain('NUL')
    expect(richTextProblem({ type: 'doc', content: [{ type: 'heading', attrs: { 'lev\u0000el': 2 } }] })).toContain('NUL')
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

describe('shortTitle', () => {
  it('keeps a short statement whole and cuts a long one at a word, with an ellipsis', () => {
    expect(shortTitle('Read a micrometer')).toBe('Read a micrometer')
    expect(shortTitle('Measure outside, inside, step and depth features with a dial or digital caliper')).toBe('Measure outside, inside, step and depth…')
    expect(shortTitle('  Spaces\n  collapse  ')).toBe('Spaces collapse')
    expect(shortTitle('x'.repeat(60))).toBe(`${'x'.repeat(40)}…`)
    expect(shortTitle('Measure outside, inside, step and depth features').length).toBeLessThanOrEqual(41)
  })
})

describe('package rich text checked once', () => {
  it('stores plain text as the editor schema would normalise it, without ProseMirror', () => {
    for (const text of ['Measure a part', 'a\n\nb', '\n', ' padded ', 'é\u200b😀 <b>not html</b>']) {
      expect(checkedContent(text, 'content')).toEqual(checkRichText(unpackedContent(text), 'content'))
    }
  })

  it('refuses what the checks refuse, naming the field', () => {
    expect(() => checkedContent('a\u0000b', 'content')).toThrow(/content: Rich text .*NUL/)
    expect(() => checkedContent('\n'.repeat(20_000), 'description')).toThrow(/description: Rich text is limited/)
    expect(() => checkedContent({ type: 'doc', content: [{ type: 'nonsense' }] }, 'content')).toThrow(/content is not a valid document/)
  })
})
