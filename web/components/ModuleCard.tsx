// One module on the road map: code, title, level, kind, review state in words (partners' view), load, entry level, entry/exit markers, credentials,
// and a link to the findings that involve it when there are any.
import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import type { RoadMapModule } from '../api'
import { formatLoad, formatTimeCost } from '../lib/format'
import { ModuleFindingsBadge } from './analysis/ModuleFindingsBadge'
import type { ModuleFindings } from './analysis/module-findings'
import { LevelBadge, MarkerBadge, ModuleKindBadge } from './Badges'
import { WorkflowBadge } from './workflow/WorkflowBadge'

// `findings` is absent while the analysis loads, when it failed, and for a module no finding involves.
export function ModuleCard(props: { module: RoadMapModule; findings?: { summary: ModuleFindings; href: string } }) {
  return (
    <div class="card module-card" classList={{ 'module-entry': props.module.isEntry, 'module-exit': props.module.isExit }}>
      <h5 class="module-card-title">
        <A href={`/modules/${props.module.id}`}>
          <span class="code module-code">{props.module.code}</span> {props.module.title}
        </A>
      </h5>
      <p class="badges">
        <Show when={props.module.isEntry}>
          <MarkerBadge>Entry point</MarkerBadge>
        </Show>
        <Show when={props.module.isExit}>
          <MarkerBadge>Exit point</MarkerBadge>
        </Show>
        <LevelBadge level={props.module.level} />
        <ModuleKindBadge kind={props.module.kind} />
        <Show when={props.module.status !== 'approved'}>
          <WorkflowBadge state={props.module.status} approvedVersion={props.module.approvedVersion} />
        </Show>
      </p>
      <Show when={props.findings}>
        {(findings) => (
          <p class="module-findings">
            <ModuleFindingsBadge findings={findings().summary} moduleCode={props.module.code} href={findings().href} />
          </p>
        )}
      </Show>
      <Show when={formatLoad(props.module)}>{(load) => <p class="module-load">{load()}</p>}</Show>
      <Show when={formatTimeCost(props.module)}>{(timeCost) => <p class="module-load">{timeCost()}</p>}</Show>
      <Show when={props.module.entryLevel}>{(level) => <p class="module-entry-level">Entry level: {level()}</p>}</Show>
      <Show when={props.module.credentials.length}>
        <div class="module-credentials">
          <span class="muted">Leads to: </span>
          <ul class="inline-list">
            <For each={props.module.credentials}>{(credential) => <li>{credential.title}</li>}</For>
          </ul>
        </div>
      </Show>
    </div>
  )
}
