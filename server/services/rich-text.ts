// Checks incoming Tiptap JSON against the shared editor schema before anything stores it.
import { getSchema } from '@tiptap/core'
import { Node } from '@tiptap/pm/model'
import { extensions } from '../../shared/editor/extensions'
import { richTextProblem, type RichTextDoc } from '../../shared/schemas/rich-text'
import { Invalid } from '../errors'

// Built once: the same schema the web editor runs.
const schema = getSchema(extensions)

// What an empty editor holds; ProseMirror's doc needs at least one block.
const EMPTY: RichTextDoc = { type: 'doc', content: [{ type: 'paragraph' }] }

// Returns the document normalised by the schema (defaults filled in), or throws Invalid naming the problem.
export function checkRichText(doc: RichTextDoc, field = 'description'): RichTextDoc {
  // Routes have checked this through the shared schema; a document from anywhere else is checked here, because
  // ProseMirror recurses through it.
  const problem = richTextProblem(doc)
  if (problem) throw new Invalid(`${field}: ${problem}`, { field })
  const source = doc.content?.length ? doc : EMPTY
  try {
    const node = Node.fromJSON(schema, source)
    node.check()
    return node.toJSON() as RichTextDoc
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Invalid(`${field} is not a valid document: ${reason}`, { field })
  }
}
