// "Comments (2)": a target's comments folded away until opened (one per finding on the findings page). The panel
// loads when first opened; members only.
import { createSignal, Show } from 'solid-js'
import type { CommentTarget } from '../../../shared/schemas/comment'
import { user } from '../../lib/session'
import { CommentsPanel } from './CommentsPanel'

type Props = { target: CommentTarget; count: number | undefined; heading: string; initiallyOpen?: boolean }

export function CommentsDisclosure(props: Props) {
  const [open, setOpen] = createSignal(props.initiallyOpen ?? false)
  const [count, setCount] = createSignal<number | undefined>()
  const shown = () => count() ?? props.count
  return (
    <Show when={user()}>
      <details class="comments-disclosure" open={open()} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>Comments{shown() === undefined ? '' : ` (${shown()})`}</summary>
        <Show when={open()}>
          <CommentsPanel target={props.target} heading={props.heading} level={3} onCount={setCount} />
        </Show>
      </details>
    </Show>
  )
}
