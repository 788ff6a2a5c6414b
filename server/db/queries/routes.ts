// SQL for the routes through a pathway: prerequisites and bridge targets among the modules of its ladder.
import type { Db } from '../connect'

// "Module requires prerequisite" edges with both ends among these modules.
export function prerequisitesAmong(db: Db, moduleIds: readonly number[]) {
  if (!moduleIds.length) return Promise.resolve([])
  return db
    .selectFrom('module_prerequisites')
    .select(['moduleId', 'prerequisiteId'])
    .where('moduleId', 'in', moduleIds)
    .where('prerequisiteId', 'in', moduleIds)
    .execute()
}

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
