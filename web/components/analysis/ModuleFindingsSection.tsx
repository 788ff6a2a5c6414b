// A module's page, for signed-in members: the findings of each pathway it is on that involve it, each with its
// next step and the actions that fix it (as on the findings page), and a link to all of the pathway's findings.
import { A } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { SEVERITY_LABELS } from '../../../shared/domain/analysis/labels'
import { client, data } from '../../api'
import { Loadable } from '../Loadable'
import { FindingActions } from './FindingActions'
import { findingsHref } from './module-findings'
import '../../styles/analysis.css'

type Props = { moduleId: number; code: string; pathways: readonly { slug: string; title: string }[] }

function PathwayFindings(props: { moduleId: number; slug: string; title: string; many: boolean }) {
  const [report, { refetch }] = createResource(
    () => ({ slug: props.slug, module: String(props.moduleId) }),
    ({ slug, module }) => data(client.pathways[':slug'].findings.$get({ param: { slug }, query: { module } })),
  )
  return (
    <Loadable resource={report} what={`the findings of ${props.title}`}>
      {(r) => (
        <>
          <Show when={props.many}>
            <h3>On {props.title}</h3>
          </Show>
          <Show when={r.findings.length} fallback={<p class="empty">No open findings on {props.title} involve this module.</p>}>
            <ul class="finding-list" aria-label={`Findings on ${props.title}`}>
              <For each={r.findings}>
                {(f) => (
                  <li>
                    <span class={`badge badge-severity-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span> {f.message}
                    <FindingActions slug={props.slug} target={{ kind: 'finding', id: r.pathway.id, fingerprint: f.fingerprint }} finding={f} onChanged={() => void refetch()} />
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <p>
            <A href={findingsHref(props.slug, props.moduleId)}>These findings on the findings page</A>
          </p>
        </>
      )}
    </Loadable>
  )
}

// The section; nothing for a module on no pathway.
export function ModuleFindingsSection(props: Props) {
  return (
    <Show when={props.pathways.length}>
      <section aria-labelledby="module-findings-heading">
        <h2 id="module-findings-heading">Findings involving {props.code}</h2>
        <For each={props.pathways}>{(p) => <PathwayFindings moduleId={props.moduleId} slug={p.slug} title={p.title} many={props.pathways.length > 1} />}</For>
      </section>
    </Show>
  )
}
