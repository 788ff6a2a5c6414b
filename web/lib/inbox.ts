// The number of new inbox items of the signed-in person, shared by the navigation and the inbox page.
import { createSignal } from 'solid-js'
import { client, data } from '../api'

const [count, setCount] = createSignal(0)

// New (unread) items; 0 for nobody signed in.
export const unreadCount = count

// Asks the server again; a failure keeps the last count (the navigation must not break a page).
export async function refreshUnread(signedIn: boolean): Promise<void> {
  if (!signedIn) return void setCount(0)
  try {
    setCount((await data(client.inbox.unread.$get())).unread)
  } catch {
    // Keep the last count.
  }
}

// Sets the count from an answer that carried it (the inbox page, marking read).
export const setUnread = (n: number) => setCount(n)

type Link = {
  kind: 'module' | 'outcome' | 'competency' | 'pathway' | 'finding'
  id: number
  fingerprint: string | null
  moduleId: number | null
  frameworkId: number | null
  pathwaySlug: string | null
  commentId: number | null
}

// Where an inbox item opens: the page that shows the target's comments, at the comment.
export function inboxHref(link: Link): string {
  const at = link.commentId ? `#comment-${link.commentId}` : ''
  if (link.kind === 'module') return `/modules/${link.moduleId}${at}`
  if (link.kind === 'outcome') return `/modules/${link.moduleId}?outcome=${link.id}${at}`
  if (link.kind === 'competency') return `/frameworks/${link.frameworkId}?competency=${link.id}${at}`
  if (link.kind === 'finding') return `/pathways/${link.pathwaySlug}/findings?comments=${encodeURIComponent(link.fingerprint ?? '')}${at}`
  return `/pathways/${link.pathwaySlug}${at}`
}
