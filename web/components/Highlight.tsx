// Text with the runs that match a search marked up with <mark>.
import { For, Show } from 'solid-js'
import { highlightSegments } from '../lib/tree-search'

export function Highlight(props: { text: string; words: readonly string[] }) {
  return (
    <For each={highlightSegments(props.text, props.words)}>
      {(segment) => (
        <Show when={segment.match} fallback={segment.text}>
          <mark>{segment.text}</mark>
        </Show>
      )}
    </For>
  )
}
