// The framework page's writes, through the typed client: the framework's own fields, its items, their moves.
import type { CompetencyInput, CompetencyMove, CompetencyPatch, FrameworkPatch } from '../../../shared/schemas/framework'
import { client, data } from '../../api'

export const saveFramework = (id: number, patch: FrameworkPatch) => data(client.frameworks[':id'].$patch({ param: { id: String(id) }, json: patch }))
export const loadFramework = (id: number) => data(client.frameworks[':id'].$get({ param: { id: String(id) } }))
export const deleteFramework = (id: number) => data(client.frameworks[':id'].$delete({ param: { id: String(id) } }))
export const addItem = (input: CompetencyInput) => data(client.competencies.$post({ json: input }))
export const editItem = (id: number, patch: CompetencyPatch) => data(client.competencies[':id'].$patch({ param: { id: String(id) }, json: patch }))
export const moveItem = (id: number, move: CompetencyMove) => data(client.competencies[':id'].move.$post({ param: { id: String(id) }, json: move }))

// The things a refused delete lists (409 in_use), or none.
export function referencesOf(error: unknown): string[] {
  const details = (error as { details?: { references?: unknown } } | null)?.details
  return Array.isArray(details?.references) ? details.references.filter((r): r is string => typeof r === 'string') : []
}
