// A token just created: its secret, shown this once, ready to copy, with a first command to try it. Focus moves
// to the secret so that a keyboard or screen reader user lands on it.
import { createSignal, onMount } from 'solid-js'
import type { NewApiToken } from '../../api'

export function NewTokenSecret(props: { token: NewApiToken; onDone: () => void }) {
  const [copied, setCopied] = createSignal('')
  let field!: HTMLInputElement
  onMount(() => {
    field.focus()
    field.select()
  })
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.token.secret)
      setCopied('Copied.')
    } catch {
      field.select()
      setCopied('Copying was not allowed here; the token is selected, copy it with your keyboard.')
    }
  }
  const example = () => `curl -H "Authorization: Bearer ${props.token.secret}" ${location.origin}/api/auth/me`
  return (
    <section class="card token-secret" aria-labelledby="token-secret-heading">
      <h2 id="token-secret-heading">Copy your new token now</h2>
      <p>
        This is the only time Rungs shows the token “{props.token.name}”. Keep it like a password: Rungs stores only a
        fingerprint of it and cannot show it again.
      </p>
      <div class="field">
        <label for="token-secret">Token</label>
        <input id="token-secret" class="token-secret-value" type="text" readonly spellcheck={false} value={props.token.secret} ref={field} />
      </div>
      <div class="form-actions">
        <button type="button" class="button" onClick={copy}>
          Copy token
        </button>
        <p role="status" class="saved">
          {copied()}
        </p>
      </div>
      <p>Try it from a terminal:</p>
      <pre class="token-example" tabindex="0" aria-label="Example command">
        <code>{example()}</code>
      </pre>
      <button type="button" class="button button-primary" onClick={() => props.onDone()}>
        I have copied it
      </button>
    </section>
  )
}
