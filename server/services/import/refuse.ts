// The 422 that refuses a whole file for its problems, naming how many there are and where the first one is.
import type { ImportProblem } from '../../../shared/schemas/import'
import { Invalid } from '../../errors'

export function refuseFile(what: string, problems: readonly ImportProblem[]): never {
  const errors = problems.filter((p) => p.severity === 'error')
  const first = errors[0]
  const where = first ? `row ${first.row ?? '?'}${first.column ? `, column ${first.column}` : ''}: ${first.message}` : 'unknown'
  throw new Invalid(`${what} not imported: ${errors.length} problem${errors.length === 1 ? '' : 's'} (first: ${where})`, { problems })
}
