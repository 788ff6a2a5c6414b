// A comment's body as stored: plain text, or Tiptap JSON checked against the shared editor schema. Never HTML.
import { MAX_COMMENT_CHARS, type CommentBody } from '../../../shared/schemas/comment'
import { textOf, type RichTextDoc } from '../../../shared/schemas/rich-text'
import { Invalid } from '../../errors'
import { checkRichText } from '../rich-text'

export type StoredBody = { bodyFormat: 'text' | 'rich'; body: string; text: string }

// Checks a body and answers it as stored with its plain text; 422 for an empty one or one over the limit.
export function storedBody(body: CommentBody): StoredBody {
  if (typeof body === 'string') return { bodyFormat: 'text', body, text: body }
  const doc = checkRichText(body, 'body')
  const text = textOf(doc).trim()
  if (!text) throw new Invalid('body: must not be empty', { field: 'body' })
  if (text.length > MAX_COMMENT_CHARS) throw new Invalid(`body: must be at most ${MAX_COMMENT_CHARS} characters of text`, { field: 'body' })
  return { bodyFormat: 'rich', body: JSON.stringify(doc), text }
}

// A stored body as answered: the text, or the document parsed back.
export function bodyOut(row: { bodyFormat: 'text' | 'rich'; body: string }): string | RichTextDoc {
  return row.bodyFormat === 'rich' ? (JSON.parse(row.body) as RichTextDoc) : row.body
}

// The plain text of a stored body, for inbox excerpts and audit summaries.
export function bodyText(row: { bodyFormat: 'text' | 'rich'; body: string }): string {
  return row.bodyFormat === 'rich' ? textOf(JSON.parse(row.body) as RichTextDoc) : row.body
}
