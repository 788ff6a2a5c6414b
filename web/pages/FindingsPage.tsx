// /pathways/:slug/findings: the gap and duplication analysis of a pathway (DESIGN §3), grouped by kind, each
// finding linking to the modules and competencies to fix; filters refetch, downloads carry the same filters.
// ?module=<id> (the road map's badges link there) keeps the findings that involve that module, on this page only.
import { A, useParams, useSearchParams } from '@solidjs/router'
import type { InferResponseType } from 'hono/client'
import { createResource, createSignal, For, Show } from 'solid-js'
import { FINDING_KIND_LABELS, SEVERITY_LABELS } from '../../shared/domain/analysis/labels'
import { FINDING_KINDS, SEVERITIES, type FindingKind, type Severity } from '../../shared/domain/analysis/types'
import { LEVEL_LABELS, LEVELS } from '../../shared/domain/vocabulary'
import { client, data } from '../api'
import { Downloads, FilterBar, FilterSelect } from '../components/analysis/AnalysisFilters'
import { countFindings } from '../../shared/domain/analysis/counts'
import { findingsHref, involvesModule } from '../components/analysis/module-findings'
import { Loadable } from '../components/Loadable'
import { CommentsDisclosure } from '../components/comments/CommentsDisclosure'
import { findingComments } from '../components/comments/finding-comments'
import type { CommentTarget } from '../../shared/schemas/comment'
import { Title } from '../components/Title'
import { plural } from '../lib/format'
import '../styles/analysis.css'

type Findings = InferResponseType<(typeof client.pathways)[':slug']['findings']['$get'], 200>
type Finding = Findings['findings'][number]
type MatrixData = InferResponseType<(typeof client.pathways)[':slug']['matrix']['$get'], 200>
// Codes of the modules and competencies findings name, from the unfiltered matrix of the pathway.
type Names = { modules: Map<number, string>; competencies: Map<number, { code: string; frameworkId: number }> }

export default function FindingsPage() {
  const params = useParams<{ slug: string }>()
  const [search, setSearch] = useSearchParams<{ module?: string; comments?: string }>()
  const moduleId = () => {
    const id = Number(search.module)
    return Number.isInteger(id) && id > 0 ? id : undefined
  }
  const [kind, setKind] = createSignal('')
  const [severity, setSeverity] = createSignal('')
  const [level, setLevel] = createSignal('')
  const filters = () => ({ kind: kind(), severity: severity(), level: level() })
  const [findings] = createResource(
    () => ({ slug: params.slug, ...filters() }),
    (q) =>
      data(
        client.pathways[':slug'].findings.$get({
          param: { slug: q.slug },
          query: { kind: q.kind || undefined, severity: q.severity || undefined, level: q.level || undefined },
        }),
      ),
  )
  const [matrix] = createResource(
    () => params.slug,
    (slug) => data(client.pathways[':slug'].matrix.$get({ param: { slug }, query: {} })),
  )
  const names = (): Names => namesOf(matrix.latest)
  const modules = () => (matrix.state === 'ready' ? matrix().modules : undefined)
  return (
    <>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <A href="/">Pathways</A>
          </li>
          <li>
            <A href={`/pathways/${params.slug}`}>{findings.latest?.pathway.title ?? 'Pathway'}</A>
          </li>
        </ol>
      </nav>
      <Title>{`Findings · ${findings.latest?.pathway.title ?? params.slug}`}</Title>
      <h1>Findings{findings.latest ? `: ${findings.latest.pathway.title}` : ''}</h1>
      <p class="lede">
        Gaps and duplications in this pathway across secondary, adult and postsecondary levels. Each finding names the
        modules or competencies to fix. See also the <A href={`/pathways/${params.slug}/matrix`}>crosswalk matrix</A>.
      </p>
      <FilterBar label="Filter findings">
        <FilterSelect id="filter-kind" label="Kind" all="All kinds" value={kind()} onChange={setKind}
          options={FINDING_KINDS.map((k) => ({ value: k, label: FINDING_KIND_LABELS[k] }))} />
        <FilterSelect id="filter-severity" label="Severity" all="All severities" value={severity()} onChange={setSeverity}
          options={SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] }))} />
        <FilterSelect id="filter-level" label="Level" all="All levels" value={level()} onChange={setLevel}
          options={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))} />
        <Show when={modules()}>
          {(list) => (
            <FilterSelect id="filter-module" label="Module" all="All modules" value={search.module ?? ''}
              onChange={(value) => setSearch({ module: value || undefined })}
              options={list().map((m) => ({ value: String(m.id), label: `${m.code} ${m.title}` }))} />
          )}
        </Show>
      </FilterBar>
      <Show when={moduleId()}>
        {(id) => (
          <p class="module-filter-note">
            Showing only the findings that involve {names().modules.get(id()) ?? `module ${id()}`}.{' '}
            <A href={findingsHref(params.slug)}>Show the findings of every module</A>
          </p>
        )}
      </Show>
      {/* The export has no module filter, so the downloads hold every module's findings. */}
      <Downloads slug={params.slug} what="findings" filters={filters()} />
      <Loadable resource={findings} what="the findings">
        {(report) => <FindingsView report={report} names={names()} moduleId={moduleId()} openComments={search.comments} />}
      </Loadable>
    </>
  )
}

