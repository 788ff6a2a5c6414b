// SQL for the modules a bridge or integrated module prepares its learners for.
import type { Db } from '../connect'

// What a bridge's targets (and a target's bridges) show, with what decides who may see them.
export const targetColumns = ['modules.id', 'modules.code', 'modules.title', 'modules.kind', 'modules.level', 'modules.status', 'modules.organisationId'] as const

// The modules at the other end of a module's bridge-target pairs, by code.
function pairedModules(db: Db, side: 'bridgeId' | 'targetId', moduleId: number) {
  const other = side === 'bridgeId' ? 'bridge_targets.targetId' : 'bridge_targets.bridgeId'
  return db
    .selectFrom('bridge_targets')
    .innerJoin('modules', 'modules.id', other)
    .select(targetColumns)
    .where(`bridge_targets.${side}`, '=', moduleId)
    .orderBy('modules.code')
    .execute()
}

// The modules this bridge prepares learners for.
export const targetsOfBridge = (db: Db, bridgeId: number) => pairedModules(db, 'bridgeId', bridgeId)

// The bridges that prepare learners for this module.
export const bridgesInto = (db: Db, targetId: number) => pairedModules(db, 'targetId', targetId)

// Replaces the targets of a bridge.
export async function replaceBridgeTargets(db: Db, bridgeId: number, targetIds: readonly number[]) {
  await db.deleteFrom('bridge_targets').where('bridgeId', '=', bridgeId).execute()
  if (!targetIds.length) return
  await db
    .insertInto('bridge_targets')
    .values(targetIds.map((targetId) => ({ bridgeId, targetId })))
    .execute()
}

// Forgets a module on both sides, before the module itself is deleted.
export async function deleteBridgeTargetsOf(db: Db, moduleId: number) {
  await db.deleteFrom('bridge_targets').where((eb) => eb.or([eb('bridgeId', '=', moduleId), eb('targetId', '=', moduleId)])).execute()
}
