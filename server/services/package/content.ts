// Rich text in a package: a document of plain paragraphs travels as plain text (one line a paragraph), anything
// richer as Tiptap JSON, so a script can write outcomes as strings and a round trip gives back what it read.
import { richTextProblem, type RichTextDoc, type RichTextNode } from '../../../shared/schemas/rich-text'
import { Invalid } from '../../errors'
import { checkRichText } from '../rich-text'

const isPlainParagraph = (node: RichTextNode) =>
  node.type === 'paragraph' && !node.attrs && (node.content ?? []).every((t) => t.type === 'text' && !t.marks?.length && !t.attrs && !t.text?.includes('\n'))

// The document as plain text when nothing but unmarked paragraphs makes it up (empty text when it says nothing),
// else the document itself.
export function packedContent(doc: RichTextDoc): string | RichTextDoc {
  const paragraphs = doc.content ?? []
  if (!paragraphs.length || !paragraphs.every(isPlainParagraph)) return doc
  const text = paragraphs.map((p) => (p.content ?? []).map((t) => t.text ?? '').join('')).join('\n')
  return text.trim() ? text : ''
}

// Plain text as a document of one paragraph a line; a document as it is.
export function unpackedContent(content: string | RichTextDoc): RichTextDoc {
  if (typeof content !== 'string') return content
  return {
    type: 'doc',
    content: content.split('\n').map((line): RichTextNode => (line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' })),
  }
}

// The document to store for a package's rich text, checked. Plain text needs only the size and NUL checks: a
// document of unmarked paragraphs is always valid in the editor schema and comes out of it unchanged (a unit test
// holds this), so the 100,000 outcomes of a statewide package skip ProseMirror; Tiptap JSON goes through it.
export function checkedContent(content: string | RichTextDoc, field: string): RichTextDoc {
  if (typeof content !== 'string') return checkRichText(content, field)
  const doc = unpackedContent(content)
  const problem = richTextProblem(doc)
  if (problem) throw new Invalid(`${field}: ${problem}`, { field })
  return doc
}
