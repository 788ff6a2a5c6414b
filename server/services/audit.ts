// The audit trail: who did what to which row, with the values before and after, written in the transaction
// of the change itself so that a rolled-back change leaves no entry.
import type { AuditQuery } from '../../shared/schemas/account'
import type { Db } from '../db/connect'
import { insertAudit, listAudit as listAuditRows } from '../db/queries/audit'
import { now } from '../db/stamps'
import { withoutEditors, type Viewer } from './access'

export type AuditActor = { id: number } | null

const serialise = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value))

// Records a create, update or delete of one row.
export async function recordAudit(
  db: Db,
  actor: AuditActor,
  change: { action: 'create' | 'update' | 'delete'; table: string; rowId: number | string; summary: string; before?: unknown; after?: unknown },
): Promise<void> {
  await insertAudit(db, {
    at: now(),
    userId: actor?.id ?? null,
    action: change.action,
    tableName: change.table,
    rowId: String(change.rowId),
    summary: change.summary,
    before: serialise(change.before),
    after: serialise(change.after),
  })
}

// One page of the trail with before/after parsed back into objects.
export async function listAudit(db: Db, filter: AuditQuery) {
  const page = await listAuditRows(db, filter)
  const parse = (text: string | null) => (text === null ? null : (JSON.parse(text) as unknown))
  return { ...page, items: page.items.map((e) => ({ ...e, before: parse(e.before), after: parse(e.after) })) }
}

// The changes recorded for one module, newest first: the history its page shows (who made each only to people
// signed in).
export async function moduleHistory(db: Db, moduleId: number, viewer: Viewer) {
  const page = await listAuditRows(db, { table: 'modules', rowId: String(moduleId), limit: 100, offset: 0 })
  return { ...page, items: withoutEditors(viewer, page.items.map(({ before: _before, after: _after, ...entry }) => entry)) }
}
