// The framework page's calls for merging: what a merge would do, doing it, and the frameworks one may merge.
import type { MergeSummary } from '../../../shared/schemas/framework-merge'
import { client, data } from '../../api'
import { mayEdit } from '../../lib/session'

type Merge = (targetId: number, sourceId: number) => Promise<MergeSummary>

export const previewFrameworkMerge: Merge = (targetId, sourceId) =>
  data(client.frameworks[':id'].merge.preview.$post({ param: { id: String(targetId) }, json: { sourceId } }))
export const mergeFramework: Merge = (targetId, sourceId) =>
  data(client.frameworks[':id'].merge.$post({ param: { id: String(targetId) }, json: { sourceId } }))
export const previewItemMerge: Merge = (targetId, sourceId) =>
  data(client.competencies[':id'].merge.preview.$post({ param: { id: String(targetId) }, json: { sourceId } }))
export const mergeItem: Merge = (targetId, sourceId) =>
  data(client.competencies[':id'].merge.$post({ param: { id: String(targetId) }, json: { sourceId } }))

// The other frameworks the signed-in person may write, by title: those they may merge into one of theirs.
export async function mergeableFrameworks(exceptId: number) {
  const page = await data(client.frameworks.$get({ query: { limit: '500' } }))
  return page.items
    .filter((f) => f.id !== exceptId && mayEdit('framework:write', f.organisationId))
    .map((f) => ({ id: f.id, label: `${f.title} (${f.competencyCount} items)` }))
}
