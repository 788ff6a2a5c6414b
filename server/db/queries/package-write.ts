// SQL that writes a package in bulk: rows go in batches of one compiled statement (bulk-insert.ts), and the
// collections of the modules and credentials it rewrites are cleared in chunks first.
import type { Actor } from '../../../shared/domain/permissions'
import type { Db } from '../connect'
import type { Database } from '../database'
import { bulkInsert, bulkInsertReindexing } from '../bulk-insert'
import { bumpModuleVersions } from './analysis-versions'
import { now } from '../stamps'
import { inChunks } from './package-read'
import { hiddenModuleIds } from './visibility'

type Table = keyof Database

// Inserts rows of one table in batches (bulk-insert.ts).
export async function insertRows<T extends Table>(db: Db, table: T, rows: readonly Record<string, unknown>[]): Promise<void> {
  await bulkInsert(db, table, rows)
}

// Inserts alignments. A statewide package's half a million go in with the table's indexes built afresh after,
// and bump each module's analysis version once rather than once a row (25 times a module, each also moving the
// versions of the pathways that read it).
export async function insertAlignments(db: Db, rows: readonly { moduleId: number }[]): Promise<void> {
  const instead = (trx: Db) => bumpModuleVersions(trx, rows.map((r) => r.moduleId))
  await bulkInsertReindexing(db, 'alignments', rows, [{ name: 'alignments_analysis_insert', instead }])
}

// Inserts modules and answers the id of each uuid.
export async function insertModules(db: Db, rows: readonly Record<string, unknown>[]): Promise<Map<string, number>> {
  const stamp = now()
  const ids = await bulkInsert<{ id: number; uuid: string }>(db, 'modules', rows.map((r) => ({ ...r, createdAt: stamp, updatedAt: stamp })), ['id', 'uuid'])
  return new Map(ids.map((row) => [row.uuid, row.id]))
}

// Inserts credentials and answers the id of each uuid.
export async function insertCredentials(db: Db, rows: readonly Record<string, unknown>[]): Promise<Map<string, number>> {
  const stamp = now()
  const ids = await bulkInsert<{ id: number; uuid: string }>(db, 'credentials', rows.map((r) => ({ ...r, createdAt: stamp, updatedAt: stamp })), ['id', 'uuid'])
  return new Map(ids.map((row) => [row.uuid, row.id]))
}

export async function insertArticulations(db: Db, rows: readonly Record<string, unknown>[]): Promise<void> {
  const stamp = now()
  await bulkInsert(db, 'articulations', rows.map((r) => ({ ...r, createdAt: stamp, updatedAt: stamp })))
}

// Inserts outcomes and answers the id of each uuid.
export async function insertOutcomes(db: Db, rows: readonly Record<string, unknown>[]): Promise<Map<string, number>> {
  const ids = await bulkInsert<{ id: number; uuid: string }>(db, 'outcomes', rows, ['id', 'uuid'])
  return new Map(ids.map((row) => [row.uuid, row.id]))
}

export async function outcomeIdsByUuid(db: Db, moduleIds: readonly number[]): Promise<Map<string, { id: number; moduleId: number }>> {
  const rows = await inChunks(moduleIds, (chunk) => db.selectFrom('outcomes').select(['id', 'uuid', 'moduleId']).where('moduleId', 'in', chunk).execute())
  return new Map(rows.map((r) => [r.uuid, { id: r.id, moduleId: r.moduleId }]))
}

// Clears the collections the package rewrites for these modules; prerequisites, bridge targets and placements the
// writer was never shown (another organisation's unapproved modules) stay.
export async function clearModuleCollections(db: Db, moduleIds: readonly number[], writer: Actor) {
  await inChunks(moduleIds, async (chunk) => {
    await db.deleteFrom('alignments').where('moduleId', 'in', chunk).execute()
    await db.deleteFrom('module_prerequisites').where('moduleId', 'in', chunk).where('prerequisiteId', 'not in', hiddenModuleIds(db, writer)).execute()
    await db.deleteFrom('bridge_targets').where('bridgeId', 'in', chunk).where('targetId', 'not in', hiddenModuleIds(db, writer)).execute()
    await db.deleteFrom('module_credentials').where('moduleId', 'in', chunk).execute()
    await db.deleteFrom('supports').where('moduleId', 'in', chunk).execute()
    await db.deleteFrom('module_funding').where('moduleId', 'in', chunk).execute()
    return []
  })
}

export async function deleteOutcomesById(db: Db, ids: readonly number[]) {
  await inChunks(ids, async (chunk) => {
    await db.deleteFrom('outcomes').where('id', 'in', chunk).execute()
    return []
  })
}

export async function updateOutcomeRow(db: Db, id: number, fields: { position: number; content: string; text: string }) {
  await db.updateTable('outcomes').set(fields).where('id', '=', id).execute()
}

export async function clearCredentialCollections(db: Db, credentialIds: readonly number[]) {
  await inChunks(credentialIds, async (chunk) => {
    await db.deleteFrom('credential_stacks').where('fromId', 'in', chunk).execute()
    await db.deleteFrom('credential_occupations').where('credentialId', 'in', chunk).execute()
    return []
  })
}

export async function clearPathwayLadder(db: Db, pathwayId: number, writer: Actor) {
  await db.deleteFrom('pathway_modules').where('pathwayId', '=', pathwayId).where('moduleId', 'not in', hiddenModuleIds(db, writer)).execute()
  await db.deleteFrom('pathway_exit_occupations').where('pathwayId', '=', pathwayId).where('moduleId', 'not in', hiddenModuleIds(db, writer)).execute()
  await db.deleteFrom('supports').where('pathwayId', '=', pathwayId).execute()
}
