// Above a road map: the switch between the partners' and the student view (for people signed in; the view is kept
// in the address so it can be shared), the short link to the public road map with a "Copy link" button, and
// "Print" and "Download PDF", which both print the public layout (styles/roadmap-print.css): the browser saves a
// PDF from its print dialog, so the PDF is exactly the printed page.
import { A } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { publicRoadMapPath, shortLinkPath } from '../../../shared/domain/road-map-links'

// The file name a browser offers for the saved PDF is the document's title: "<pathway> road map 2026-12-07".
function printAsPdf(title: string) {
  const before = document.title
  document.title = `${title} road map ${new Date().toISOString().slice(0, 10)}`
  window.print()
  document.title = before
}

export function ShareBar(props: { id: number; slug: string; title: string; view: 'public' | 'partner'; signedIn: boolean }) {
  const [copied, setCopied] = createSignal<string | null>(null)
  const link = () => `${location.origin}${shortLinkPath(props.id)}`
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
          <a href={publicRoadMapPath(props.slug)} aria-current={props.view === 'public' ? 'page' : undefined}>
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
            <A href={publicRoadMapPath(props.slug)} class="button">
              Print the student view
            </A>
          }
        >
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
          <button type="button" onClick={() => printAsPdf(props.title)} aria-describedby="pdf-hint">
            Download PDF
          </button>
        </Show>
        <span class="muted" role="status">
          {copied() ?? ''}
        </span>
      </div>
      <Show when={props.view === 'public'}>
        <p class="muted share-note" id="pdf-hint">
          Download PDF opens the print dialog: choose "Save as PDF" as its destination.
        </p>
      </Show>
      <Show when={props.view === 'partner'}>
        <p class="muted share-note">The shared link and the print show the student view: approved modules only, no findings.</p>
      </Show>
    </div>
  )
}
