// One thread: its comments oldest first, who wrote each and when, and what the person may do: reply, resolve or
// reopen, edit or delete their own. Bodies are shown as text (or through the shared editor schema), never as HTML.
import { createSignal, For, Show } from 'solid-js'
import type { CommentEntry, CommentThread, MentionPerson } from '../../api'
import { problemText } from '../../lib/form'
import { formatWhen } from '../../lib/format'
import { FormProblem } from '../FormProblem'
import { RichText } from '../RichText'
import type { Draft } from './comments-api'
import { CommentForm } from './CommentForm'

type Props = {
  thread: CommentThread
  // Admins may delete anyone's comment.
  isAdmin: boolean
  searchPeople: (q: string) => Promise<MentionPerson[]>
  onReply: (draft: Draft) => Promise<void>
  onResolve: (resolved: boolean) => Promise<void>
  onEdit: (commentId: number, draft: Draft) => Promise<void>
  onDelete: (commentId: number) => Promise<void>
}

export function CommentThreadView(props: Props) {
  const [replying, setReplying] = createSignal(false)
  const [problem, setProblem] = createSignal<string | null>(null)
  const act = async (action: () => Promise<void>) => {
    setProblem(null)
    try {
      await action()
    } catch (error) {
      setProblem(problemText(error))
    }
  }
  const first = () => props.thread.comments[0]
  const label = () => `Thread started by ${first()?.author?.name ?? 'a former member'}`
  return (
    <article id={`thread-${props.thread.id}`} classList={{ 'comment-thread': true, resolved: props.thread.resolved !== null }} aria-label={label()}>
      <Show when={props.thread.resolved}>
        {(resolved) => (
          <p class="comment-resolved">
            Resolved by {resolved().by?.name ?? 'a former member'} on {formatWhen(resolved().at)}
          </p>
        )}
      </Show>
      <ol class="comment-list">
        <For each={props.thread.comments}>
          {(comment) => (
            <CommentItem comment={comment} canDelete={comment.mine || props.isAdmin} searchPeople={props.searchPeople}
              onEdit={(draft) => props.onEdit(comment.id, draft)} onDelete={() => (window.confirm('Delete this comment?') ? act(() => props.onDelete(comment.id)) : Promise.resolve())} />
          )}
        </For>
      </ol>
      <FormProblem summary="That did not work." message={problem()} />
      <Show
        when={replying()}
        fallback={
          <div class="comment-actions">
            <button type="button" class="button" onClick={() => setReplying(true)}>
              Reply
            </button>
            <button type="button" class="button" onClick={() => act(() => props.onResolve(props.thread.resolved === null))}>
              {props.thread.resolved ? 'Reopen' : 'Resolve'}
            </button>
          </div>
        }
      >
        <CommentForm label="Reply" submitLabel="Send reply" autofocus searchPeople={props.searchPeople} onCancel={() => setReplying(false)}
          onSubmit={async (draft) => {
            await props.onReply(draft)
            setReplying(false)
          }} />
      </Show>
    </article>
  )
}

function CommentItem(props: {
  comment: CommentEntry
  canDelete: boolean
  searchPeople: (q: string) => Promise<MentionPerson[]>
  onEdit: (draft: Draft) => Promise<void>
  onDelete: () => Promise<void>
}) {
  const [editing, setEditing] = createSignal(false)
  const c = () => props.comment
  return (
    <li id={`comment-${c().id}`} class="comment">
      <Show when={!c().deleted} fallback={<p class="comment-deleted">Comment deleted</p>}>
        <p class="comment-meta">
          <strong>{c().author?.name ?? 'A former member'}</strong> <span class="muted">{formatWhen(c().createdAt)}</span>
          <Show when={c().editedAt}>
            <span class="muted"> (edited)</span>
          </Show>
        </p>
        <Show
          when={editing()}
          fallback={
            <>
              <CommentBody body={c().body} />
              <Show when={c().mine || props.canDelete}>
                <div class="comment-actions">
                  <Show when={c().mine && typeof c().body === 'string'}>
                    <button type="button" class="button" onClick={() => setEditing(true)}>
                      Edit
                    </button>
                  </Show>
                  <Show when={props.canDelete}>
                    <button type="button" class="button" onClick={() => void props.onDelete()}>
                      Delete
                    </button>
                  </Show>
                </div>
              </Show>
            </>
          }
        >
          <CommentForm label="Edit comment" submitLabel="Save" autofocus searchPeople={props.searchPeople} onCancel={() => setEditing(false)}
            initial={{ text: typeof c().body === 'string' ? (c().body as string) : '', mentions: c().mentions }}
            onSubmit={async (draft) => {
              await props.onEdit(draft)
              setEditing(false)
            }} />
        </Show>
      </Show>
    </li>
  )
}

// Plain text keeps its line breaks and is set as text; a document goes through the read-only shared editor.
function CommentBody(props: { body: CommentEntry['body'] }) {
  return (
    <Show when={typeof props.body === 'string'} fallback={<RichText content={props.body} />}>
      <p class="comment-text">{props.body as string}</p>
    </Show>
  )
}
