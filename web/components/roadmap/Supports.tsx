// The road map's supports and funding: what partners offer on the whole pathway, at each stage and for single
// modules, each with its provider and how to reach them; then the money that can pay for each module.
import { For, Show } from 'solid-js'
import { FUNDING_SOURCE_LABELS, SUPPORT_KIND_LABELS } from '../../../shared/domain/vocabulary'
import type { RoadMap } from '../../api'

// A support as the road map and a module's page show it.
export type Support = Pick<RoadMap['supports'][number], 'kind' | 'description' | 'organisationName' | 'contactName' | 'contactEmail' | 'contactPhone' | 'contactNotes'>
type Module = { id: number; code: string; title: string }

function SupportItem(props: { support: Support }) {
  const s = () => props.support
  return (
    <li class="support-item">
      <p>
        <strong>{SUPPORT_KIND_LABELS[s().kind]}</strong>
        <Show when={s().organisationName}>{(name) => <span class="muted"> · {name()}</span>}</Show>
      </p>
      <p>{s().description}</p>
      <Show when={s().contactName || s().contactEmail || s().contactPhone}>
        <p class="support-contact">
          Contact: <Show when={s().contactName}>{(name) => <span>{name()}</span>}</Show>
          <Show when={s().contactEmail}>
            {(email) => (
              <>
                {' '}
                <a href={`mailto:${email()}`}>{email()}</a>
              </>
            )}
          </Show>
          <Show when={s().contactPhone}>
            {(phone) => (
              <>
                {' '}
                <a href={`tel:${phone().replace(/[^0-9+]/g, '')}`}>{phone()}</a>
              </>
            )}
          </Show>
        </p>
      </Show>
      <Show when={s().contactNotes}>{(notes) => <p class="muted">{notes()}</p>}</Show>
    </li>
  )
}

// Supports with their provider and how to reach them.
export function SupportList(props: { supports: readonly Support[] }) {
  return (
    <ul class="plain-list support-list">
      <For each={props.supports}>{(support) => <SupportItem support={support} />}</For>
    </ul>
  )
}

// Supports grouped by where they apply, then funding by module.
export function Supports(props: { pathway: Pick<RoadMap, 'supports' | 'moduleSupports' | 'funding'>; modules: ReadonlyMap<number, Module> }) {
  const whole = () => props.pathway.supports.filter((s) => s.stage === null)
  const stages = () => [...new Set(props.pathway.supports.flatMap((s) => (s.stage === null ? [] : [s.stage])))].sort((a, b) => a - b)
  const moduleIds = () => [...new Set(props.pathway.moduleSupports.map((s) => s.moduleId))]
  const fundedIds = () => [...new Set(props.pathway.funding.map((f) => f.moduleId))]
  const name = (id: number) => {
    const m = props.modules.get(id)
    return m ? `${m.code} ${m.title}` : 'A module'
  }
  return (
    <>
      <Show
        when={props.pathway.supports.length || props.pathway.moduleSupports.length}
        fallback={<p class="empty">No supports recorded for this pathway yet.</p>}
      >
        <div class="support-groups">
          <Show when={whole().length}>
            <section aria-labelledby="supports-whole-heading">
              <h3 id="supports-whole-heading">For the whole pathway</h3>
              <SupportList supports={whole()} />
            </section>
          </Show>
          <For each={stages()}>
            {(stage) => (
              <section aria-labelledby={`supports-stage-${stage}-heading`}>
                <h3 id={`supports-stage-${stage}-heading`}>At stage {stage}</h3>
                <SupportList supports={props.pathway.supports.filter((s) => s.stage === stage)} />
              </section>
            )}
          </For>
          <For each={moduleIds()}>
            {(id) => (
              <section aria-labelledby={`supports-module-${id}-heading`}>
                <h3 id={`supports-module-${id}-heading`}>In {name(id)}</h3>
                <SupportList supports={props.pathway.moduleSupports.filter((s) => s.moduleId === id)} />
              </section>
            )}
          </For>
        </div>
      </Show>
      <h3>Funding</h3>
      <Show when={fundedIds().length} fallback={<p class="empty">No funding sources recorded for these modules yet.</p>}>
        <dl class="funding-list">
          <For each={fundedIds()}>
            {(id) => (
              <>
                <dt>{name(id)}</dt>
                <For each={props.pathway.funding.filter((f) => f.moduleId === id)}>
                  {(f) => (
                    <dd>
                      {FUNDING_SOURCE_LABELS[f.source]}
                      <Show when={f.notes}>{(notes) => <span class="muted">: {notes()}</span>}</Show>
                    </dd>
                  )}
                </For>
              </>
            )}
          </For>
        </dl>
      </Show>
    </>
  )
}
