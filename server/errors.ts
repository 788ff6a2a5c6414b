// Errors that services throw and app.onError turns into { error: { code, message, details } }.
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: ContentfulStatusCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

// A row that does not exist (or that the caller may not know exists).
export class NotFound extends AppError {
  constructor(what: string, id: number | string) {
    super('not_found', 404, `${what} ${id} does not exist`)
  }
}

// Input that is well-formed but breaks a rule of the domain.
export class Invalid extends AppError {
  constructor(message: string, details?: unknown) {
    super('invalid', 422, message, details)
  }
}

// A write that collides with the current state (duplicate key, stale version).
export class Conflict extends AppError {
  constructor(code: string, message: string, details?: unknown) {
    super(code, 409, message, details)
  }
}

// A delete refused because other rows still point at the row.
export class InUse extends AppError {
  constructor(what: string, references: string[]) {
    super('in_use', 409, `${what} is still referenced by ${references.join(', ')}; remove those first`, { references })
  }
}
