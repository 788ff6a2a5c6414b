// Moving modules through the approval workflow in tests, through the API as people do it.
import type { ApiClient } from './api'

// Submits a module as its author and approves it as a reviewer (an admin, say); throws when either is refused.
export async function approveModule(author: ApiClient, reviewer: ApiClient, id: number): Promise<void> {
  const module = await author.get(`/modules/${id}`)
  const submitted = await author.post(`/modules/${id}/workflow`, { action: 'submit', version: module.body.version, summary: 'Ready for review' })
  if (submitted.status !== 200) throw new Error(`Submitting module ${id} failed: ${submitted.status} ${JSON.stringify(submitted.body)}`)
  const approved = await reviewer.post(`/modules/${id}/workflow`, { action: 'approve' })
  if (approved.status !== 200) throw new Error(`Approving module ${id} failed: ${approved.status} ${JSON.stringify(approved.body)}`)
}
