// A pathway's road map: levels as bands crossed with stages as columns. The DOM runs stage by stage
// (stage heading, then a heading and a list per level), so it reads in ladder order and stacks by stage when narrow.
import { For, Show } from 'solid-js'
import { LEVEL_LABELS, type Level } from '../../shared/domain/vocabulary'
import type { RoadMapStage } from '../api'
import { plural } from '../lib/format'
import type { ModuleFindings } from './analysis/module-findings'
import { ModuleCard } from './ModuleCard'

// The pathway's findings by module, with the address of one module's findings; absent until they are loaded.
export type RoadMapFindings = { byModule: ReadonlyMap<number, ModuleFindings>; href: (moduleId: number) => string }

// Bands from the usual way in for adults up to apprenticeship.
const BAND_ORDER: readonly Level[] = ['adult', 'secondary', 'postsecondary', 'apprenticeship']

export function RoadMap(props: { stages: readonly RoadMapStage[]; findings?: RoadMapFindings }) {
  const findingsOf = (moduleId: number) => {
    const summary = props.findings?.byModule.get(moduleId)
    return summary && props.findings ? { summary, href: props.findings.href(moduleId) } : undefined
  }
  const levels = () => BAND_ORDER.filter((level) => props.stages.some((s) => s.modules.some((m) => m.level === level)))
  const row = (level: Level) => levels().indexOf(level) + 2
  return (
    <div class="roadmap-scroll">
      <div class="roadmap" style={{ '--stages': String(props.stages.length) }}>
        <For each={levels()}>
          {(level) => (
            <div class={`roadmap-band-label band-${level}`} style={{ 'grid-row': String(row(level)) }} aria-hidden="true">
              {LEVEL_LABELS[level]}
            </div>
          )}
        </For>
        <For each={props.stages}>
          {(stage, index) => (
            <>
              <h3 class="roadmap-stage" style={{ 'grid-column': String(index() + 2) }}>
                Stage {stage.stage}
                <span class="roadmap-stage-count"> · {plural(stage.modules.length, 'module')}</span>
              </h3>
              <For each={levels()}>
                {(level) => {
                  const modules = () => stage.modules.filter((m) => m.level === level)
                  const place = () => ({ 'grid-column': String(index() + 2), 'grid-row': String(row(level)) })
                  return (
                    <Show
                      when={modules().length}
                      fallback={<div class={`roadmap-cell roadmap-empty band-${level}`} style={place()} aria-hidden="true" />}
                    >
                      <div class={`roadmap-cell band-${level}`} style={place()}>
                        <h4 class="roadmap-cell-level" aria-label={`${LEVEL_LABELS[level]}, stage ${stage.stage}`}>
                          {LEVEL_LABELS[level]}
                        </h4>
                        <ul class="roadmap-modules">
                          <For each={modules()}>
                            {(module) => (
                              <li>
                                <ModuleCard module={module} findings={findingsOf(module.id)} />
                              </li>
                            )}
                          </For>
                        </ul>
                      </div>
                    </Show>
                  )
                }}
              </For>
            </>
          )}
        </For>
      </div>
    </div>
  )
}
