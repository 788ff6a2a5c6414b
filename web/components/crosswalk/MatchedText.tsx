// A statement with the words a proposal matched on (and their other forms and synonyms) marked up with <mark>.
import { For, Show } from 'solid-js'
import { highlight } from '../../../shared/domain/suggestions/highlight'

export function MatchedText(props: { text: string; matched: readonly string[] }) {
  return (
    <For each={highlight(props.text, props.matched)}>
      {(segment) => (
        <Show when={segment.match} fallback={segment.text}>
          <mark>{segment.text}</mark>
        </Show>
      )}
    </For>
  )
}
