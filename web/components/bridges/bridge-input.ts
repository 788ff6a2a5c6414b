// The builder's form as the BridgeInput the server takes, checked with the server's own schema; and the
// server's refusals as messages beside the fields they concern.
import { BridgeInput } from '../../../shared/schemas/bridge'
import { ApiError } from '../../api'
import { problemText, validate, type FieldErrors } from '../../lib/form'

export type BridgeKind = BridgeInput['kind']

// The fields as typed: numbers stay text until sent, so a half-typed value is not lost.
export type BridgeFields = { kind: BridgeKind; code: string; title: string; clockHours: string; teamTaughtShare: string }

// What the form does not ask for: the targets and entry level above it, and the skills chosen in the list.
export type BridgeContext = { targetIds: number[]; entryLevel: string; skillIds: number[] }

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text))

// The request, or the message for each field to fix.
export function bridgeInputOf(fields: BridgeFields, context: BridgeContext): { value: BridgeInput; errors?: undefined } | { value?: undefined; errors: FieldErrors } {
  const clockHours = numberOrNull(fields.clockHours)
  // Only an integrated module has a team-taught share; a value typed before switching kind is not sent.
  const teamTaughtShare = fields.kind === 'integrated' ? numberOrNull(fields.teamTaughtShare) : null
  const checked = validate(BridgeInput, { ...context, kind: fields.kind, code: fields.code, title: fields.title, clockHours, teamTaughtShare })
  const errors: FieldErrors = { ...checked.errors }
  if (!fields.code.trim()) errors.code = 'Enter a code for the new module'
  if (!fields.title.trim()) errors.title = 'Enter a title for the new module'
  if (Number.isNaN(clockHours)) errors.clockHours = 'Enter whole hours, or leave it empty'
  if (Number.isNaN(teamTaughtShare)) errors.teamTaughtShare = 'Enter a whole percent from 0 to 100, or leave it empty'
  return checked.value && !Object.keys(errors).length ? { value: checked.value } : { errors }
}

// A refusal of the server split into messages for fields of the form and a message for the rest.
export function refusalOf(error: unknown, formFields: readonly string[]): { errors: FieldErrors; problem: string } {
  const details = error instanceof ApiError ? (error.details as { field?: string; issues?: { path: string; message: string }[] } | undefined) : undefined
  const errors: FieldErrors = {}
  if (details?.field && formFields.includes(details.field)) errors[details.field] = problemText(error)
  for (const issue of details?.issues ?? []) {
    const field = issue.path.split('.')[0]!
    if (formFields.includes(field)) errors[field] ??= issue.message
  }
  return { errors, problem: Object.keys(errors).length ? 'Check the fields marked below.' : problemText(error) }
}
