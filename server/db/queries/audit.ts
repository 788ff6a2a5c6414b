// SQL for the audit trail.
import type { AuditQuery } from '../../../shared/schemas/account'
import type { Db } from '../connect'
import type { AuditLogTable } from '../tables/accounts'
import { paginate } from './paginate'

export type AuditEntry = Omit<AuditLogTable, 'id'>

// Appends one entry.
export async function insertAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insertInto('audit_log').values(entry).execute()
}

// One page of entries, newest first, filterable by person, by row, and by pathway (its own row and its modules').
export function listAudit(db: Db, filter: AuditQuery) {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.userId')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.userId',
      'users.name as userName',
      'audit_log.action',
      'audit_log.tableName',
      'audit_log.rowId',
      'audit_log.summary',
      'audit_log.before',
      'audit_log.after',
    ])
  if (filter.userId) query = query.where('audit_log.userId', '=', filter.userId)
  if (filter.table) query = query.where('audit_log.tableName', '=', filter.table)
  if (filter.rowId) query = query.where('audit_log.rowId', '=', filter.rowId)
  const { pathwayId } = filter
  if (pathwayId) {
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('audit_log.tableName', '=', 'pathways'), eb('audit_log.rowId', '=', String(pathwayId))]),
        eb.and([
          eb('audit_log.tableName', '=', 'modules'),
          eb(
            'audit_log.rowId',
            'in',
            eb
              .selectFrom('pathway_modules')
              .select((m) => m.cast<string>('pathway_modules.moduleId', 'text').as('rowId'))
              .where('pathway_modules.pathwayId', '=', pathwayId),
          ),
        ]),
      ]),
    )
  }
  return paginate(query.orderBy('audit_log.id', 'desc'), filter)
}
