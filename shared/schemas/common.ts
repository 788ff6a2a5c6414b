// Building blocks shared by the request schemas. Every string a request carries goes through Text (or a helper
// built on it) and every id through Id, so the rules below hold for every route.
import { z } from 'zod'

// The largest value an integer column holds on both dialects (PostgreSQL's integer; SQLite's is wider).
export const MAX_INT = 2_147_483_647

// PostgreSQL cannot store the NUL character in text, and nobody types one: it is refused wherever it appears.
export const NUL_MESSAGE = 'must not contain the NUL character (\\u0000)'
export const hasNoNul = (text: string): boolean => !text.includes('\u0000')

// A whole number from `min` that an integer column can hold. Path and query values arrive as text, so they are
// coerced; JSON bodies keep numbers as numbers.
export const Whole = (min = 0) => z.number().int('must be a whole number').min(min, `must be ${min} or more`).max(MAX_INT, `must be at most ${MAX_INT}`)
export const QueryWhole = (min = 0) =>
  z.coerce.number().int('must be a whole number').min(min, `must be ${min} or more`).max(MAX_INT, `must be at most ${MAX_INT}`)

// The id of a row, in a path, a query string or a body (alone or in an array of ids).
export const Id = QueryWhole(1)
export const IdParam = z.object({ id: Id })

export const Page = z.object({
  limit: QueryWhole(1).max(500, 'must be at most 500').default(50),
  offset: QueryWhole(0).default(0),
})
export type Page = z.infer<typeof Page>

export type Paginated<T> = { items: T[]; total: number; limit: number; offset: number }

// Any text from a request: at most `max` characters and no NUL. Trimmed unless `trim` is false (passwords).
export const Text = (max: number, options: { trim?: boolean } = {}) =>
  (options.trim === false ? z.string() : z.string().trim()).max(max).refine(hasNoNul, NUL_MESSAGE)

// A required single line of text, trimmed.
export const Line = (max = 200) => Text(max).min(1)
// An optional line: empty strings become null so forms can clear a field.
export const OptionalLine = (max = 200) =>
  Text(max)
    .nullish()
    .transform((v) => (v ? v : null))
// Optional search words of a list's `q`.
export const SearchText = () => Text(200).optional()

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
})
export type ErrorBody = z.infer<typeof ErrorBody>
