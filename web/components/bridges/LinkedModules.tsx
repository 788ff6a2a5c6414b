// A module page's section listing the modules a bridge prepares for, or the bridges into a module.
import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import type { ModuleDetail } from '../../api'
import { LevelBadge, ModuleKindBadge } from '../Badges'
import { WorkflowBadge } from '../workflow/WorkflowBadge'

type Props = {
  id: string
  heading: string
  modules: ModuleDetail['targets']
  // Said when the list is empty.
  empty: string
}

// The section with its heading and list.
export function LinkedModules(props: Props) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.heading}</h2>
      <Show when={props.modules.length} fallback={<p class="empty">{props.empty}</p>}>
        <ul>
          <For each={props.modules}>
            {(module) => (
              <li>
                <A href={`/modules/${module.id}`}>
                  <span class="code">{module.code}</span> {module.title}
                </A>{' '}
                <LevelBadge level={module.level} /> <ModuleKindBadge kind={module.kind} />
                <Show when={module.status !== 'approved'}>
                  {' '}
                  <WorkflowBadge state={module.status} approvedVersion={module.approvedVersion} />
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}
