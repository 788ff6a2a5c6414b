// The calls of the comments panel and the inbox. Pages and the panel use these; the thread and form components
// get data as props and report what the person did as events.
import type { CommentTarget } from '../../../shared/schemas/comment'
import { client, data, type CommentThread, type MentionPerson } from '../../api'

// A target as the query string carries it.
const query = (target: CommentTarget) => ({ kind: target.kind, id: String(target.id), fingerprint: target.fingerprint })

// The threads on a target, oldest first.
export const loadThreads = (target: CommentTarget) => data(client.comments.$get({ query: query(target) }))

// The number of comments on each target, in the order asked.
export const countComments = (targets: CommentTarget[]) => data(client.comments.counts.$post({ json: { targets } }))

// People who may be mentioned on the target (or be assigned it), matching the words typed after @.
export async function searchPeople(target: CommentTarget, q: string, limit = 8): Promise<MentionPerson[]> {
  return (await data(client.comments.people.$get({ query: { ...query(target), q: q || undefined, limit: String(limit) } }))).items
}

export type Draft = { body: string; mentions: number[] }

export const openThread = (target: CommentTarget, draft: Draft): Promise<CommentThread> => data(client.comments.$post({ json: { ...target, ...draft } }))

export const reply = (threadId: number, draft: Draft): Promise<CommentThread> =>
  data(client.comments.threads[':id'].replies.$post({ param: { id: String(threadId) }, json: draft }))

export const setResolved = (threadId: number, resolved: boolean): Promise<CommentThread> =>
  data(client.comments.threads[':id'].$patch({ param: { id: String(threadId) }, json: { resolved } }))

export const editComment = (id: number, draft: Draft): Promise<CommentThread> => data(client.comments[':id'].$patch({ param: { id: String(id) }, json: draft }))

// Deletes a comment; answers the thread as it now is, or null when nothing of it is left.
export const deleteComment = async (id: number): Promise<CommentThread | null> => (await data(client.comments[':id'].$delete({ param: { id: String(id) } }))).thread
