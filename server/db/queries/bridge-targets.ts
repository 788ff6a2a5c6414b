// SQL for the modules a bridge or integrated module prepares its learners for.
import type { Actor } from '../../../shared/domain/permissions'
import type { Db } from '../connect'
import { hiddenModuleIds, visibleTo } from './visibility'
import { preparedForReader } from '../prepared'

// What a bridge's targets (and a target's bridges) show, with what decides who may see them.
export const targetColumns = ['modules.id', 'modules.code', 'modules.title', 'modules.kind', 'modules.level', 'modules.status', 'modules.organisationId', 'modules.approvedVersion'] as const

// The modules at the other end of a module's bridge-target pairs that the reader may see, by code.
function pairedModules(side: 'bridgeId' | 'targetId') {
  const other = side === 'bridgeId' ? 'bridge_targets.targetId' : 'bridge_targets.bridgeId'
  const paired = preparedForReader((db, p: { moduleId: number }, reader) =>
    db
      .selectFrom('bridge_targets')
      .innerJoin('modules', 'modules.id', other)
      .select(targetColumns)
      .where(`bridge_targets.${side}`, '=', p.moduleId)
      .where(visibleTo(reader))
      .orderBy('modules.code'),
  )
  return (db: Db, moduleId: number, reader: Actor | null) => paired(db, { moduleId }, reader)
}

// The modules this bridge prepares learners for, those the reader may see.
export const targetsOfBridge = pairedModules('bridgeId')

// The bridges that prepare learners for this module, those the reader may see.
export const bridgesInto = pairedModules('targetId')

// Replaces the targets of a bridge that the editor may see; those the editor was never shown stay as they are.
export async function replaceBridgeTargets(db: Db, bridgeId: number, targetIds: readonly number[], editor: Actor) {
  await db.deleteFrom('bridge_targets').where('bridgeId', '=', bridgeId).where('targetId', 'not in', hiddenModuleIds(db, editor)).execute()
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
