// Displays stored Tiptap JSON through a read-only editor built from the one shared extension list.
import { Editor, type Content } from '@tiptap/core'
import { createSignal, on, onCleanup, onMount, createEffect, Show } from 'solid-js'
import { extensions } from '../../shared/editor/extensions'

export function RichText(props: { content: unknown }) {
  let host!: HTMLDivElement
  const [failed, setFailed] = createSignal(false)
  onMount(() => {
    let editor: Editor
    try {
      editor = new Editor({
        element: host,
        extensions,
        content: props.content as Content,
        editable: false,
        // Read-only text is not a text box: role "none" leaves its paragraphs and lists to speak for themselves.
        editorProps: { attributes: { role: 'none', translate: 'yes' } },
      })
    } catch {
      setFailed(true)
      return
    }
    createEffect(on(() => props.content, (content) => editor.commands.setContent(content as Content), { defer: true }))
    onCleanup(() => editor.destroy())
  })
  return (
    <>
      <div class="rich-text" ref={host} />
      <Show when={failed()}>
        <p class="muted">This text could not be displayed.</p>
      </Show>
    </>
  )
}
