// An inline chip that cites a competency inside rich text, e.g. "aligned to [NIMS-MM-2]".
import { mergeAttributes, Node } from '@tiptap/core'

const requireNumber = (value: unknown) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new RangeError('competencyRef needs a positive integer competencyId')
  }
}
const requireString = (value: unknown) => {
  if (typeof value !== 'string' || value.trim() === '') throw new RangeError('competencyRef needs a code')
}

// The competencyRef node: stored as { competencyId, code }, rendered as a chip showing the code.
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
        parseHTML: (element) => element.textContent ?? '',
        renderHTML: () => ({}),
      },
    }
  },

  parseHTML() {
    return [{ tag: 'span[data-competency-ref]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-competency-ref': '', class: 'competency-chip' }, HTMLAttributes), node.attrs.code]
  },

  renderText({ node }) {
    return String(node.attrs.code)
  },
})
