// Comments on modules, outcomes, competencies, pathways and findings, and the inbox that lists what concerns a
// person. A body is plain text or Tiptap JSON (the shared editor schema), never HTML.
import { z } from 'zod'
import { Id, QueryWhole, Text } from './common'
import { RichText } from './rich-text'

export const COMMENT_TARGET_KINDS = ['module', 'outcome', 'competency', 'pathway', 'finding'] as const
export type CommentTargetKind = (typeof COMMENT_TARGET_KINDS)[number]

// The longest comment, in characters of its text (a rich body's text, without its markup).
export const MAX_COMMENT_CHARS = 5000
// The most people one comment may mention.
export const MAX_MENTIONS = 20

// What a thread is about: a row by its id, or a finding by its pathway's id and its fingerprint.
const targetFields = {
  kind: z.enum(COMMENT_TARGET_KINDS),
  id: Id,
  fingerprint: Text(500).optional(),
}
const targetRule = (target: { kind: CommentTargetKind; fingerprint?: string | undefined }, ctx: z.RefinementCtx) => {
  if (target.kind === 'finding' && !target.fingerprint) {
    ctx.addIssue({ code: 'custom', path: ['fingerprint'], message: "is required for a finding (with the finding's pathway as id)" })
  }
  if (target.kind !== 'finding' && target.fingerprint) {
    ctx.addIssue({ code: 'custom', path: ['fingerprint'], message: 'belongs only to findings' })
  }
}
export const CommentTarget = z.object(targetFields).superRefine(targetRule)
export type CommentTarget = z.infer<typeof CommentTarget>

// A body: non-empty plain text, or a Tiptap document (its text is checked on the server).
export const CommentBody = z.union([
  Text(MAX_COMMENT_CHARS).min(1, 'must not be empty'),
  RichText,
])
export type CommentBody = z.infer<typeof CommentBody>

const content = {
  body: CommentBody,
  // The people the comment mentions; each must appear in the body as @Name.
  mentions: z.array(Id).max(MAX_MENTIONS).default([]),
}

// Opens a thread on a target with its first comment.
export const ThreadInput = z.object({ ...targetFields, ...content }).superRefine(targetRule)
export type ThreadInput = z.infer<typeof ThreadInput>

// A reply to a thread, and the edit of one's own comment.
export const CommentInput = z.object(content)
export type CommentInput = z.infer<typeof CommentInput>

export const ThreadPatch = z.object({ resolved: z.boolean() })
export type ThreadPatch = z.infer<typeof ThreadPatch>

// The threads of one target, read from the query string.
export const CommentQuery = z.object({ kind: z.enum(COMMENT_TARGET_KINDS), id: Id, fingerprint: Text(500).optional() }).superRefine(targetRule)

// The number of comments on each of several targets (the findings page asks for all its findings at once).
export const CommentCountsInput = z.object({ targets: z.array(CommentTarget).min(1).max(500) })

// People a comment on the target may mention, matching words of their names.
export const MentionQuery = z
  .object({ kind: z.enum(COMMENT_TARGET_KINDS), id: Id, fingerprint: Text(500).optional(), q: Text(100).optional(), limit: QueryWhole(1).max(50).default(10) })
  .superRefine(targetRule)

// Inbox items to mark read (by key), or all of them.
export const InboxReadInput = z.union([
  z.object({ keys: z.array(Text(300).min(1)).min(1).max(500) }),
  z.object({ all: z.literal(true) }),
])
export type InboxReadInput = z.infer<typeof InboxReadInput>
