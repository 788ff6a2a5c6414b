// Who may see which module, in SQL: the one visibility rule (maySee in shared/domain/permissions.ts) as query
// fragments, so every list, read and reference check filters hidden drafts the same way.
import type { ExpressionBuilder } from 'kysely'
import type { Actor } from '../../../shared/domain/permissions'
import type { Db } from '../connect'
import type { Database } from '../database'
import { isThePublic, publicModules, type ThePublic } from './public-view'

// Who reads: a person, an anonymous reader (null), or the public view (approved content only, public-view.ts).
export type Reader = Actor | null | ThePublic

// Modules the reader may see: every module with an approved revision, and the others of the reader's own
// organisation (admins see all; an unapproved module that no organisation owns is the admins' alone). The public
// sees what public-view.ts says.
export function visibleTo(reader: Reader) {
  return (eb: ExpressionBuilder<Database, 'modules'>) => {
    if (isThePublic(reader)) return publicModules(eb)
    if (reader?.role === 'admin') return eb.lit(true)
    const open = [eb('modules.approvedVersion', 'is not', null)]
    if (reader?.organisationId != null) open.push(eb('modules.organisationId', '=', reader.organisationId))
    return eb.or(open)
  }
}

// The ids of the modules the reader may see, as a subquery for `where x in (...)`.
export function visibleModuleIds(db: Db, reader: Reader) {
  return db.selectFrom('modules').select('modules.id').where(visibleTo(reader))
}

// The ids of the modules the reader may not see, as a subquery (for keeping links the reader was never shown).
export function hiddenModuleIds(db: Db, reader: Actor | null) {
  return db
    .selectFrom('modules')
    .select('modules.id')
    .where((eb) => eb.not(visibleTo(reader)(eb)))
}
