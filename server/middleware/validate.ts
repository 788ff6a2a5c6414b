// zod validation for route inputs that fails with our error shape: 422 naming each bad field.
import { zValidator } from '@hono/zod-validator'
import type { MiddlewareHandler, ValidationTargets } from 'hono'
import type { ZodType } from 'zod'
import { AppError } from '../errors'

export type Validation = { target: keyof ValidationTargets; schema: ZodType }

// What each validator returned by validate() checks, so the OpenAPI description (server/openapi/) is built from
// the very schemas the routes enforce.
const validations = new WeakMap<object, Validation>()

// The target and schema a route handler validates, when it is one of validate()'s middlewares.
export const validationOf = (handler: object): Validation | undefined => validations.get(handler)

// Validates one part of the request (json, query, param) against a shared zod schema.
export function validate<Target extends keyof ValidationTargets, Schema extends ZodType>(target: Target, schema: Schema) {
  const middleware = zValidator(target, schema, (result) => {
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
      const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')
      throw new AppError('validation_failed', target === 'json' ? 422 : 400, `Invalid ${target}: ${summary}`, { issues })
    }
  })
  validations.set(middleware, { target, schema })
  return middleware
}

// Records a JSON body's schema for the OpenAPI description without checking it here, for routes whose service
// checks the body itself and names each problem by JSON path (pathway packages).
export function describeBody(schema: ZodType): MiddlewareHandler {
  const middleware: MiddlewareHandler = async (_c, next) => {
    await next()
  }
  validations.set(middleware, { target: 'json', schema })
  return middleware
}
