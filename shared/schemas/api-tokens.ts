// Personal API tokens: what a person sends to create one, and the rules the form and the server share.
import { z } from 'zod'
import { Id, Line } from './common'

export const TOKEN_SCOPES = ['read', 'write'] as const
export type TokenScope = (typeof TOKEN_SCOPES)[number]
export const TOKEN_SCOPE_LABELS: Record<TokenScope, string> = { read: 'Read only', write: 'Read and write' }

// Every secret starts with this, so that a leaked one is recognisable (secret scanners, logs).
export const TOKEN_PREFIX = 'rungs_'
// A token lives at most a year; the form proposes 90 days.
export const TOKEN_MAX_DAYS = 366
export const TOKEN_DEFAULT_DAYS = 90
// Live tokens one person may hold at once.
export const TOKEN_MAX_PER_PERSON = 50

export const ApiTokenInput = z.object({
  name: Line(80),
  scope: z.enum(TOKEN_SCOPES),
  // The last day the token works (UTC); it stops at the end of that day.
  expiresOn: z.iso.date('must be a date like 2027-03-31'),
})
export type ApiTokenInput = z.infer<typeof ApiTokenInput>

const DAY_MS = 86_400_000

// The date `days` after the given instant, as YYYY-MM-DD (UTC).
export const dateAfter = (fromMs: number, days: number): string => new Date(fromMs + days * DAY_MS).toISOString().slice(0, 10)

// Why this last day is refused at this instant, or undefined when it is allowed (tomorrow to a year ahead).
export function expiryProblem(expiresOn: string, nowMs: number): string | undefined {
  if (expiresOn <= dateAfter(nowMs, 0)) return 'must be a later day than today'
  if (expiresOn > dateAfter(nowMs, TOKEN_MAX_DAYS)) return `must be at most ${TOKEN_MAX_DAYS} days ahead`
  return undefined
}

// A person's token, as an admin names it: /api/users/:id/tokens/:tokenId.
export const PersonTokenParam = z.object({ id: Id, tokenId: Id })
