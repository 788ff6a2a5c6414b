// The small form that sets, changes or removes the link on the selected text; only http(s) and mailto
// addresses are accepted, the same rule the server checks.
import type { Editor } from '@tiptap/core'
import { createSignal, onMount, Show } from 'solid-js'
import { isAllowedHref } from '../../shared/editor/extensions'

// A bare "example.org" becomes https://example.org; anything with a scheme is taken as written.
const normalise = (text: string) => {
  const href = text.trim()
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href === '' ? href : `https://${href}`
}

// The link form for one editor; closing it returns focus to the text.
export function LinkForm(props: { editor: Editor; id: string; onClose: () => void }) {
  let input!: HTMLInputElement
  const current = (props.editor.getAttributes('link').href as string | undefined) ?? ''
  const [href, setHref] = createSignal(current)
  const [error, setError] = createSignal<string | null>(null)
  onMount(() => input.focus())

  const close = () => {
    props.onClose()
    props.editor.commands.focus()
  }
  const apply = (event: SubmitEvent) => {
    event.preventDefault()
    const target = normalise(href())
    if (!isAllowedHref(target)) {
      setError('Use a web address (https://…) or an email link (mailto:…).')
      input.focus()
      return
    }
    props.editor.chain().focus().extendMarkRange('link').setLink({ href: target }).run()
    props.onClose()
  }
  const remove = () => {
    props.editor.chain().focus().extendMarkRange('link').unsetLink().run()
    props.onClose()
  }

  return (
    <form class="link-form" onSubmit={apply} onKeyDown={(event) => event.key === 'Escape' && (event.preventDefault(), close())}>
      <label for={props.id}>Link address</label>
      <input
        id={props.id}
        ref={input}
        type="text"
        inputmode="url"
        autocomplete="url"
        value={href()}
        aria-invalid={error() ? 'true' : undefined}
        aria-describedby={error() ? `${props.id}-error` : undefined}
        onInput={(event) => setHref(event.currentTarget.value)}
      />
      <button type="submit" class="button">
        Apply link
      </button>
      <Show when={current}>
        <button type="button" class="button" onClick={remove}>
          Remove link
        </button>
      </Show>
      <button type="button" class="button" onClick={close}>
        Cancel
      </button>
      <Show when={error()}>
        {(message) => (
          <p class="field-error" id={`${props.id}-error`} role="alert">
            {message()}
          </p>
        )}
      </Show>
    </form>
  )
}
