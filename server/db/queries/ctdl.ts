// SQL for the CTDL export: the identities (uuid, CTID, owning organisation) of the rows a CTDL graph names.
import type { Db } from '../connect'

const owner = ['organisations.uuid as organisationUuid', 'organisations.name as organisationName'] as const

// A pathway by slug with its identity and owner, or undefined.
export function pathwayIdentity(db: Db, slug: string) {
  return db
    .selectFrom('pathways')
    .leftJoin('organisations', 'organisations.id', 'pathways.organisationId')
    .select(['pathways.id', 'pathways.uuid', 'pathways.ceCtid as ctid', 'pathways.slug', 'pathways.title', 'pathways.sector', 'pathways.description', 'pathways.organisationId', 'pathways.version', ...owner])
    .where('pathways.slug', '=', slug)
    .executeTakeFirst()
}

// The identities and owners of these modules.
export function moduleIdentities(db: Db, ids: readonly number[]) {
  if (!ids.length) return Promise.resolve([])
  return db
    .selectFrom('modules')
    .leftJoin('organisations', 'organisations.id', 'modules.organisationId')
    .select(['modules.id', 'modules.uuid', 'modules.ceCtid as ctid', ...owner])
    .where('modules.id', 'in', ids)
    .execute()
}

// These credentials with their identities, descriptions and owners.
export function credentialsForCtdl(db: Db, ids: readonly number[]) {
  if (!ids.length) return Promise.resolve([])
  return db
    .selectFrom('credentials')
    .leftJoin('organisations', 'organisations.id', 'credentials.organisationId')
    .select(['credentials.id', 'credentials.uuid', 'credentials.ceCtid as ctid', 'credentials.title', 'credentials.kind', 'credentials.issuer', 'credentials.description', ...owner])
    .where('credentials.id', 'in', ids)
    .orderBy('credentials.title')
    .orderBy('credentials.id')
    .execute()
}

// These competencies with their identities and their framework's.
export function competencyIdentities(db: Db, ids: readonly number[]) {
  if (!ids.length) return Promise.resolve([])
  return db
    .selectFrom('competencies')
    .innerJoin('frameworks', 'frameworks.id', 'competencies.frameworkId')
    .select([
      'competencies.id',
      'competencies.uuid',
      'competencies.ceCtid as ctid',
      'competencies.code',
      'competencies.statement',
      'frameworks.id as frameworkId',
      'frameworks.uuid as frameworkUuid',
      'frameworks.ceCtid as frameworkCtid',
      'frameworks.title as frameworkTitle',
    ])
    .where('competencies.id', 'in', ids)
    .execute()
}

// A framework with its identity and owner, or undefined.
export function frameworkIdentity(db: Db, id: number) {
  return db
    .selectFrom('frameworks')
    .leftJoin('organisations', 'organisations.id', 'frameworks.organisationId')
    .select(['frameworks.id', 'frameworks.uuid', 'frameworks.ceCtid as ctid', 'frameworks.title', 'frameworks.publisher', 'frameworks.version', 'frameworks.source', 'frameworks.description', ...owner])
    .where('frameworks.id', '=', id)
    .executeTakeFirst()
}

// Every competency of a framework with its identity, parents before children, siblings in order.
export function frameworkItems(db: Db, frameworkId: number) {
  return db
    .selectFrom('competencies')
    .select(['id', 'uuid', 'ceCtid as ctid', 'parentId', 'code', 'statement', 'kind', 'level'])
    .where('frameworkId', '=', frameworkId)
    .orderBy('position')
    .orderBy('id')
    .execute()
}
