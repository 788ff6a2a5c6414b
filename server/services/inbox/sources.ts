// The inbox is fed by sources: each lists the items that concern one person, newest first: mentions in comments,
// findings assigned to the person and review requests (each item's key must be unique across sources and stable,
// since read marks are kept by key).
import type { Actor } from '../../../shared/domain/permissions'
import type { CommentTargetKind } from '../../../shared/schemas/comment'
import type { Db } from '../../db/connect'

export const INBOX_SOURCES = ['mention', 'assignment', 'review_request'] as const
export type InboxSourceName = (typeof INBOX_SOURCES)[number]

// Where an item leads: the row (for a finding, its pathway and fingerprint) and what the web needs to link to it.
export type InboxLink = {
  kind: CommentTargetKind
  id: number
  fingerprint: string | null
  moduleId: number | null
  frameworkId: number | null
  pathwaySlug: string | null
  threadId: number | null
  commentId: number | null
}

export type InboxItem = {
  // "mention:41": unique across sources, stable for as long as the item lasts.
  key: string
  source: InboxSourceName
  at: string
  // Who caused the item (the comment's author, the assigner, the submitter); null when unknown.
  from: string | null
  // What it is about ("MFG 110 Shop safety") and a line of its text.
  title: string
  excerpt: string
  link: InboxLink
}

// One source of inbox items: the newest items for the person, at most `limit`, only about what they may see.
export type InboxSource = {
  name: InboxSourceName
  items(db: Db, person: Actor, limit: number): Promise<InboxItem[]>
}
