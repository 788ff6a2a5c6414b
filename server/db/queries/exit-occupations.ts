// SQL for the occupations named at a pathway's exit points and for credentials.
import type { Actor } from '../../../shared/domain/permissions'
import type { Db } from '../connect'
import { hiddenModuleIds } from './visibility'

// The occupations named at the exits of a pathway, in their order.
export function exitOccupationsOf(db: Db, pathwayId: number) {
  return db
    .selectFrom('pathway_exit_occupations')
    .select(['moduleId', 'socCode'])
    .where('pathwayId', '=', pathwayId)
    .orderBy('moduleId')
    .orderBy('position')
    .execute()
}

// Replaces the occupations named at a pathway's exits with those of the given placements; those at modules the
// viewer may not see are kept, as their placements are.
export async function replaceExitOccupations(
  db: Db,
  pathwayId: number,
  placements: readonly { moduleId: number; occupations: readonly string[] }[],
  viewer: Actor | null,
): Promise<void> {
  await db
    .deleteFrom('pathway_exit_occupations')
    .where('pathwayId', '=', pathwayId)
    .where('moduleId', 'not in', hiddenModuleIds(db, viewer))
    .execute()
  const rows = placements.flatMap((p) => p.occupations.map((socCode, position) => ({ pathwayId, moduleId: p.moduleId, socCode, position })))
  if (rows.length) await db.insertInto('pathway_exit_occupations').values(rows).execute()
}

// The occupations named for these credentials, in their order.
export function credentialOccupationsOf(db: Db, credentialIds: readonly number[]) {
  if (!credentialIds.length) return Promise.resolve([])
  return db
    .selectFrom('credential_occupations')
    .select(['credentialId', 'socCode'])
    .where('credentialId', 'in', credentialIds)
    .orderBy('credentialId')
    .orderBy('position')
    .execute()
}

// Replaces the occupations named for a credential.
export async function replaceCredentialOccupations(db: Db, credentialId: number, codes: readonly string[]): Promise<void> {
  await db.deleteFrom('credential_occupations').where('credentialId', '=', credentialId).execute()
  if (codes.length) {
    await db.insertInto('credential_occupations').values(codes.map((socCode, position) => ({ credentialId, socCode, position }))).execute()
  }
}
