// Recognises constraint violations of either dialect, so a race that slips past a service's own checks
// still answers 409 instead of 500.
import { Conflict, type AppError } from '../errors'

type DriverError = { code?: unknown; detail?: unknown; message?: unknown }

// Translates a driver error into an AppError when it is a constraint violation; otherwise undefined.
export function fromConstraintViolation(error: unknown): AppError | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { code, detail, message } = error as DriverError
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505') {
    return new Conflict('duplicate', 'A row with the same unique values already exists', {
      constraint: String(detail ?? message ?? ''),
    })
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503') {
    return new Conflict('in_use', 'The change would break a reference between rows', {
      constraint: String(detail ?? message ?? ''),
    })
  }
  return undefined
}
