// Inbox items from review requests: each person who may approve or return a submitted module or pathway sees it
// until it is approved, returned or withdrawn.
import type { Actor } from '../../../shared/domain/permissions'
import type { Db } from '../../db/connect'
import { openReviewRequests } from '../../db/queries/inbox'
import { isReviewerOf } from '../../db/queries/workflow'
import { canSee } from '../access'
import type { InboxItem, InboxLink, InboxSource } from './sources'

const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 159)}…` : text)

const NO_LINK = { fingerprint: null, frameworkId: null, threadId: null, commentId: null }

// Who may decide is the rule of the workflow (transition.ts): admins on every organisation's rows, reviewers on
// their own organisation's; nobody on their own submission. A person who may not see a row never gets its item.
async function reviewItems(db: Db, person: Actor, limit: number): Promise<InboxItem[]> {
  const admin = person.role === 'admin'
  if (!admin && !(await isReviewerOf(db, person, person.organisationId))) return []
  const organisationId = admin ? null : person.organisationId
  const { modules, pathways } = await openReviewRequests(db, { organisationId, notBy: person.id, limit })
  const item = (row: (typeof modules)[number] | (typeof pathways)[number], title: string, link: InboxLink): InboxItem => ({
    key: `review:${row.id}`,
    source: 'review_request',
    at: row.submittedAt,
    from: row.submitterName,
    title,
    excerpt: excerpt(row.summary),
    link,
  })
  return [
    ...modules
      .filter((row) => canSee(person, row))
      .map((row) => item(row, `${row.code} ${row.title}`, { kind: 'module', id: row.entityId, moduleId: row.entityId, pathwaySlug: null, ...NO_LINK })),
    ...pathways.map((row) => item(row, row.title, { kind: 'pathway', id: row.entityId, moduleId: null, pathwaySlug: row.slug, ...NO_LINK })),
  ]
}

// Modules and pathways waiting for the person's review.
export const reviewSource: InboxSource = { name: 'review_request', items: reviewItems }
