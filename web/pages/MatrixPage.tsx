// /pathways/:slug/matrix: the crosswalk matrix of a pathway, competencies (as a tree) against its modules in
// ladder order, each cell the depth a module reaches as a letter, a colour and a word for screen readers.
// ?area= and ?module= narrow it to one area or one module; a matrix too big to show is refused by the server in
// words that say how to narrow it.
import { Term } from '../components/glossary/Term'
import { A, useParams, useSearchParams } from '@solidjs/router'
import type { InferResponseType } from 'hono/client'
import { createResource, createSignal, For, Show } from 'solid-js'
import { DEPTH_LABELS, LEVEL_LABELS, LEVELS, type Depth, type Level } from '../../shared/domain/vocabulary'
import { client, data } from '../api'
import { Downloads, FilterBar, FilterSelect } from '../components/analysis/AnalysisFilters'
import { CompetencyCode } from '../components/CompetencyCode'
import { Loadable } from '../components/Loadable'
import { Title } from '../components/Title'
import { plural } from '../lib/format'
import '../styles/analysis.css'

type MatrixData = InferResponseType<(typeof client.pathways)[':slug']['matrix']['$get'], 200>
type Row = MatrixData['rows'][number]

export default function MatrixPage() {
  const params = useParams<{ slug: string }>()
  const [search] = useSearchParams<{ area?: string; module?: string }>()
  const [level, setLevel] = createSignal('')
  const [frameworkId, setFrameworkId] = createSignal('')
  const filters = () => ({ level: level(), frameworkId: frameworkId(), area: search.area ?? '', module: search.module ?? '' })
  const [matrix] = createResource(
    () => ({ slug: params.slug, ...filters() }),
    (q) =>
      data(
        client.pathways[':slug'].matrix.$get({
          param: { slug: q.slug },
          query: { level: q.level || undefined, frameworkId: q.frameworkId || undefined, area: q.area || undefined, module: q.module || undefined },
        }),
      ),
  )
  // The last matrix shown; none while the server refuses one (reading `latest` would throw its error).
  const shown = () => (matrix.error ? undefined : matrix.latest)
  const title = () => shown()?.pathway.title
  return (
    <>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <A href="/">Pathways</A>
          </li>
          <li>
            <A href={`/pathways/${params.slug}`}>{title() ?? 'Pathway'}</A>
          </li>
        </ol>
      </nav>
      <Title>{`Crosswalk matrix · ${title() ?? params.slug}`}</Title>
      <h1>Crosswalk matrix{title() ? `: ${title()}` : ''}</h1>
      <p class="lede">
        Each competency against each module in ladder order: <Term id="depth">I introduced, R reinforced, M mastered</Term>. See also the{' '}
        <A href={`/pathways/${params.slug}/findings`}>findings</A>.
      </p>
      <FilterBar label="Filter the matrix">
        <FilterSelect id="filter-level" label="Level" all="All levels" value={level()} onChange={setLevel}
          options={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))} />
        <FilterSelect id="filter-framework" label="Framework" all="All frameworks" value={frameworkId()} onChange={setFrameworkId}
          options={(shown()?.frameworks ?? []).map((f) => ({ value: String(f.id), label: f.title }))} />
      </FilterBar>
      <Downloads slug={params.slug} what="matrix" filters={filters()} />
      <Loadable resource={matrix} what="the crosswalk matrix">
        {(m) => <MatrixView matrix={m} />}
      </Loadable>
    </>
  )
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100))

function MatrixView(props: { matrix: MatrixData }) {
  return (
    <>
      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">Coverage by level</h2>
        <ul>
          <For each={props.matrix.levels}>
            {(l) => (
              <li>
                {LEVEL_LABELS[l.level as Level]}: {plural(l.modules, 'module')} cover {l.covered} and master {l.mastered} of{' '}
                {plural(l.leaves, 'competency', 'competencies')} ({percent(l.covered, l.leaves)}% covered)
              </li>
            )}
          </For>
        </ul>
      </section>
      <h2>Matrix</h2>
      <Show when={props.matrix.rows.length && props.matrix.modules.length} fallback={<p class="empty">Nothing to show for these filters.</p>}>
        <div class="matrix-wrap" tabindex="0" role="region" aria-label="Crosswalk matrix, scrollable">
          <table class="matrix">
            <caption>
              {plural(props.matrix.rows.length, 'competency', 'competencies')} against {plural(props.matrix.modules.length, 'module')}, by
              stage
            </caption>
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <For each={props.matrix.modules}>
                  {(m) => (
                    <th scope="col" title={m.title}>
                      <A href={`/modules/${m.id}`}>{m.code}</A>
                      <br />
                      <span class="muted">{LEVEL_LABELS[m.level as Level]}</span>
                    </th>
                  )}
                </For>
                <th scope="col">Coverage</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.matrix.rows}>{(row) => <MatrixRow row={row} modules={props.matrix.modules} />}</For>
            </tbody>
          </table>
        </div>
      </Show>
    </>
  )
}

function MatrixRow(props: { row: Row; modules: MatrixData['modules'] }) {
  const cells = () => props.row.cells as Record<string, Depth | undefined>
  const c = () => props.row.coverage
  return (
    <tr>
      <th scope="row" class={props.row.leaf ? undefined : 'area'} style={{ 'padding-left': `${0.5 + props.row.indent * 1.25}rem` }}>
        <strong>
          <CompetencyCode competency={props.row} />
        </strong>{' '}
        {props.row.statement}
      </th>
      <For each={props.modules}>
        {(m) => {
          const depth = () => cells()[String(m.id)]
          return (
            <td class={depth() ? `cell cell-${depth()}` : 'cell'}>
              <Show when={depth()} fallback={<span class="visually-hidden">Not aligned</span>}>
                {(d) => (
                  <>
                    <span aria-hidden="true">{d()}</span>
                    <span class="visually-hidden">{DEPTH_LABELS[d()]}</span>
                  </>
                )}
              </Show>
            </td>
          )
        }}
      </For>
      <td class="coverage">
        {props.row.leaf
          ? c().highest
            ? `${DEPTH_LABELS[c().highest as Depth]} in ${plural(c().modules, 'module')}`
            : 'Not covered'
          : `${c().covered} of ${c().leaves} covered, ${c().mastered} mastered`}
      </td>
    </tr>
  )
}
