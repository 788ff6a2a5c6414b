// Checks on lists of ids that several use cases share: duplicates and ids naming no row.
import { Invalid } from '../errors'

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
