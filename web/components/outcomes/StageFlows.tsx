// The ladder's stages summed from their modules' shown figures (shared/domain/outcomes/stages.ts): each stage's
// flow, and from each stage to the next how many completers went on.
import { For, Show } from 'solid-js'
import type { StageFlows as Flows } from '../../../shared/domain/outcomes/stages'
import { stageFlowSteps } from './figures'
import { FlowFunnel } from './FlowFunnel'
import { TransitionFlows } from './TransitionFlows'

export function StageFlows(props: { flows: Flows; termName: string; threshold: number }) {
  const partial = () => props.flows.stages.some((s) => s.partial) || props.flows.transitions.some((t) => t.partial)
  return (
    <Show when={props.flows.stages.length}>
      <section aria-labelledby="outcome-stages-heading" class="outcome-stages">
        <h3 id="outcome-stages-heading">Stage by stage</h3>
        <Show when={partial()}>
          <p class="muted">Sums leave hidden figures out: “at least” marks a sum that would be higher with them.</p>
        </Show>
        <Show when={props.flows.transitions.length}>
          <h4>From stage to stage</h4>
          <TransitionFlows transitions={props.flows.transitions} termName={props.termName} />
        </Show>
        <div class="outcome-cards">
          <For each={props.flows.stages}>
            {(stage) => (
              <article class="outcome-card" aria-labelledby={`outcome-stage-${stage.stage}`}>
                <h4 id={`outcome-stage-${stage.stage}`}>Stage {stage.stage}</h4>
                <FlowFunnel
                  subject={`Stage ${stage.stage}, ${props.termName}`}
                  caption={`Stage ${stage.stage}, ${props.termName}: its modules' learners from entry to credential, next stage and job`}
                  steps={stageFlowSteps(stage)}
                  threshold={props.threshold}
                />
              </article>
            )}
          </For>
        </div>
      </section>
    </Show>
  )
}
