// /modules/:id: one module with its description, outcomes, alignments, prerequisites, credentials and articulations.
import { A, useParams } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { client, data, type ModuleDetail } from '../api'
import { AlignmentTable } from '../components/AlignmentTable'
import { ArticulationTable } from '../components/ArticulationTable'
import { LevelBadge, ModuleKindBadge } from '../components/Badges'
import { Loadable } from '../components/Loadable'
import { OutcomeList } from '../components/OutcomeList'
import { RichText } from '../components/RichText'
import { Title } from '../components/Title'
import { formatLoad } from '../lib/format'

export default function ModulePage() {
  const params = useParams<{ id: string }>()
  const [module] = createResource(
    () => params.id,
    (id) => data(client.modules[':id'].$get({ param: { id } })),
  )
  return (
    <Loadable resource={module} what="this module">
      {(m) => <ModuleView module={m} />}
    </Loadable>
  )
}

function ModuleView(props: { module: ModuleDetail }) {
  const m = () => props.module
  return (
    <>
      <Show when={m().pathways[0]}>
        {(pathway) => (
          <nav class="breadcrumbs" aria-label="Breadcrumb">
            <ol>
              <li>
                <A href="/">Pathways</A>
              </li>
              <li>
                <A href={`/pathways/${pathway().slug}`}>{pathway().title}</A>
              </li>
            </ol>
          </nav>
        )}
      </Show>
      <Title>{`${m().code} ${m().title}`}</Title>
      <h1>
        <span class="code module-code">{m().code}</span> {m().title}
      </h1>
      <p class="badges">
        <LevelBadge level={m().level} />
        <ModuleKindBadge kind={m().kind} />
        <span class="badge capitalize">Status: {m().status}</span>
      </p>
      <dl class="facts">
        <dt>Load</dt>
        <dd>{formatLoad(m()) ?? 'Not recorded'}</dd>
        <dt>Entry level</dt>
        <dd>{m().entryLevel ?? 'None required'}</dd>
        <dt>Version</dt>
        <dd>{m().version}</dd>
      </dl>

      <h2>Description</h2>
      <RichText content={m().description} />

      <h2>Learning outcomes</h2>
      <Show when={m().outcomes.length} fallback={<p class="empty">No outcomes written yet.</p>}>
        <OutcomeList outcomes={m().outcomes} />
      </Show>

      <h2>Alignments of the whole module</h2>
      <Show when={m().alignments.length} fallback={<p class="empty">No module-level alignments; see the outcomes above.</p>}>
        <AlignmentTable alignments={m().alignments} caption={`Competencies ${m().code} aligns to as a whole`} />
      </Show>

      <div class="two-columns">
        <section aria-labelledby="prerequisites-heading">
          <h2 id="prerequisites-heading">Prerequisites</h2>
          <Show when={m().prerequisites.length} fallback={<p class="empty">None.</p>}>
            <ul>
              <For each={m().prerequisites}>
                {(pre) => (
                  <li>
                    <A href={`/modules/${pre.id}`}>
                      <span class="code">{pre.code}</span> {pre.title}
                    </A>{' '}
                    <LevelBadge level={pre.level} />
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </section>
        <section aria-labelledby="credentials-heading">
          <h2 id="credentials-heading">Credentials</h2>
          <Show when={m().credentials.length} fallback={<p class="empty">This module leads to no credential.</p>}>
            <ul>
              <For each={m().credentials}>
                {(credential) => (
                  <li>
                    {credential.title} <span class="muted capitalize">({credential.kind})</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </section>
        <section aria-labelledby="pathways-heading">
          <h2 id="pathways-heading">In pathways</h2>
          <Show when={m().pathways.length} fallback={<p class="empty">Not placed in any pathway.</p>}>
            <ul>
              <For each={m().pathways}>
                {(pathway) => (
                  <li>
                    <A href={`/pathways/${pathway.slug}`}>{pathway.title}</A> <span class="muted">(stage {pathway.stage})</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </section>
      </div>

      <h2>Articulations</h2>
      <Show
        when={m().articulationsInto.length + m().articulationsOutOf.length}
        fallback={<p class="empty">No articulation agreements involve this module.</p>}
      >
        <ArticulationTable
          articulations={[...m().articulationsInto, ...m().articulationsOutOf]}
          caption={`Articulation agreements into and out of ${m().code}`}
        />
      </Show>
    </>
  )
}
