// A person's inbox: the items of every source, newest first, each read or not; and marking items read.
import type { Actor } from '../../../shared/domain/permissions'
import type { InboxReadInput } from '../../../shared/schemas/comment'
import type { Db } from '../../db/connect'
import { insertReads, readKeysAmong } from '../../db/queries/inbox'
import { now } from '../../db/stamps'
import { assignmentSource } from './assignment-source'
import { mentionSource } from './mention-source'
import { reviewSource } from './review-source'
import type { InboxItem, InboxSource } from './sources'

// The sources that feed every inbox.
const SOURCES: readonly InboxSource[] = [mentionSource, assignmentSource, reviewSource]

// How many items of each source an inbox lists.
const PER_SOURCE = 100

async function allItems(db: Db, person: Actor): Promise<InboxItem[]> {
  const lists = await Promise.all(SOURCES.map((source) => source.items(db, person, PER_SOURCE)))
  return lists.flat().sort((a, b) => b.at.localeCompare(a.at) || b.key.localeCompare(a.key))
}

// The person's inbox with how many items are new (not yet read).
export async function readInbox(db: Db, person: Actor) {
  const items = await allItems(db, person)
  const read = await readKeysAmong(db, person.id, items.map((i) => i.key))
  const withRead = items.map((item) => ({ ...item, read: read.has(item.key) }))
  return { items: withRead, unread: withRead.filter((i) => !i.read).length }
}

// Only the number of new items, for the navigation's "Inbox (3 new)".
export async function unreadCount(db: Db, person: Actor) {
  return { unread: (await readInbox(db, person)).unread }
}

// Marks items read, all or by key; keys that are not items of the person's inbox are ignored, so nobody can
// learn about, or fill the table with, items that are not theirs.
export async function markRead(db: Db, person: Actor, input: InboxReadInput) {
  const items = await allItems(db, person)
  const mine = new Set(items.map((i) => i.key))
  const keys = 'all' in input ? [...mine] : input.keys.filter((key) => mine.has(key))
  await insertReads(db, person.id, keys, now())
  return readInbox(db, person)
}
