// Helpers for forms validated with the same zod schemas the server uses.
import type { ZodType } from 'zod'
import { ApiError } from '../api'

export type FieldErrors = Record<string, string>

// One option of a select; a disabled one (a prompt such as “Choose…”) shows but cannot be chosen.
export type Choice = { value: string; label: string; disabled?: boolean }

// The parsed value, or the first message for each field that failed.
export function validate<T>(schema: ZodType<T>, input: unknown): { value: T; errors?: undefined } | { value?: undefined; errors: FieldErrors } {
  const result = schema.safeParse(input)
  if (result.success) return { value: result.data }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '')
    errors[field] ??= issue.message
  }
  return { errors }
}

// A failed request as a sentence for a person: the server's own message, or what went wrong on the way.
export function problemText(error: unknown): string {
  if (error instanceof ApiError) return error.message
  if (error instanceof TypeError) return 'The server could not be reached. Check your connection and try again.'
  return error instanceof Error ? error.message : String(error)
}

// Moves focus to the first field of the form that is marked invalid, so a person lands on what to fix.
export function focusFirstInvalid(form: HTMLFormElement): void {
  queueMicrotask(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
}

// The fields a refusal of the server names, each with its message: `details.field` (the services' form, such as
// "modules[0].occupations", keyed here as "modules.0.occupations") and each of `details.issues` (zod's).
export function refusedFields(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {}
  const details = error.details as { field?: string; issues?: { path: string; message: string }[] } | undefined
  const errors: FieldErrors = {}
  if (details?.field) {
    // The services start their message with the field's name, which the form shows as a label instead.
    errors[details.field.replace(/\[(\d+)\]/g, '.$1')] = error.message.replace(`${details.field}: `, '')
  }
  for (const issue of details?.issues ?? []) errors[issue.path] ??= issue.message
  return errors
}
