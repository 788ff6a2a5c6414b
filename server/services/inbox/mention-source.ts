// Inbox items from comments that mention the person, on targets they can still see.
import type { Db } from '../../db/connect'
import { targetFacts } from '../../db/queries/comment-targets'
import { mentionsOfPerson } from '../../db/queries/inbox'
import type { Actor } from '../../../shared/domain/permissions'
import { bodyText } from '../comments/body'
import { maySeeTarget } from '../comments/target'
import type { InboxItem, InboxSource } from './sources'

const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 159)}…` : text)

async function mentionItems(db: Db, person: Actor, limit: number): Promise<InboxItem[]> {
  const rows = await mentionsOfPerson(db, person.id, limit)
  const facts = new Map<string, Awaited<ReturnType<typeof targetFacts>>>()
  for (const row of rows) {
    const key = `${row.targetKind}:${row.targetId}`
    if (!facts.has(key)) facts.set(key, await targetFacts(db, row.targetKind, row.targetId!))
  }
  // A target that became hidden (a module turned back into another organisation's draft) drops out.
  return rows.flatMap((row) => {
    const fact = facts.get(`${row.targetKind}:${row.targetId}`)
    if (!fact || !maySeeTarget(person, fact)) return []
    return [{
      key: `mention:${row.id}`,
      source: 'mention' as const,
      at: row.createdAt,
      from: row.authorName,
      title: fact.label,
      excerpt: excerpt(bodyText(row)),
      link: {
        kind: row.targetKind, id: row.targetId!, fingerprint: row.fingerprint, moduleId: fact.module?.id ?? null,
        frameworkId: fact.frameworkId ?? null, pathwaySlug: fact.pathwaySlug ?? null, threadId: row.threadId, commentId: row.id,
      },
    }]
  })
}

// Mentions of the person in comments.
export const mentionSource: InboxSource = { name: 'mention', items: mentionItems }
