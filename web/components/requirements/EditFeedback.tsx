// What the last requirement edit changed (announced politely) or why it failed (announced at once), scrolled into
// view when the panel is taller than the window.
import { createEffect, on, Show } from 'solid-js'
import type { EditState } from './edit-state'

export function EditFeedback(props: { state: EditState }) {
  let box!: HTMLDivElement
  createEffect(
    on([props.state.message, props.state.error], ([message, error]) => {
      // Scroll only the panel: scrolling the window would move the tree away from the selected item.
      const panel = box.closest<HTMLElement>('.requirement-panel')
      if (!panel || !(message || error)) return
      const hidden = box.getBoundingClientRect().bottom - panel.getBoundingClientRect().bottom
      if (hidden > 0) panel.scrollTop += hidden + 8
    }),
  )
  return (
    <div class="requirement-feedback" ref={box}>
      <p class="requirement-result" role="status">
        {props.state.message()}
      </p>
      <Show when={props.state.error()}>
        {(problem) => (
          <p class="error requirement-error" role="alert">
            {problem()}
          </p>
        )}
      </Show>
    </div>
  )
}
