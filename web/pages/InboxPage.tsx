// /inbox: what concerns the signed-in person, newest first (mentions in comments, findings assigned to them, and
// modules and pathways waiting for their review), new ones marked; opening an item marks it read.
import { A, useLocation, useNavigate } from '@solidjs/router'
import { createEffect, createResource, createSignal, For, Show } from 'solid-js'
import { client, data, type Inbox, type InboxEntry } from '../api'
import { FormProblem } from '../components/FormProblem'
import { Loadable } from '../components/Loadable'
import { SessionGate } from '../components/SessionGate'
import { Title } from '../components/Title'
import { problemText } from '../lib/form'
import { formatWhen, plural } from '../lib/format'
import { inboxHref, setUnread } from '../lib/inbox'
import { signInHref } from '../lib/next-path'

// What the person named in an item did, read before the item's title.
const DID: Record<InboxEntry['source'], string> = { mention: 'mentioned you on', assignment: 'assigned you', review_request: 'asked you to review' }

export default function InboxPage() {
  const location = useLocation()
  return (
    <>
      <Title>Inbox</Title>
      <h1>Inbox</h1>
      <SessionGate
        allowed={() => true}
        signedOut={
          <p class="notice">
            <A href={signInHref(location.pathname, location.search)}>Sign in</A> to see your inbox.
          </p>
        }
        refused={null}
      >
        <InboxView />
      </SessionGate>
    </>
  )
}

function InboxView() {
  const navigate = useNavigate()
  const [inbox, { mutate }] = createResource(() => data(client.inbox.$get()))
  const [problem, setProblem] = createSignal<string | null>(null)
  createEffect(() => inbox.state === 'ready' && setUnread(inbox().unread))
  const markRead = async (json: { keys: string[] } | { all: true }) => {
    setProblem(null)
    try {
      const fresh: Inbox = await data(client.inbox.read.$post({ json }))
      mutate(fresh)
      setUnread(fresh.unread)
    } catch (error) {
      setProblem(problemText(error))
    }
  }
  const open = async (event: MouseEvent, item: InboxEntry) => {
    event.preventDefault()
    if (!item.read) await markRead({ keys: [item.key] })
    navigate(inboxHref(item.link))
  }
  return (
    <>
      <Loadable resource={inbox} what="your inbox">
        {() => (
          <>
            <p class="inbox-summary">
              {inbox()!.unread ? `${plural(inbox()!.unread, 'new item')}.` : 'Nothing new.'}{' '}
              <Show when={inbox()!.unread}>
                <button type="button" class="button" onClick={() => void markRead({ all: true })}>
                  Mark all read
                </button>
              </Show>
            </p>
            <FormProblem summary="Could not mark read." message={problem()} />
            <Show when={inbox()!.items.length} fallback={<p class="empty">When someone mentions you in a comment, assigns you a finding or asks you to review a change, it shows here.</p>}>
              <ul class="inbox-list">
                <For each={inbox()!.items}>
                  {(item) => (
                    <li classList={{ 'inbox-item': true, unread: !item.read }}>
                      <p class="inbox-meta">
                        <Show when={!item.read}>
                          <span class="badge badge-new">New</span>{' '}
                        </Show>
                        <strong>{item.from ?? 'Someone'}</strong> {DID[item.source]}{' '}
                        <A href={inboxHref(item.link)} onClick={(event) => void open(event, item)}>
                          {item.title}
                        </A>{' '}
                        <span class="muted">{formatWhen(item.at)}</span>
                      </p>
                      <p class="inbox-excerpt">{item.excerpt}</p>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Loadable>
    </>
  )
}
