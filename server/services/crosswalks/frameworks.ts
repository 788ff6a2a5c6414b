// The two frameworks a crosswalk joins: both must exist (404) and differ (422).
import type { Db } from '../../db/connect'
import { findFramework } from '../../db/queries/frameworks'
import { Invalid, NotFound } from '../../errors'

// The `from` and `to` frameworks, or the refusal.
export async function crosswalkFrameworks(db: Db, fromId: number, toId: number) {
  const from = await findFramework(db, fromId)
  if (!from) throw new NotFound('Framework', fromId)
  const to = await findFramework(db, toId)
  if (!to) throw new NotFound('Framework', toId)
  if (from.id === to.id) throw new Invalid('A crosswalk joins two different frameworks; choose another for "to"', { field: 'to' })
  return { from, to }
}
