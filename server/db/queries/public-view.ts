// What the public sees: the one rule behind the road map's public view (anonymous readers, and the student view
// of signed-in people). Today a module is public once approved; the approval workflow changes it here, and only
// here, when the public comes to see approved revisions instead.
import type { ExpressionBuilder } from 'kysely'
import type { Database } from '../database'

// The reader "the public": passed where a query takes a reader, it sees only what this file calls public.
export const THE_PUBLIC = Object.freeze({ audience: 'public' as const })
export type ThePublic = typeof THE_PUBLIC

export function isThePublic(reader: unknown): reader is ThePublic {
  return reader === THE_PUBLIC
}

// Modules the public may see.
export function publicModules(eb: ExpressionBuilder<Database, 'modules'>) {
  return eb('modules.status', '=', 'approved')
}
