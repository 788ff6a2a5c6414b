// zod schemas as JSON Schema 2020-12 (the dialect of OpenAPI 3.1): a request as it must be sent (the input side
// of transforms and defaults), an answer as it is sent (the output side, no property beyond those named).
// Definitions zod names ($defs, for recursive schemas) move into the document's components so that every $ref
// resolves from the document's root.
import { z, type ZodType } from 'zod'
import type { AnswerSchema } from '../middleware/answers'

export type JsonSchema = { [key: string]: unknown }

// Rewrites `#/$defs/x` references to the components' names, in place.
function rewriteRefs(node: unknown, names: Map<string, string>): void {
  if (Array.isArray(node)) node.forEach((item) => rewriteRefs(item, names))
  else if (node && typeof node === 'object') {
    const object = node as JsonSchema
    if (typeof object.$ref === 'string' && object.$ref.startsWith('#/$defs/')) {
      object.$ref = `#/components/schemas/${names.get(object.$ref.slice('#/$defs/'.length))}`
    }
    Object.values(object).forEach((value) => rewriteRefs(value, names))
  }
}

// The JSON Schema of `schema` on the side `io`; its definitions are added to `components` under names prefixed by
// `scope`.
function jsonSchemaOf(schema: ZodType, io: 'input' | 'output', scope: string, components: Record<string, JsonSchema>): JsonSchema {
  const { $schema: _dialect, $defs, ...converted } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema
  const definitions = ($defs ?? {}) as Record<string, JsonSchema>
  const names = new Map(Object.keys(definitions).map((key) => [key, `${scope}_${key}`.replace(/[^A-Za-z0-9._-]/g, '_')]))
  rewriteRefs(converted, names)
  for (const [key, definition] of Object.entries(definitions)) {
    rewriteRefs(definition, names)
    components[names.get(key)!] = definition
  }
  return converted
}

// The JSON Schema of a request part.
export const requestJsonSchema = (schema: ZodType, scope: string, components: Record<string, JsonSchema>) => jsonSchemaOf(schema, 'input', scope, components)

// The JSON Schema of an answer (see middleware/answers.ts for its side).
export const answerJsonSchema = ({ schema, io }: AnswerSchema, scope: string, components: Record<string, JsonSchema>) =>
  jsonSchemaOf(schema, io, `${scope}_answer`, components)
