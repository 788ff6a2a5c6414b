// Building blocks of the schemas of what the API answers (the OpenAPI description's response schemas). They
// describe the JSON as sent: dates as ISO strings, flags as booleans, and every field, null where it may be.
import { z } from 'zod'

export const RowId = z.number().int()
export const Count = z.number().int().min(0)
export const Stamps = { createdAt: z.string(), updatedAt: z.string() }
// The organisation that owns a row; null for rows no organisation owns.
export const OwnerId = RowId.nullable()

// One page of a list: `{ items, total, limit, offset }`.
export const pageOf = <Item extends z.ZodType>(item: Item) => z.object({ items: z.array(item), total: Count, limit: Count, offset: Count })

// Tiptap JSON as stored (its nodes are checked when written, not described here).
export const RichTextAnswer = z.looseObject({ type: z.literal('doc'), content: z.array(z.unknown()).optional() })
