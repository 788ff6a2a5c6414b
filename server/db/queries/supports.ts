// SQL for wrap-around supports (of pathways, their stages and modules), the funding sources of modules, and the
// organisations that provide supports.
import type { PathwaySupportInput, SupportInput, FundingInput } from '../../../shared/schemas/supports'
import type { Db } from '../connect'
import { prepared } from '../prepared'

const supportColumns = [
  's.id',
  's.pathwayId',
  's.stage',
  's.moduleId',
  's.kind',
  's.description',
  's.organisationId',
  'o.name as organisationName',
  's.contactName',
  's.contactEmail',
  's.contactPhone',
  's.contactNotes',
] as const

const selectSupports = (db: Db) =>
  db.selectFrom('supports as s').leftJoin('organisations as o', 'o.id', 's.organisationId').select(supportColumns)

// The supports of these modules, in their order.
export function supportsOfModules(db: Db, moduleIds: readonly number[]) {
  if (!moduleIds.length) return Promise.resolve([])
  return selectSupports(db).where('s.moduleId', 'in', moduleIds).orderBy('s.moduleId').orderBy('s.position').execute()
}

const supportsOf = prepared((db, p: { moduleId: number }) => selectSupports(db).where('s.moduleId', '=', p.moduleId).orderBy('s.position'))

// The supports of one module (a module page), in their order.
export const supportsOfModule = (db: Db, moduleId: number) => supportsOf(db, { moduleId })

// The supports of a pathway as a whole and of its stages, in the order they were saved.
export function supportsOfPathway(db: Db, pathwayId: number) {
  return selectSupports(db).where('s.pathwayId', '=', pathwayId).orderBy('s.position').execute()
}

const supportRow = (s: SupportInput, position: number) => ({
  kind: s.kind,
  description: s.description,
  organisationId: s.organisationId ?? null,
  contactName: s.contactName,
  contactEmail: s.contactEmail,
  contactPhone: s.contactPhone,
  contactNotes: s.contactNotes,
  position,
})

// Replaces a module's supports with these, in this order.
export async function replaceModuleSupports(db: Db, moduleId: number, supports: readonly SupportInput[]) {
  await db.deleteFrom('supports').where('moduleId', '=', moduleId).execute()
  if (!supports.length) return
  await db
    .insertInto('supports')
    .values(supports.map((s, i) => ({ ...supportRow(s, i), moduleId, pathwayId: null, stage: null })))
    .execute()
}

// Replaces a pathway's supports (whole pathway and stages) with these, in this order.
export async function replacePathwaySupports(db: Db, pathwayId: number, supports: readonly PathwaySupportInput[]) {
  await db.deleteFrom('supports').where('pathwayId', '=', pathwayId).execute()
  if (!supports.length) return
  await db
    .insertInto('supports')
    .values(supports.map((s, i) => ({ ...supportRow(s, i), pathwayId, stage: s.stage ?? null, moduleId: null })))
    .execute()
}

// The funding sources of these modules, in their order.
export function fundingOfModules(db: Db, moduleIds: readonly number[]) {
  if (!moduleIds.length) return Promise.resolve([])
  return db
    .selectFrom('module_funding')
    .select(['moduleId', 'source', 'notes'])
    .where('moduleId', 'in', moduleIds)
    .orderBy('moduleId')
    .orderBy('position')
    .execute()
}

const fundingOf = prepared((db, p: { moduleId: number }) =>
  db.selectFrom('module_funding').select(['source', 'notes']).where('moduleId', '=', p.moduleId).orderBy('position'),
)

// The funding sources of one module (a module page), in their order.
export const fundingOfModule = (db: Db, moduleId: number) => fundingOf(db, { moduleId })

// Replaces a module's funding sources with these, in this order.
export async function replaceFunding(db: Db, moduleId: number, funding: readonly FundingInput[]) {
  await db.deleteFrom('module_funding').where('moduleId', '=', moduleId).execute()
  if (!funding.length) return
  await db
    .insertInto('module_funding')
    .values(funding.map((f, position) => ({ moduleId, source: f.source, notes: f.notes, position })))
    .execute()
}

// Deletes what hangs off a module: its supports and funding (the module is being deleted).
export async function deleteSupportsOfModule(db: Db, moduleId: number) {
  await db.deleteFrom('supports').where('moduleId', '=', moduleId).execute()
  await db.deleteFrom('module_funding').where('moduleId', '=', moduleId).execute()
}

// Deletes a pathway's own supports (the pathway is being deleted).
export async function deleteSupportsOfPathway(db: Db, pathwayId: number) {
  await db.deleteFrom('supports').where('pathwayId', '=', pathwayId).execute()
}

// The organisations among these ids that exist.
export function organisationsByIds(db: Db, ids: readonly number[]) {
  if (!ids.length) return Promise.resolve([])
  return db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', ids).execute()
}
