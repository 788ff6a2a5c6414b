// Names the shared zod schema of the JSON a route answers with, for the OpenAPI description's response schemas
// (server/openapi/). It checks nothing at run time: tests/api/openapi-answers.test.ts checks real answers
// against the documented schemas, and the routes' `satisfies` checks their types against them.
import type { MiddlewareHandler } from 'hono'
import type { ZodType } from 'zod'

// `io` "input" describes an answer that is a document in a format the API also accepts (a pathway package) as
// that format's schema, optional fields and all; "output" describes an answer exactly as sent.
export type AnswerSchema = { schema: ZodType; io: 'input' | 'output' }

const answerSchemas = new WeakMap<object, AnswerSchema>()

// The schema a route handler names, when it is one of answers()'s middlewares.
export const answerSchemaOf = (handler: object): AnswerSchema | undefined => answerSchemas.get(handler)

export function answers(schema: ZodType, io: AnswerSchema['io'] = 'output'): MiddlewareHandler {
  const middleware: MiddlewareHandler = async (_c, next) => {
    await next()
  }
  answerSchemas.set(middleware, { schema, io })
  return middleware
}
