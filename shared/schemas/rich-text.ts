// Rich text travels as Tiptap (ProseMirror) JSON. zod checks the envelope and size here; the server
// checks the whole document against the shared editor schema before storing it.
import { z } from 'zod'

export type RichTextNode = {
  type: string
  attrs?: Record<string, unknown>
  content?: RichTextNode[]
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  text?: string
}
export type RichTextDoc = RichTextNode & { type: 'doc' }

const MAX_DOC_CHARS = 200_000

export const RichText = z
  .looseObject({ type: z.literal('doc'), content: z.array(z.unknown()).optional() })
  .refine((doc) => JSON.stringify(doc).length <= MAX_DOC_CHARS, {
    message: `Rich text is limited to ${MAX_DOC_CHARS} characters of JSON`,
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
