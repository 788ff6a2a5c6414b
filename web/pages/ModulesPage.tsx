// /modules: the catalogue of every module the reader may see, searchable by code or title and filtered by level,
// kind, review state and organisation, a page at a time; filters and page live in the address so the back
// button and shared links keep them. People who write modules or bridges start a new one here.
import { A, useSearchParams } from '@solidjs/router'
import { createResource, createSignal, For, Show } from 'solid-js'
import { LEVEL_LABELS, LEVELS, MODULE_KIND_LABELS, MODULE_KINDS, MODULE_STATUSES, type Level, type ModuleKind } from '../../shared/domain/vocabulary'
import { stateWords } from '../../shared/domain/workflow'
import { client, data } from '../api'
import { FilterBar, FilterSelect } from '../components/analysis/AnalysisFilters'
import { LevelBadge, ModuleKindBadge } from '../components/Badges'
import { Loadable } from '../components/Loadable'
import { Pager } from '../components/Pager'
import { Title } from '../components/Title'
import { WorkflowBadge } from '../components/workflow/WorkflowBadge'
import { formatLoad } from '../lib/format'
import { can } from '../lib/session'

const PAGE_SIZE = 25

type Params = { q?: string; level?: string; kind?: string; status?: string; organisation?: string; offset?: string }

export default function ModulesPage() {
  const [params, setParams] = useSearchParams<Params>()
  const [organisations] = createResource(() => data(client.organisations.$get()))
  const organisationName = (id: number | null) => organisations()?.items.find((o) => o.id === id)?.name
  const query = () => ({
    q: params.q || undefined,
    level: (params.level || undefined) as Level | undefined,
    kind: (params.kind || undefined) as ModuleKind | undefined,
    status: (params.status || undefined) as (typeof MODULE_STATUSES)[number] | undefined,
    organisationId: params.organisation || undefined,
    offset: params.offset || '0',
    limit: String(PAGE_SIZE),
  })
  const [modules] = createResource(query, (q) => data(client.modules.$get({ query: q })))
  const filter = (name: keyof Params) => (value: string) => setParams({ [name]: value || undefined, offset: undefined })
  const [words, setWords] = createSignal(params.q ?? '')
  return (
    <>
      <Title>Modules</Title>
      <h1>Modules</h1>
      <p class="lede">Every module of the partnership: the short pieces of curriculum that pathways are built from.</p>
      <Show when={can('module:write') || can('bridge:write')}>
        <p class="page-actions">
          <A href="/modules/new" class="button">
            New module
          </A>
          <Show when={can('bridge:write')}>
            <A href="/bridges/new" class="button">
              New bridge
            </A>
          </Show>
        </p>
      </Show>
      <form class="search-form" role="search" aria-label="Modules" onSubmit={(e) => (e.preventDefault(), filter('q')(words().trim()))}>
        <label for="modules-search">Code or title</label>
        <input id="modules-search" type="search" value={words()} onInput={(e) => setWords(e.currentTarget.value)} />
        <button type="submit" class="button">
          Search
        </button>
      </form>
      <FilterBar label="Filter the modules">
        <FilterSelect id="modules-level" label="Level" all="All levels" value={params.level ?? ''} onChange={filter('level')}
          options={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))} />
        <FilterSelect id="modules-kind" label="Kind" all="All kinds" value={params.kind ?? ''} onChange={filter('kind')}
          options={MODULE_KINDS.map((k) => ({ value: k, label: MODULE_KIND_LABELS[k] }))} />
        <FilterSelect id="modules-status" label="Review state" all="Any state" value={params.status ?? ''} onChange={filter('status')}
          options={MODULE_STATUSES.map((s) => ({ value: s, label: stateWords(s, null) }))} />
        <FilterSelect id="modules-organisation" label="Organisation" all="All organisations" value={params.organisation ?? ''}
          onChange={filter('organisation')} options={(organisations()?.items ?? []).map((o) => ({ value: String(o.id), label: o.name }))} />
      </FilterBar>
      <Loadable resource={modules} what="the modules">
        {(page) => (
          <Show when={page.items.length} fallback={<p class="empty">No module matches these filters.</p>}>
            <ul class="card-list module-catalogue">
              <For each={page.items}>
                {(module) => (
                  <li class="card">
                    <h2 class="card-title">
                      <A href={`/modules/${module.id}`}>
                        <span class="code module-code">{module.code}</span> {module.title}
                      </A>
                    </h2>
                    <p class="badges">
                      <LevelBadge level={module.level} />
                      <ModuleKindBadge kind={module.kind} />
                      <WorkflowBadge state={module.status} approvedVersion={module.approvedVersion} />
                    </p>
                    <Show when={organisationName(module.organisationId) ?? formatLoad(module)}>
                      <p class="muted">{[organisationName(module.organisationId), formatLoad(module)].filter(Boolean).join(' · ')}</p>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Loadable>
      <Show when={modules.latest}>
        {(page) => (
          <Pager offset={page().offset} limit={page().limit} total={page().total} noun="module"
            onPage={(offset) => setParams({ offset: offset ? String(offset) : undefined })} />
        )}
      </Show>
    </>
  )
}
