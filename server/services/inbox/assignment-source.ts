// Inbox items from findings assigned to the person (finding_decisions), while the assignment stands.
import type { Actor } from '../../../shared/domain/permissions'
import type { Db } from '../../db/connect'
import { assignmentsOfPerson } from '../../db/queries/inbox'
import type { InboxItem, InboxSource } from './sources'

async function assignmentItems(db: Db, person: Actor, limit: number): Promise<InboxItem[]> {
  const rows = await assignmentsOfPerson(db, person.id, limit)
  // Pathways have no drafts, so every member may see a pathway's findings; the summary was written when the
  // finding was assigned, from what the assigner could see.
  return rows.map((row) => ({
    key: `assignment:${row.id}`,
    source: 'assignment' as const,
    at: row.decidedAt,
    from: row.assignerName,
    title: `a finding of ${row.title}`,
    excerpt: row.dueOn ? `${row.summary} (due ${row.dueOn})` : row.summary,
    link: { kind: 'finding', id: row.pathwayId, fingerprint: row.fingerprint, moduleId: null, frameworkId: null, pathwaySlug: row.slug, threadId: null, commentId: null },
  }))
}

// Findings assigned to the person.
export const assignmentSource: InboxSource = { name: 'assignment', items: assignmentItems }
