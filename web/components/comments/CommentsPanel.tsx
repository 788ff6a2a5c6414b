// The comments on one target: its threads and a form to start one, for signed-in members only (anonymous
// readers see nothing of them). Loads and writes through comments-api; each write answers the thread as it now is.
import { createEffect, createResource, createUniqueId, For, Show } from 'solid-js'
import type { CommentTarget } from '../../../shared/schemas/comment'
import type { CommentThread } from '../../api'
import { user } from '../../lib/session'
import { Loadable } from '../Loadable'
import * as api from './comments-api'
import { CommentForm } from './CommentForm'
import { CommentThreadView } from './CommentThreadView'

type Props = {
  target: CommentTarget
  // The heading of the panel, e.g. "Comments" or "Comments on MFG 110".
  heading: string
  // The heading level the page needs here (2 on a page, 3 or 4 inside a section).
  level?: 2 | 3 | 4
  // Told the number of comments after every change (the findings page shows it in its disclosure).
  onCount?: (count: number) => void
}

const countOf = (threads: readonly CommentThread[]) => threads.reduce((n, t) => n + t.comments.filter((c) => !c.deleted).length, 0)

export function CommentsPanel(props: Props) {
  const headingId = createUniqueId()
  return (
    <Show when={user()}>
      {(person) => <Panel {...props} headingId={headingId} isAdmin={person().role === 'admin'} />}
    </Show>
  )
}

function Panel(props: Props & { headingId: string; isAdmin: boolean }) {
  const [threads, { mutate }] = createResource(() => ({ ...props.target }), async (target) => (await api.loadThreads(target)).items)
  const replace = (thread: CommentThread | null, id: number) => {
    const next = (threads() ?? []).flatMap((t) => (t.id !== id ? [t] : thread ? [thread] : []))
    mutate(next)
    props.onCount?.(countOf(next))
  }
  const add = (thread: CommentThread) => {
    const next = [...(threads() ?? []), thread]
    mutate(next)
    props.onCount?.(countOf(next))
  }
  const search = (q: string) => api.searchPeople(props.target, q)
  // An inbox link ends in #comment-<id>: once the threads are in, bring that comment into view.
  createEffect(() => {
    const id = window.location.hash.slice(1)
    if (threads.state === 'ready' && /^(comment|thread)-\d+$/.test(id)) queueMicrotask(() => document.getElementById(id)?.scrollIntoView({ block: 'center' }))
  })
  const Heading = (p: { children: string }) => {
    const level = props.level ?? 2
    return level === 2 ? <h2 id={props.headingId}>{p.children}</h2> : level === 3 ? <h3 id={props.headingId}>{p.children}</h3> : <h4 id={props.headingId}>{p.children}</h4>
  }
  return (
    <section class="comments-panel" aria-labelledby={props.headingId}>
      <Heading>{props.heading}</Heading>
      <Loadable resource={threads} what="the comments">
        {/* Read through the resource, not the callback's value, so that each write updates the list in place. */}
        {() => (
          <Show when={threads()?.length} fallback={<p class="empty">No comments yet.</p>}>
            <For each={threads()}>
              {(thread) => (
                <CommentThreadView
                  thread={thread}
                  isAdmin={props.isAdmin}
                  searchPeople={search}
                  onReply={async (draft) => replace(await api.reply(thread.id, draft), thread.id)}
                  onResolve={async (resolved) => replace(await api.setResolved(thread.id, resolved), thread.id)}
                  onEdit={async (commentId, draft) => replace(await api.editComment(commentId, draft), thread.id)}
                  onDelete={async (commentId) => replace(await api.deleteComment(commentId), thread.id)}
                />
              )}
            </For>
          </Show>
        )}
      </Loadable>
      <CommentForm label="New comment" submitLabel="Comment" searchPeople={search} onSubmit={async (draft) => add(await api.openThread(props.target, draft))} />
    </section>
  )
}
