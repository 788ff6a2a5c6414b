// Rich text travels as Tiptap (ProseMirror) JSON. zod checks the envelope and size here; the server
// checks the whole document against the shared editor schema before storing it.
import { z } from 'zod'
import { hasNoNul, NUL_MESSAGE } from './common'

export type RichTextNode = {
  type: string
  attrs?: Record<string, unknown>
  content?: RichTextNode[]
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  text?: string
}
export type RichTextDoc = RichTextNode & { type: 'doc' }

export const MAX_DOC_CHARS = 200_000
// Objects and arrays within one another: plain text is 8 deep, each list in a list adds 4. ProseMirror and every
// walk over a document recurse, so a document nested thousands deep must be refused before they see it.
export const MAX_DOC_DEPTH = 64

// What makes a document unacceptable before its content is looked at (too deep, too large, or holding the NUL
// character), found with an explicit stack so that no nesting can overflow the call stack; undefined when none.
export function richTextProblem(doc: unknown): string | undefined {
  let chars = 0
  const stack: { value: unknown; depth: number }[] = [{ value: doc, depth: 1 }]
  while (stack.length) {
    const { value, depth } = stack.pop()!
    if (typeof value === 'string') {
      if (!hasNoNul(value)) return `Rich text ${NUL_MESSAGE}`
      chars += value.length + 2
    } else if (value !== null && typeof value === 'object') {
      if (depth > MAX_DOC_DEPTH) return `Rich text may be nested at most ${MAX_DOC_DEPTH} levels deep`
      chars += 2
      const children = Array.isArray(value) ? value : Object.values(value as object)
      for (const key of Array.isArray(value) ? [] : Object.keys(value as object)) {
        if (!hasNoNul(key)) return `Rich text ${NUL_MESSAGE}`
        chars += key.length + 4
      }
      for (const child of children) stack.push({ value: child, depth: depth + 1 })
    } else chars += String(value).length + 1
    if (chars > MAX_DOC_CHARS) return `Rich text is limited to ${MAX_DOC_CHARS} characters of JSON`
  }
  return undefined
}

export const RichText = z
  .looseObject({ type: z.literal('doc'), content: z.array(z.unknown()).optional() })
  .superRefine((doc, ctx) => {
    const problem = richTextProblem(doc)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
  .transform((doc) => doc as RichTextDoc)

// An empty document.
export const emptyDoc = (): RichTextDoc => ({ type: 'doc', content: [] })

// A document of plain paragraphs, one per line, for seeds and imports.
export function docFromText(text: string): RichTextDoc {
  const paragraphs = text.split(/\n+/).filter((line) => line.trim() !== '')
  return {
    type: 'doc',
    content: paragraphs.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
  }
}

// The plain text of a document, blocks separated by newlines: for search and similarity, never for display.
// Inline nodes sit within a line; a competency chip reads as its code.
const INLINE: Record<string, (node: RichTextNode) => string> = {
  text: (node) => node.text ?? '',
  hardBreak: () => '\n',
  competencyRef: (node) => String(node.attrs?.code ?? ''),
}

export function textOf(node: RichTextNode): string {
  const inline = INLINE[node.type]
  if (inline) return inline(node)
  const inner = (node.content ?? []).map(textOf)
  const isBlockContainer = (node.content ?? []).some((child) => !INLINE[child.type])
  return inner.join(isBlockContainer ? '\n' : '').trim()
}
