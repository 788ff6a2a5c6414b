// SQL for what depends on a module, a competency or a credential: the pathways, modules, credentials, links and
// campaigns that name it. Modules are filtered by the one visibility rule (visibleTo), so another
// organisation's drafts never show up; campaigns are returned with their pathway's owner for the service to
// filter (only the people who run a pathway see its campaigns).
import type { Actor } from '../../../shared/domain/permissions'
import type { Db } from '../connect'
import { visibleModuleIds, visibleTo } from './visibility'

const pathwayColumns = ['p.id', 'p.slug', 'p.title', 'p.organisationId'] as const

// The pathways that place the module, with its stage in each.
export function pathwaysPlacing(db: Db, moduleId: number) {
  return db
    .selectFrom('pathway_modules as pm')
    .innerJoin('pathways as p', 'p.id', 'pm.pathwayId')
    .select([...pathwayColumns, 'pm.stage'])
    .where('pm.moduleId', '=', moduleId)
    .orderBy('p.title')
    .execute()
}

// Modules the reader may see that need this one as a prerequisite.
export function modulesNeeding(db: Db, moduleId: number, reader: Actor | null) {
  return db
    .selectFrom('module_prerequisites as mp')
    .innerJoin('modules', 'modules.id', 'mp.moduleId')
    .select(['modules.id', 'modules.code', 'modules.title'])
    .where('mp.prerequisiteId', '=', moduleId)
    .where(visibleTo(reader))
    .orderBy('modules.code')
    .execute()
}

// The credentials the module leads to.
export function credentialsOfModule(db: Db, moduleId: number) {
  return db
    .selectFrom('module_credentials as mc')
    .innerJoin('credentials as c', 'c.id', 'mc.credentialId')
    .select(['c.id', 'c.title', 'c.kind'])
    .where('mc.moduleId', '=', moduleId)
    .orderBy('c.title')
    .execute()
}

// Bridges (and integrated modules) the reader may see that prepare people for this module.
export function bridgesInto(db: Db, moduleId: number, reader: Actor | null) {
  return db
    .selectFrom('bridge_targets as bt')
    .innerJoin('modules', 'modules.id', 'bt.bridgeId')
    .select(['modules.id', 'modules.code', 'modules.title'])
    .where('bt.targetId', '=', moduleId)
    .where(visibleTo(reader))
    .orderBy('modules.code')
    .execute()
}

// The open campaigns of these pathways, with each pathway's owner.
export async function openCampaignsOf(db: Db, pathwayIds: readonly number[]) {
  if (!pathwayIds.length) return []
  return db
    .selectFrom('validation_campaigns as vc')
    .innerJoin('pathways as p', 'p.id', 'vc.pathwayId')
    .select(['vc.id', 'vc.title', 'vc.scope', 'p.slug', 'p.title as pathwayTitle', 'p.organisationId'])
    .where('vc.status', '=', 'open')
    .where('vc.pathwayId', 'in', pathwayIds)
    .orderBy('vc.id')
    .execute()
}

// The areas that campaigns limited to areas cover.
export async function campaignAreas(db: Db, campaignIds: readonly number[]) {
  if (!campaignIds.length) return []
  return db.selectFrom('validation_campaign_areas').select(['campaignId', 'competencyId']).where('campaignId', 'in', campaignIds).execute()
}

// The alignments to a competency of the modules the reader may see.
export function alignmentsTo(db: Db, competencyId: number, reader: Actor | null) {
  return db
    .selectFrom('alignments as a')
    .innerJoin('modules', 'modules.id', 'a.moduleId')
    .select(['modules.id', 'modules.code', 'modules.title', 'modules.kind', 'a.depth', 'a.outcomeId'])
    .where('a.competencyId', '=', competencyId)
    .where(visibleTo(reader))
    .orderBy('modules.code')
    .orderBy('a.id')
    .execute()
}

// The pathways held against a framework, and those that place a module (the reader may see) aligned to the
// competency.
export function pathwaysOfCompetency(db: Db, frameworkId: number, competencyId: number, reader: Actor | null) {
  const aligned = db.selectFrom('alignments').select('moduleId').where('competencyId', '=', competencyId).where('moduleId', 'in', visibleModuleIds(db, reader))
  return db
    .selectFrom('pathways as p')
    .select(pathwayColumns)
    .select((eb) =>
      eb.exists(eb.selectFrom('pathway_frameworks as pf').select('pf.pathwayId').whereRef('pf.pathwayId', '=', 'p.id').where('pf.frameworkId', '=', frameworkId)).as('holdsFramework'),
    )
    .where((eb) =>
      eb.or([
        eb('p.id', 'in', eb.selectFrom('pathway_frameworks').select('pathwayId').where('frameworkId', '=', frameworkId)),
        eb('p.id', 'in', eb.selectFrom('pathway_modules').select('pathwayId').where('moduleId', 'in', aligned)),
      ]),
    )
    .orderBy('p.title')
    .execute()
}

// The links that touch a competency, with the competency at their other end.
export function linksOf(db: Db, competencyId: number) {
  return db
    .selectFrom('competency_links as l')
    .innerJoin('competencies as c', (join) =>
      join.on((eb) =>
        eb.or([
          eb.and([eb('l.toId', '=', competencyId), eb(eb.ref('c.id'), '=', eb.ref('l.fromId'))]),
          eb.and([eb('l.fromId', '=', competencyId), eb(eb.ref('c.id'), '=', eb.ref('l.toId'))]),
        ]),
      ),
    )
    .select(['l.relation', 'l.fromId', 'l.minLevel', 'c.id', 'c.code', 'c.statement', 'c.frameworkId'])
    .orderBy('c.code')
    .execute()
}

// The children of a competency.
export function childrenOf(db: Db, competencyId: number) {
  return db.selectFrom('competencies').select(['id', 'code', 'statement', 'frameworkId']).where('parentId', '=', competencyId).orderBy('position').orderBy('id').execute()
}

// The competency and its ancestors' ids (a campaign limited to an area covers everything under it).
export async function selfAndAncestors(db: Db, competencyId: number): Promise<number[]> {
  const rows = await db
    .withRecursive('up(id, parentId)', (qb) =>
      qb
        .selectFrom('competencies')
        .select(['id', 'parentId'])
        .where('id', '=', competencyId)
        .unionAll((u) => u.selectFrom('competencies').innerJoin('up', 'up.parentId', 'competencies.id').select(['competencies.id', 'competencies.parentId'])),
    )
    .selectFrom('up')
    .select('up.id')
    .execute()
  return rows.map((r) => r.id)
}

// The pathways that place a module (the reader may see) leading to the credential.
export function pathwaysOfCredential(db: Db, credentialId: number, reader: Actor | null) {
  const leading = db.selectFrom('module_credentials').select('moduleId').where('credentialId', '=', credentialId).where('moduleId', 'in', visibleModuleIds(db, reader))
  return db
    .selectFrom('pathways as p')
    .select(pathwayColumns)
    .where('p.id', 'in', db.selectFrom('pathway_modules').select('pathwayId').where('moduleId', 'in', leading))
    .orderBy('p.title')
    .execute()
}

// How many modules align to a competency, whoever may see them (a delete is refused while any does).
export async function alignedModuleCount(db: Db, competencyId: number): Promise<number> {
  const row = await db
    .selectFrom('alignments')
    .select((eb) => eb.fn.count<number | string>('moduleId').distinct().as('n'))
    .where('competencyId', '=', competencyId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
