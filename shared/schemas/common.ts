// Building blocks shared by the request schemas.
import { z } from 'zod'

export const Id = z.coerce.number().int().positive()
export const IdParam = z.object({ id: Id })

export const Page = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type Page = z.infer<typeof Page>

export type Paginated<T> = { items: T[]; total: number; limit: number; offset: number }

// A required single line of text, trimmed.
export const Line = (max = 200) => z.string().trim().min(1).max(max)
// An optional line: empty strings become null so forms can clear a field.
export const OptionalLine = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null))

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
})
export type ErrorBody = z.infer<typeof ErrorBody>
