// Checks on lists of ids that several use cases share: duplicates, ids naming no row, modules the writer may not see.
import type { Db } from '../db/connect'
import { modulesByIds } from '../db/queries/modules'
import { Invalid } from '../errors'
import { writerView, type Viewer } from './access'

// Refuses a list naming the same id twice.
export function refuseDuplicates(ids: readonly number[], what: string, field: string): void {
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i)
  if (twice.length) throw new Invalid(`${what} ${[...new Set(twice)].join(', ')} is listed twice`, { field })
}

// Refuses wanted ids that are not among the rows found, naming them.
export function refuseMissing(what: string, wanted: readonly number[], found: readonly { id: number }[], field: string): void {
  const known = new Set(found.map((row) => row.id))
  const missing = [...new Set(wanted.filter((id) => !known.has(id)))]
  if (!missing.length) return
  const many = missing.length > 1
  throw new Invalid(`${what} id${many ? 's' : ''} ${missing.join(', ')} ${many ? 'do' : 'does'} not exist`, { field, missing })
}

// The modules among `ids` that the writer may see; refuses any other id (missing, or another organisation's draft)
// with one and the same 422, so a refusal never tells whether a hidden draft exists. Every write that takes a
// module id checks it here.
export async function requireVisibleModules(db: Db, actor: Viewer, ids: readonly number[], field: string) {
  const found = await modulesByIds(db, ids, writerView(actor))
  refuseMissing('Module', ids, found, field)
  return found
}
