// A link just issued (a new invitation, or a link copied again), shown with a button that copies it. Only its
// hash is kept, so once this panel goes the link can only be replaced, never shown again.
import { createSignal, Show } from 'solid-js'

export type IssuedLink = { url: string; name: string; emailed: string | null; replaced: boolean }

export function NewLink(props: { link: IssuedLink | null }) {
  const [copied, setCopied] = createSignal(false)
  const copy = async () => {
    await navigator.clipboard.writeText(props.link!.url)
    setCopied(true)
  }
  return (
    <div role="status">
      <Show when={props.link} keyed>
        {(l) => (
          <div class="new-link">
            <p>
              <strong>Link for {l.name}.</strong> {l.emailed ?? 'Send it now: for safety it is shown only this once.'}
              {l.replaced ? ' The previous link no longer works.' : ''}
            </p>
            <label for="invite-link">Invitation link</label>
            <input id="invite-link" readOnly value={l.url} onFocus={(e) => e.currentTarget.select()} />
            <p>
              <button type="button" class="button" onClick={() => void copy()}>
                Copy link
              </button>{' '}
              <Show when={copied()}>Copied.</Show>
            </p>
          </div>
        )}
      </Show>
    </div>
  )
}
