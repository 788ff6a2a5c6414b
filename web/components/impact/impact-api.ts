// The server calls of change impact: "Used by" of a module, a competency or a credential, and the preview of a
// proposed removal.
import type { InferResponseType } from 'hono/client'
import type { ProposedChangeInput } from '../../../shared/schemas/impact'
import { client, data } from '../../api'

export type UsedByAnswer = InferResponseType<(typeof client.modules)[':id']['used-by']['$get'], 200>
export type ImpactAnswer = InferResponseType<typeof client.impact.$post, 200>
export type UsedByKind = 'module' | 'competency' | 'credential'

export function loadUsedBy(kind: UsedByKind, id: number): Promise<UsedByAnswer> {
  const param = { param: { id: String(id) } }
  if (kind === 'module') return data(client.modules[':id']['used-by'].$get(param))
  if (kind === 'competency') return data(client.competencies[':id']['used-by'].$get(param))
  return data(client.credentials[':id']['used-by'].$get(param))
}

export function previewImpact(change: ProposedChangeInput): Promise<ImpactAnswer> {
  return data(client.impact.$post({ json: change }))
}
