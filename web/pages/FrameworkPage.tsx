// /frameworks/:id: one skill standard, its facts and its searchable tree of competencies.
import { A, useParams } from '@solidjs/router'
import { createResource, Show } from 'solid-js'
import { FRAMEWORK_KIND_LABELS } from '../../shared/domain/vocabulary'
import { client, data, type CompetencyNode } from '../api'
import { Loadable } from '../components/Loadable'
import { Title } from '../components/Title'
import { TreeBrowser } from '../components/TreeBrowser'

export default function FrameworkPage() {
  const params = useParams<{ id: string }>()
  const [tree] = createResource(
    () => params.id,
    (id) => data(client.frameworks[':id'].tree.$get({ param: { id } })),
  )
  return (
    <>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <A href="/frameworks">Frameworks</A>
          </li>
        </ol>
      </nav>
      <Loadable resource={tree} what="this framework">
        {({ framework, competencies }) => (
          <>
            <Title>{framework.title}</Title>
            <h1>{framework.title}</h1>
            <p class="badges">
              <span class="badge badge-kind">{FRAMEWORK_KIND_LABELS[framework.kind]}</span>
            </p>
            <Show when={framework.description}>{(text) => <p class="lede">{text()}</p>}</Show>
            <dl class="facts">
              <dt>Publisher</dt>
              <dd>{framework.publisher ?? 'Not recorded'}</dd>
              <Show when={framework.version}>
                <dt>Version</dt>
                <dd>{framework.version}</dd>
              </Show>
              <Show when={framework.license}>
                <dt>Licence</dt>
                <dd>{framework.license}</dd>
              </Show>
              <Show when={framework.source}>
                {(source) => (
                  <>
                    <dt>Source</dt>
                    <dd>
                      <Show when={/^https?:\/\//.test(source())} fallback={source()}>
                        <a href={source()}>{source()}</a>
                      </Show>
                    </dd>
                  </>
                )}
              </Show>
              <dt>Competencies</dt>
              <dd>{framework.competencyCount}</dd>
            </dl>
            <p class="framework-downloads">
              <a class="button" href={`/api/exports/frameworks/${framework.id}/case`} download="">
                Download CASE package (JSON)
              </a>
              <a class="button" href={`/api/exports/frameworks/${framework.id}/xlsx`} download="">
                Download workbook (XLSX)
              </a>
            </p>
            <h2>Competencies</h2>
            <TreeBrowser roots={competencies as CompetencyNode[]} label={framework.title} />
          </>
        )}
      </Loadable>
    </>
  )
}
