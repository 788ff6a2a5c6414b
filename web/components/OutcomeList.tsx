// A module's learning outcomes in order, each rendered from its rich text with the competencies it aligns to.
import { For, Show, type JSX } from 'solid-js'
import type { ModuleDetail } from '../api'
import { DepthBadge } from './Badges'
import { RichText } from './RichText'

// `after` adds something below each outcome (its comments on the module page).
export function OutcomeList(props: { outcomes: ModuleDetail['outcomes']; after?: (outcome: ModuleDetail['outcomes'][number], index: number) => JSX.Element }) {
  return (
    <ol class="outcomes">
      <For each={props.outcomes}>
        {(outcome, index) => (
          <li class="outcome">
            <RichText content={outcome.content} />
            <Show when={outcome.alignments.length}>
              <div class="outcome-alignments">
                <span class="muted">Aligned to:</span>
                <ul>
                  <For each={outcome.alignments}>
                    {(alignment) => (
                      <li>
                        <span class="code">{alignment.competencyCode}</span> {alignment.competencyStatement}{' '}
                        <DepthBadge depth={alignment.depth} />{' '}
                        <span class="badge">{alignment.assessed ? 'Assessed' : 'Not assessed'}</span>
                      </li>
                    )}
                  </For>
                </ul>
              </div>
            </Show>
            {props.after?.(outcome, index())}
          </li>
        )}
      </For>
    </ol>
  )
}
