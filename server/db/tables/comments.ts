// Row types of the comment threads, comments, mentions and inbox read marks.
import type { Generated } from 'kysely'
import type { CommentTargetKind } from '../../../shared/schemas/comment'

export interface CommentThreadsTable {
  id: Generated<number>
  targetKind: CommentTargetKind
  // The row commented on; for a finding, its pathway.
  targetId: number | null
  // A finding's fingerprint; null for the other kinds.
  fingerprint: string | null
  // "module:12", "finding:3:<fingerprint>": one index for every kind of target.
  targetKey: string
  createdAt: string
  resolvedAt: string | null
  resolvedBy: number | null
}

export interface CommentsTable {
  id: Generated<number>
  threadId: number
  authorId: number | null
  // Plain text, or Tiptap JSON checked against the shared editor schema.
  bodyFormat: 'text' | 'rich'
  body: string
  createdAt: string
  editedAt: string | null
  // Set when a comment that others replied to is deleted: its body is emptied and it reads "Comment deleted".
  deletedAt: string | null
}

export interface CommentMentionsTable {
  commentId: number
  userId: number
}

// An inbox item a person has read, by the item's key ("mention:41", "assignment:…").
export interface InboxReadsTable {
  userId: number
  itemKey: string
  readAt: string
}

export interface CommentTables {
  comment_threads: CommentThreadsTable
  comments: CommentsTable
  comment_mentions: CommentMentionsTable
  inbox_reads: InboxReadsTable
}
