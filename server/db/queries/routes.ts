// SQL for the routes through a pathway: bridge targets among the modules of its ladder (prerequisites among them
// are read by the pathway queries).
import type { Db } from '../connect'

// "Bridge prepares learners for target" edges with both ends among these modules.
export function bridgeTargetsAmong(db: Db, moduleIds: readonly number[]) {
  if (!moduleIds.length) return Promise.resolve([])
  return db
    .selectFrom('bridge_targets')
    .select(['bridgeId', 'targetId'])
    .where('bridgeId', 'in', moduleIds)
    .where('targetId', 'in', moduleIds)
    .execute()
}
