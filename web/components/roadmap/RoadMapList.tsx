// The road map in words, stage by stage: each module with its level, where one can enter or leave for a job, what
// it needs first, what it opens, the credentials it earns and the credit it carries. The picture's equivalent for
// screen readers, the phone's main view, and the body of the printed road map (laid out as columns in print).
import { A } from '@solidjs/router'
import { createMemo, For, Show, type JSX } from 'solid-js'
import { LEVEL_LABELS } from '../../../shared/domain/vocabulary'
import type { RoadMap, RoadMapModule } from '../../api'
import { formatLoad } from '../../lib/format'
import { moduleLinks, stageColumns } from '../../lib/road-map-input'

type Props = {
  roadMap: RoadMap
  id: string
  // What the partners' view adds to a module (its status, its findings); nothing in the public view.
  extra?: (module: RoadMapModule) => JSX.Element
}

const codes = (items: { code: string }[]) => items.map((i) => i.code).join(', ')
const money = (n: number, digits: number) => `$${n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`

type Job = RoadMapModule['occupations'][number]
// "Machinists (SOC 51-4041): median $27.12 an hour, $56,400 a year": a blank or suppressed figure is "not published".
function jobText(job: Job): string {
  const hourly = job.wage?.hourlyMedian
  const annual = job.wage?.annualMedian
  const wage =
    hourly == null && annual == null
      ? 'median wage not published'
      : `median ${hourly == null ? 'not published' : `${money(hourly, 2)} an hour`}, ${annual == null ? 'not published' : `${money(annual, 0)} a year`}`
  return `${job.title} (SOC ${job.socCode}): ${wage}${job.atFamilyWage ? ', a family-sustaining wage' : ''}`
}

// The most columns of cards the printed page holds legibly (styles/roadmap-print.css).
const PRINT_COLUMNS = 6

export function RoadMapList(props: Props) {
  const links = createMemo(() => moduleLinks(props.roadMap))
  const spans = createMemo(() => stageColumns(props.roadMap.stages.map((s) => s.modules.length), PRINT_COLUMNS))
  const columns = () => String(spans().reduce((a, b) => a + b, 0))
  return (
    <section
      class="ladder-list"
      aria-labelledby={`${props.id}-heading`}
      id={props.id}
      style={{ '--stages': String(props.roadMap.stages.length), '--columns': columns() }}
    >
      <h3 id={`${props.id}-heading`}>The ladder, stage by stage</h3>
      <ol class="ladder-stages">
        <For each={props.roadMap.stages}>
          {(stage, i) => (
            <li class="ladder-stage" style={{ '--span': String(spans()[i()] ?? 1) }}>
              <h4>Stage {stage.stage}</h4>
              <ul class="ladder-modules">
                <For each={stage.modules}>
                  {(module) => {
                    const link = () => links()(module.id)
                    return (
                      <li class={`ladder-module band-${module.level}`}>
                        <p class="ladder-module-name">
                          <A href={`/modules/${module.id}`}>
                            <span class="code">{module.code}</span> {module.title}
                          </A>
                        </p>
                        <p class="ladder-module-facts">
                          {LEVEL_LABELS[module.level]}
                          <Show when={formatLoad(module)}>{(load) => <> · {load()}</>}</Show>
                          <Show when={module.entryLevel}>{(level) => <> · entry level {level()}</>}</Show>
                          <Show when={module.isEntry}>
                            {' · '}
                            <strong class="marker-entry">Entry point</strong>
                          </Show>
                          <Show when={module.isExit}>
                            {' · '}
                            <strong class="marker-exit">Exit point to a job</strong>
                          </Show>
                        </p>
                        <Show when={module.occupations.length}>
                          <div class="ladder-jobs">
                            <span>Jobs at this exit:</span>
                            <ul>
                              <For each={module.occupations}>{(job) => <li>{jobText(job)}</li>}</For>
                            </ul>
                          </div>
                        </Show>
                        <Show when={link().needs.length}>
                          <p>Take first: {codes(link().needs)}</p>
                        </Show>
                        <Show when={module.credentials.length}>
                          <p class="ladder-earns">
                            Earns: <span class="ladder-credentials">{module.credentials.map((c) => c.title).join('; ')}</span>
                          </p>
                        </Show>
                        <Show when={link().opens.length}>
                          <p class="ladder-opens">Leads to: {codes(link().opens)}</p>
                        </Show>
                        <Show when={link().creditToward.length}>
                          <p class="ladder-credit">Credit toward: {codes(link().creditToward)}</p>
                        </Show>
                        {props.extra?.(module)}
                      </li>
                    )
                  }}
                </For>
              </ul>
            </li>
          )}
        </For>
      </ol>
    </section>
  )
}
