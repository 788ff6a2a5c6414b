// What the public sees: the one rule behind the road map's public view (anonymous readers, and the student view
// of signed-in people). A module is public once a revision of it is approved; the public sees that revision's
// content (server/services/workflow/published.ts) while a new draft is edited.
import type { ExpressionBuilder } from 'kysely'
import type { Database } from '../database'

// The reader "the public": passed where a query takes a reader, it sees only what this file calls public.
export const THE_PUBLIC = Object.freeze({ audience: 'public' as const })
export type ThePublic = typeof THE_PUBLIC

export function isThePublic(reader: unknown): reader is ThePublic {
  return reader === THE_PUBLIC
}

// Modules the public may see on a road map: those with an approved revision, unless archived (retired from the
// ladder; their own page stays readable).
export function publicModules(eb: ExpressionBuilder<Database, 'modules'>) {
  return eb.and([eb('modules.approvedVersion', 'is not', null), eb('modules.status', '!=', 'archived')])
}
