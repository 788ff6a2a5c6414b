// Which module or credential each row of an outcome file is about, checked as the person's to report on, and
// the rows grouped by that subject and term (each group replaces what its subject had for the term).
import { can, modulePermission, ownsRow } from '../../../shared/domain/permissions'
import type { Db } from '../../db/connect'
import { credentialsForOutcomes } from '../../db/queries/credential-outcome-counts'
import { modulesForOutcomes } from '../../db/queries/outcome-counts'
import type { Viewer } from '../access'
import type { Problems } from '../import/model'
import { OUTCOME_SHEET_HEADERS, type OutcomeSheetRow } from './import-rows'

export type OutcomeSubject = { kind: 'module' | 'credential'; id: number; name: string; organisationId: number | null }
export type OutcomeGroup = { subject: OutcomeSubject; term: string; rows: OutcomeSheetRow[] }

type Resolve = (row: OutcomeSheetRow) => OutcomeSubject | undefined

// A module the person may not see reads as unknown, one of another organisation (or of a kind they may not
// write) is refused by name.
async function moduleResolver(db: Db, actor: NonNullable<Viewer>, rows: readonly OutcomeSheetRow[], problems: Problems): Promise<Resolve> {
  const codes = [...new Set(rows.map((r) => r.moduleCode).filter((code) => code !== ''))]
  const modules = new Map((await modulesForOutcomes(db, codes, actor)).map((m) => [m.code, m]))
  return (row) => {
    const module = modules.get(row.moduleCode)
    const where = { row: row.row, column: OUTCOME_SHEET_HEADERS.moduleCode }
    if (!module) return void problems.error(`No module you can see has the code "${row.moduleCode}"`, where)
    if (!ownsRow(actor, module.organisationId) || !can(actor.role, modulePermission(module.kind))) {
      return void problems.error(`Module ${module.code} is not yours to report on: only the people of its organisation who edit ${module.kind} modules can`, where)
    }
    return { kind: 'module', id: module.id, name: module.code, organisationId: module.organisationId }
  }
}

// Credentials are named by title (without regard to case); a title two credentials share is refused as unclear.
async function credentialResolver(db: Db, actor: NonNullable<Viewer>, rows: readonly OutcomeSheetRow[], problems: Problems): Promise<Resolve> {
  const titles = [...new Set(rows.map((r) => r.credentialTitle).filter((title) => title !== ''))]
  const byTitle = new Map<string, Awaited<ReturnType<typeof credentialsForOutcomes>>>()
  for (const credential of await credentialsForOutcomes(db, titles)) {
    const key = credential.title.toLowerCase()
    byTitle.set(key, [...(byTitle.get(key) ?? []), credential])
  }
  return (row) => {
    const found = byTitle.get(row.credentialTitle.toLowerCase()) ?? []
    const where = { row: row.row, column: OUTCOME_SHEET_HEADERS.credentialTitle }
    if (found.length === 0) return void problems.error(`No credential is titled "${row.credentialTitle}"`, where)
    if (found.length > 1) return void problems.error(`${found.length} credentials are titled "${row.credentialTitle}": enter this one's outcomes on its page instead`, where)
    const credential = found[0]!
    if (!ownsRow(actor, credential.organisationId) || !can(actor.role, 'credential:write')) {
      return void problems.error(`Credential "${credential.title}" is not yours to report on: only the people of its organisation who edit credentials can`, where)
    }
    return { kind: 'credential', id: credential.id, name: `"${credential.title}"`, organisationId: credential.organisationId }
  }
}

// The rows grouped by subject and term; every problem (unknown or foreign subject, a cell given twice, a term
// without its all-learners row) is added with its row.
export async function planOutcomeGroups(db: Db, actor: NonNullable<Viewer>, rows: readonly OutcomeSheetRow[], problems: Problems): Promise<OutcomeGroup[]> {
  const [ofModule, ofCredential] = await Promise.all([
    moduleResolver(db, actor, rows.filter((r) => r.moduleCode !== ''), problems),
    credentialResolver(db, actor, rows.filter((r) => r.credentialTitle !== ''), problems),
  ])
  const groups = new Map<string, OutcomeGroup>()
  const seen = new Map<string, number>()
  for (const row of rows) {
    const subject = row.moduleCode !== '' ? ofModule(row) : ofCredential(row)
    if (!subject) continue
    const cell = `${subject.kind}|${subject.id}|${row.term}|${row.subgroupDimension.toLowerCase()}|${row.subgroupValue.toLowerCase()}`
    const earlier = seen.get(cell)
    if (earlier !== undefined) problems.error(`${subject.name} ${row.term} ${row.subgroupDimension ? `${row.subgroupDimension} "${row.subgroupValue}"` : 'all learners'} is also on row ${earlier}`, { row: row.row })
    seen.set(cell, row.row)
    const key = `${subject.kind}|${subject.id}|${row.term}`
    const group = groups.get(key) ?? { subject, term: row.term, rows: [] }
    group.rows.push(row)
    groups.set(key, group)
  }
  for (const group of groups.values()) {
    if (!group.rows.some((row) => row.subgroupDimension === '')) {
      problems.error(`${group.subject.name} ${group.term} has no all-learners row (subgroup left empty); add one so its subgroups have a total`, { row: group.rows[0]!.row })
    }
  }
  return [...groups.values()]
}
