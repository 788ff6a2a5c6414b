// /frameworks: every skill standard with its kind, publisher and number of competencies.
import { A } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { FRAMEWORK_KIND_LABELS } from '../../shared/domain/vocabulary'
import { client, data } from '../api'
import { Loadable } from '../components/Loadable'
import { Title } from '../components/Title'

export default function FrameworksPage() {
  const [frameworks] = createResource(() => data(client.frameworks.$get({ query: { limit: '500' } })))
  return (
    <>
      <Title>Frameworks</Title>
      <h1>Frameworks</h1>
      <p class="lede">
        The skill standards that pathways are held against, each a tree of competencies. <A href="/crosswalks">Crosswalk two frameworks</A>: find which
        items of one match items of another.
      </p>
      <Loadable resource={frameworks} what="the frameworks">
        {(page) => (
          <Show when={page.items.length} fallback={<p class="empty">No frameworks have been imported yet.</p>}>
            <ul class="card-list">
              <For each={page.items}>
                {(framework) => (
                  <li class="card">
                    <h2 class="card-title">
                      <A href={`/frameworks/${framework.id}`}>{framework.title}</A>
                    </h2>
                    <p class="badges">
                      <span class="badge badge-kind">{FRAMEWORK_KIND_LABELS[framework.kind]}</span>
                    </p>
                    <dl class="facts">
                      <dt>Publisher</dt>
                      <dd>{framework.publisher ?? 'Not recorded'}</dd>
                      <Show when={framework.version}>
                        <dt>Version</dt>
                        <dd>{framework.version}</dd>
                      </Show>
                      <dt>Competencies</dt>
                      <dd>{framework.competencyCount}</dd>
                    </dl>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Loadable>
    </>
  )
}