function namesOf(matrix: MatrixData | undefined): Names {
  return {
    modules: new Map((matrix?.modules ?? []).map((m) => [m.id, m.code])),
    competencies: new Map((matrix?.rows ?? []).map((r) => [r.id, { code: r.code, frameworkId: r.frameworkId }])),
  }
}

// `moduleId` narrows the report to the findings that involve that module, recounting them.
function FindingsView(props: { report: Findings; names: Names; moduleId?: number; openComments?: string }) {
  const comments = findingComments(() => props.report)
  const findings = () => {
    const id = props.moduleId
    return id === undefined ? props.report.findings : props.report.findings.filter((f) => involvesModule(f, id))
  }
  const counts = () => (props.moduleId === undefined ? props.report.counts : countFindings(findings()))
  const kinds = () => FINDING_KINDS.filter((k) => counts().byKind[k] > 0)
  const ofKind = (kind: FindingKind) => findings().filter((f) => f.kind === kind)
  return (
    <>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">Summary</h2>
        <p>
          {plural(findings().length, 'finding')} shown of {plural(totalOf(props.report.totals.bySeverity), 'finding')} in
          the pathway.
        </p>
        <ul class="finding-counts" aria-label="Findings by severity">
          <For each={SEVERITIES}>
            {(s) => (
              <li>
                <SeverityBadge severity={s} />: {counts().bySeverity[s]}
              </li>
            )}
          </For>
        </ul>
        <ul class="finding-counts" aria-label="Findings by kind">
          <For each={FINDING_KINDS}>
            {(k) => (
              <li class="badge">
                {FINDING_KIND_LABELS[k]}: {counts().byKind[k]}
              </li>
            )}
          </For>
        </ul>
      </section>
      <Show when={kinds().length} fallback={<p class="empty">No findings match these filters.</p>}>
        <For each={kinds()}>
          {(kind) => (
            <section aria-labelledby={`kind-${kind}`}>
              <h2 id={`kind-${kind}`}>
                {FINDING_KIND_LABELS[kind]} ({counts().byKind[kind]})
              </h2>
              <ul class="finding-list">
                <For each={ofKind(kind)}>
                  {(f) => <FindingItem finding={f} names={props.names} comments={comments.target(f)} commentCount={comments.count(f)} openComments={props.openComments} />}
                </For>
              </ul>
            </section>
          )}
        </For>
      </Show>
      <p class="muted">Analysed {new Date(props.report.generatedAt).toLocaleString()}.</p>
    </>
  )
}

const totalOf = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)

function SeverityBadge(props: { severity: Severity }) {
  return <span class={`badge badge-severity-${props.severity}`}>{SEVERITY_LABELS[props.severity]}</span>
}

function FindingItem(props: { finding: Finding; names: Names; comments: CommentTarget; commentCount?: number; openComments?: string }) {
  const modules = () => props.finding.refs.moduleIds ?? []
  const competencies = () => (props.finding.refs.competencyIds ?? []).flatMap((id) => {
    const c = props.names.competencies.get(id)
    return c ? [{ id, ...c }] : []
  })
  return (
    <li>
      <SeverityBadge severity={props.finding.severity} /> {props.finding.message}
      <Show when={modules().length || competencies().length}>
        <p class="finding-refs">
          <Show when={modules().length}>
            Modules:{' '}
            <For each={modules()}>
              {(id, i) => (
                <>
                  {i() > 0 ? ', ' : ''}
                  <A href={`/modules/${id}`}>{props.names.modules.get(id) ?? `Module ${id}`}</A>
                </>
              )}
            </For>
            {competencies().length ? '. ' : ''}
          </Show>
          <Show when={competencies().length}>
            Competencies:{' '}
            <For each={competencies()}>
              {(c, i) => (
                <>
                  {i() > 0 ? ', ' : ''}
                  <A href={`/frameworks/${c.frameworkId}`}>{c.code}</A>
                </>
              )}
            </For>
          </Show>
        </p>
      </Show>
      <CommentsDisclosure target={props.comments} count={props.commentCount} heading="Comments on this finding"
        initiallyOpen={props.openComments !== undefined && props.openComments === props.finding.fingerprint} />
    </li>
  )
}
