// Above a road map: the switch between the partners' and the student view (for people signed in; the view is kept
// in the address so it can be shared), a stable link to the public road map with a "Copy link" button, and
// "Print or save as PDF", which prints the public layout (styles/roadmap-print.css).
import { A } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'

// The stable address of a pathway's public road map.
export const publicPath = (slug: string) => `/pathways/${slug}?view=student`

export function ShareBar(props: { slug: string; view: 'public' | 'partner'; signedIn: boolean }) {
  const [copied, setCopied] = createSignal<string | null>(null)
  const link = () => `${location.origin}${publicPath(props.slug)}`
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link())
      setCopied('Link copied.')
    } catch {
      setCopied('Could not copy: select the link and copy it.')
    }
  }
  return (
    <div class="share-bar">
      <Show when={props.signedIn}>
        {/* Plain links (the router still handles them): its A would mark both current, as they share a path. */}
        <nav class="view-switch" aria-label="Road map view">
          <a href={`/pathways/${props.slug}`} aria-current={props.view === 'partner' ? 'page' : undefined}>
            Partner view
          </a>
          <a href={publicPath(props.slug)} aria-current={props.view === 'public' ? 'page' : undefined}>
            Student view
          </a>
        </nav>
      </Show>
      <div class="share-link">
        <label for="share-link">Share the public road map</label>
        <input id="share-link" type="text" readonly value={link()} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={copy}>
          Copy link
        </button>
        <Show
          when={props.view === 'public'}
          fallback={
            <A href={publicPath(props.slug)} class="button">
              Print the student view
            </A>
          }
        >
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </Show>
        <span class="muted" role="status">
          {copied() ?? ''}
        </span>
      </div>
      <Show when={props.view === 'partner'}>
        <p class="muted share-note">The shared link and the print show the student view: approved modules only, no findings.</p>
      </Show>
    </div>
  )
}
