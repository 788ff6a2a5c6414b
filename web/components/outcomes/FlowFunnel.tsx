// A flow from entry to a job drawn as a funnel: one bar per step, its length the step's count against those who
// entered. A hidden count gets no bar (its length would be a guess), only its words. The table below says the
// same for screen readers and anyone who prefers figures.
import { For, Show } from 'solid-js'
import { countText, flowSentence, percent, rateText, type FlowStep } from './figures'
import { OutcomeTable } from './OutcomeTable'

const [LABEL_WIDTH, BAR_WIDTH, ROW_HEIGHT, WIDTH] = [78, 150, 24, 330]

export function FlowFunnel(props: { subject: string; caption: string; steps: FlowStep[]; threshold: number }) {
  const entered = () => props.steps[0]?.value ?? null
  const length = (step: FlowStep) => {
    const base = entered()
    return step.hidden || step.value === null || !base ? null : Math.min(BAR_WIDTH, (BAR_WIDTH * step.value) / base)
  }
  const valueText = (step: FlowStep) => {
    const count = countText(step.value, step.hidden, props.threshold, step.partial)
    return step.shareOf && step.share !== null && !step.hidden ? `${count} · ${percent(step.share)}` : count
  }
  return (
    <figure class="outcome-flow">
      <svg viewBox={`0 0 ${WIDTH} ${props.steps.length * ROW_HEIGHT}`} role="img" aria-label={flowSentence(props.subject, props.steps, props.threshold)}>
        <For each={props.steps}>
          {(step, index) => {
            const y = () => index() * ROW_HEIGHT
            return (
              <g class={`flow-step flow-${step.key}`} classList={{ 'flow-hidden': step.hidden, 'flow-unknown': !step.hidden && step.value === null }}>
                <text x={LABEL_WIDTH - 8} y={y() + ROW_HEIGHT / 2} text-anchor="end" dominant-baseline="middle" class="flow-label">
                  {step.short}
                </text>
                <Show
                  when={length(step)}
                  fallback={<line x1={LABEL_WIDTH} x2={LABEL_WIDTH + 24} y1={y() + ROW_HEIGHT / 2} y2={y() + ROW_HEIGHT / 2} class="flow-placeholder" />}
                >
                  {(width) => <rect x={LABEL_WIDTH} y={y() + 4} width={Math.max(width(), 1)} height={ROW_HEIGHT - 8} rx="2" class="flow-bar" />}
                </Show>
                <text x={LABEL_WIDTH + (length(step) ?? 24) + 6} y={y() + ROW_HEIGHT / 2} dominant-baseline="middle" class="flow-value">
                  {valueText(step)}
                </text>
              </g>
            )
          }}
        </For>
      </svg>
      <details class="outcome-table-details">
        <summary>Figures as a table</summary>
        <OutcomeTable caption={props.caption} columns={['Step', 'Learners', 'Share']}>
          <For each={props.steps}>
            {(step) => (
              <tr>
                <th scope="row">{step.label}</th>
                <td>{countText(step.value, step.hidden, props.threshold, step.partial)}</td>
                <td>{step.shareOf ? `${rateText(step.share, step.shareHidden)} ${step.share !== null ? step.shareOf : ''}`.trim() : ''}</td>
              </tr>
            )}
          </For>
        </OutcomeTable>
      </details>
    </figure>
  )
}
