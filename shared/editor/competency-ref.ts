// An inline chip that cites a competency inside rich text, e.g. "see [NIMS-MM-2 Measure with a micrometer]".
// A citation is only a mention: it never aligns the module to the competency (the editor offers that as a
// separate, explicit choice).
import { mergeAttributes, Node } from '@tiptap/core'

const requireNumber = (value: unknown) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new RangeError('competencyRef needs a positive integer competencyId')
  }
}
const requireString = (value: unknown) => {
  if (typeof value !== 'string' || value.trim() === '') throw new RangeError('competencyRef needs a code')
}
const requireText = (value: unknown) => {
  if (typeof value !== 'string') throw new RangeError('competencyRef title must be text')
}

// Longest short title kept in a chip, in characters (the full statement is a hover away in the read view).
export const SHORT_TITLE_CHARS = 40

// The start of a statement, cut at a word boundary with an ellipsis: "Measure features with a caliper…".
export function shortTitle(statement: string, max = SHORT_TITLE_CHARS): string {
  const plain = statement.replace(/\s+/g, ' ').trim()
  if (plain.length <= max) return plain
  const cut = plain.slice(0, max + 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : plain.slice(0, max)).replace(/[\s,;:.–-]+$/, '')}…`
}

// The competencyRef node: stored as { competencyId, code, title }, rendered as a chip reading "CODE short title".
// Chips stored before titles were kept have an empty title and read as the code alone.
export const CompetencyRef = Node.create({
  name: 'competencyRef',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      competencyId: {
        default: null,
        validate: requireNumber,
        parseHTML: (element) => Number(element.getAttribute('data-id')),
        renderHTML: (attrs) => ({ 'data-id': String(attrs.competencyId) }),
      },
      code: {
        default: '',
        validate: requireString,
        parseHTML: (element) => element.getAttribute('data-code') ?? element.textContent ?? '',
        renderHTML: (attrs) => ({ 'data-code': String(attrs.code) }),
      },
      title: {
        default: '',
        validate: requireText,
        parseHTML: (element) => element.getAttribute('data-title') ?? '',
        renderHTML: () => ({}),
      },
    }
  },

  parseHTML() {
    return [{ tag: 'span[data-competency-ref]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const title = String(node.attrs.title ?? '')
    return [
      'span',
      mergeAttributes({ 'data-competency-ref': '', class: 'competency-chip' }, HTMLAttributes, title ? { 'data-title': title } : {}),
      ['span', { class: 'competency-chip-code' }, String(node.attrs.code)],
      ...(title ? [['span', { class: 'competency-chip-title' }, ` ${title}`]] : []),
    ]
  },

  renderText({ node }) {
    const title = String(node.attrs.title ?? '')
    return title ? `${String(node.attrs.code)} ${title}` : String(node.attrs.code)
  },
})
