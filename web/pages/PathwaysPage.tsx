// /: every pathway with its sector, target occupations and module count, linking to its road map.
import { A } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { client, data } from '../api'
import { Loadable } from '../components/Loadable'
import { Title } from '../components/Title'
import { plural } from '../lib/format'
import { can } from '../lib/session'

export default function PathwaysPage() {
  const [pathways] = createResource(() => data(client.pathways.$get({ query: { limit: '500' } })))
  return (
    <>
      <Title>Pathways</Title>
      <h1>Career pathways</h1>
      <Show when={can('pathway:write')}>
        <A href="/pathways/new" class="button">
          New pathway
        </A>
      </Show>
      <p class="lede">
        Connected education and training that lets a person enter at any skill level and climb to better jobs, one
        credential at a time.
      </p>
      <Loadable resource={pathways} what="the pathways">
        {(page) => (
          <Show when={page.items.length} fallback={<p class="empty">No pathways have been built yet.</p>}>
            <ul class="card-list">
              <For each={page.items}>
                {(pathway) => (
                  <li class="card pathway-card">
                    <h2 class="card-title">
                      <A href={`/pathways/${pathway.slug}`}>{pathway.title}</A>
                    </h2>
                    <dl class="facts">
                      <dt>Sector</dt>
                      <dd>{pathway.sector}</dd>
                      <dt>Modules</dt>
                      <dd>{plural(pathway.moduleCount, 'module')}</dd>
                      <dt>Leads to</dt>
                      <dd>
                        <Show when={pathway.occupations.length} fallback="No target occupations recorded">
                          <ul class="plain-list">
                            <For each={pathway.occupations}>
                              {(occupation) => (
                                <li>
                                  {occupation.title} <span class="muted">(SOC {occupation.socCode})</span>
                                </li>
                              )}
                            </For>
                          </ul>
                        </Show>
                      </dd>
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
