// From each stage of the ladder to the next: of the stage's completers, how many went on. Drawn as one bar per
// transition, the completers' length with the share that went on filled in, and the same in a table.
import { For, Show } from 'solid-js'
import type { TransitionFlow } from '../../../shared/domain/outcomes/stages'
import { countText, percent } from './figures'
import { OutcomeTable } from './OutcomeTable'

// Wide enough for the longest value, "100% of at least 12,345", after the bar.
const [LABEL_WIDTH, BAR_WIDTH, ROW_HEIGHT, WIDTH] = [86, 118, 28, 380]

const completersText = (t: TransitionFlow) => countText(t.completed, false, 0, t.partial)
const continuedText = (t: TransitionFlow) => countText(t.continued, false, 0, t.partial)
const shareText = (t: TransitionFlow) => (t.share === null ? 'not known' : percent(t.share))

function sentence(t: TransitionFlow): string {
  const left = t.partial ? ' (modules with hidden figures left out)' : ''
  return t.share === null
    ? `Stage ${t.fromStage} to stage ${t.toStage}: no completers with a known next step${left}`
    : `Stage ${t.fromStage} to stage ${t.toStage}: ${continuedText(t)} of ${completersText(t)} completers went on (${shareText(t)})${left}`
}

export function TransitionFlows(props: { transitions: TransitionFlow[]; termName: string }) {
  return (
    <figure class="outcome-flow outcome-transitions">
      <svg
        viewBox={`0 0 ${WIDTH} ${props.transitions.length * ROW_HEIGHT}`}
        role="img"
        aria-label={`From stage to stage, ${props.termName}: ${props.transitions.map(sentence).join('; ')}.`}
      >
        <For each={props.transitions}>
          {(t, index) => {
            const y = () => index() * ROW_HEIGHT
            return (
              <g class="flow-step">
                <text x={LABEL_WIDTH - 8} y={y() + ROW_HEIGHT / 2} text-anchor="end" dominant-baseline="middle" class="flow-label">
                  Stage {t.fromStage} → {t.toStage}
                </text>
                <rect x={LABEL_WIDTH} y={y() + 5} width={BAR_WIDTH} height={ROW_HEIGHT - 10} rx="2" class="transition-completers" />
                <Show when={t.share}>
                  {(share) => <rect x={LABEL_WIDTH} y={y() + 5} width={BAR_WIDTH * share()} height={ROW_HEIGHT - 10} rx="2" class="flow-bar transition-continued" />}
                </Show>
                <text x={LABEL_WIDTH + BAR_WIDTH + 6} y={y() + ROW_HEIGHT / 2} dominant-baseline="middle" class="flow-value">
                  {t.share === null ? 'not known' : `${shareText(t)} of ${completersText(t)}`}
                </text>
              </g>
            )
          }}
        </For>
      </svg>
      <details class="outcome-table-details">
        <summary>Stage to stage as a table</summary>
        <OutcomeTable caption={`Completers of each stage who went on to the next, ${props.termName}`} columns={['From stage to stage', 'Completers', 'Went on', 'Share']}>
          <For each={props.transitions}>
            {(t) => (
              <tr>
                <th scope="row">
                  Stage {t.fromStage} to {t.toStage}
                </th>
                <td>{completersText(t)}</td>
                <td>{continuedText(t)}</td>
                <td>{shareText(t)}{t.partial ? ' (modules with hidden figures left out)' : ''}</td>
              </tr>
            )}
          </For>
        </OutcomeTable>
      </details>
    </figure>
  )
}
