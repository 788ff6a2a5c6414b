// /pathways/:slug/findings: the gap and duplication analysis of a pathway (DESIGN §3), grouped by kind, each
// finding linking to the modules and competencies to fix; filters refetch, downloads carry the same filters.
// Every filter lives in the address (?kind=…&severity=…&level=…&module=…&status=…), so a filtered view can be
// shared; ?module=<id> is where the road map's badges link. Each finding shows its next step and actions.
import { A, useParams, useSearchParams } from '@solidjs/router'
import type { InferResponseType } from 'hono/client'
import { createEffect, createResource, createSignal, For, onCleanup, Show } from 'solid-js'
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
import { formatWhen, plural } from '../lib/format'
import { competencyHref } from '../lib/links'
import { FindingActions } from '../components/analysis/FindingActions'
import { FINDING_STATUS_LABELS, FINDING_STATUSES } from '../../shared/schemas/finding-decision'
import '../styles/analysis.css'

type Findings = InferResponseType<(typeof client.pathways)[':slug']['findings']['$get'], 200>
type Finding = Findings['findings'][number]
type MatrixData = InferResponseType<(typeof client.pathways)[':slug']['matrix']['$get'], 200>
// Codes of the modules and competencies findings name, from the unfiltered matrix of the pathway.
type Names = { modules: Map<number, string>; competencies: Map<number, { code: string; frameworkId: number }> }

// Findings per page: a statewide pathway has tens of thousands.
const PAGE = 200

export default function FindingsPage() {
  const params = useParams<{ slug: string }>()
  const [search, setSearch] = useSearchParams<{ module?: string; comments?: string; kind?: string; severity?: string; level?: string; status?: string; assignee?: string }>()
  const moduleId = () => {
    const id = Number(search.module)
    return Number.isInteger(id) && id > 0 ? id : undefined
  }
  const kind = () => search.kind ?? ''
  const severity = () => search.severity ?? ''
  const level = () => search.level ?? ''
  const status = () => search.status ?? ''
  const set = (key: 'kind' | 'severity' | 'level' | 'status') => (value: string) => setSearch({ [key]: value || undefined }, { replace: true, scroll: false })
  const filters = () => ({ kind: kind(), severity: severity(), level: level(), status: status(), module: search.module ?? '', assignee: search.assignee ?? '' })
  // The server pages the findings: the first PAGE, and PAGE more each time the reader asks.
  const [shown, setShown] = createSignal(PAGE)
  const ask = (q: ReturnType<typeof filters> & { slug: string; limit: number }) =>
    data(
      client.pathways[':slug'].findings.$get({
        param: { slug: q.slug },
        query: {
          kind: q.kind || undefined, severity: q.severity || undefined, level: q.level || undefined, status: q.status || undefined,
          module: q.module || undefined, assignee: q.assignee || undefined, limit: String(q.limit),
        },
      }),
    )
  const [findings, { refetch, mutate }] = createResource(() => ({ slug: params.slug, ...filters(), limit: shown() }), ask)
  // While the server recomputes the analysis (the data changed), it answers with the last result marked
  // `updating`: ask again quietly, after 1 s and then twice as long each time (up to 16 s), and show the new
  // result once it is in, without a "Loading" in between.
  createEffect(() => {
    if (!findings.latest?.updating) return
    const q = { slug: params.slug, ...filters(), limit: shown() }
    let delay = 1000
    let timer: ReturnType<typeof setTimeout>
    const poll = async () => {
      const next = await ask(q).catch(() => undefined)
      if (next && !next.updating) mutate(next)
      else timer = setTimeout(poll, (delay = Math.min(delay * 2, 16_000)))
    }
    timer = setTimeout(poll, delay)
    onCleanup(() => clearTimeout(timer))
  })
  const [matrix] = createResource(
    () => params.slug,
    (slug) => data(client.pathways[':slug'].matrix.$get({ param: { slug }, query: {} })),
  )
  // A matrix too big to send (422) only leaves findings naming rows by id.
  const names = (): Names => namesOf(matrix.error ? undefined : matrix.latest)
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
        <FilterSelect id="filter-kind" label="Kind" all="All kinds" value={kind()} onChange={set('kind')}
          options={FINDING_KINDS.map((k) => ({ value: k, label: FINDING_KIND_LABELS[k] }))} />
        <FilterSelect id="filter-severity" label="Severity" all="All severities" value={severity()} onChange={set('severity')}
          options={SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] }))} />
        <FilterSelect id="filter-level" label="Level" all="All levels" value={level()} onChange={set('level')}
          options={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }))} />
        <FilterSelect id="filter-status" label="Status" all="Open and assigned" value={status()} onChange={set('status')}
          options={FINDING_STATUSES.map((s) => ({ value: s, label: FINDING_STATUS_LABELS[s] }))} />
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
      <Show when={findings.latest?.updating}>
        <p class="status" role="status">
          {findings.latest?.generatedAt
            ? 'Updating… The pathway changed since these findings were analysed; the new findings will show here when they are ready.'
            : 'Updating… This pathway is being analysed; its findings will show here when they are ready.'}
        </p>
      </Show>
      <Loadable resource={findings} what="the findings">
        {(loaded) => {
          // Loadable hands over the value once; what the poll puts in its place (mutate) is read from `latest`.
          const report = () => findings.latest ?? loaded
          // Before the first result (generatedAt null) there is nothing to count: the status above says why.
          return (
            <Show when={report().generatedAt !== null}>
              <FindingsView report={report()} slug={params.slug} names={names()} moduleId={moduleId()} openComments={search.comments} onChanged={() => void refetch()} />
              <Show when={report().total > report().findings.length}>
                <button type="button" onClick={() => setShown(shown() + PAGE)}>
                  Show {Math.min(PAGE, report().total - report().findings.length)} more findings
                </button>
              </Show>
            </Show>
          )
        }}
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
function FindingsView(props: { report: Findings; slug: string; names: Names; moduleId?: number; openComments?: string; onChanged: () => void }) {
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
          {plural(findings().length, 'finding')} shown of {plural(props.report.total, 'matching finding')}, of {plural(totalOf(props.report.totals.bySeverity), 'finding')} in
          the pathway: {props.report.byStatus.open} open, {props.report.byStatus.assigned} assigned, {props.report.byStatus.accepted} accepted
          as intended.
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
                  {(f) => (
                    <FindingItem finding={f} slug={props.slug} comments={comments.target(f)} commentCount={comments.count(f)}
                      openComments={props.openComments} onChanged={props.onChanged} />
                  )}
                </For>
              </ul>
            </section>
          )}
        </For>
      </Show>
      <Show when={props.report.generatedAt}>{(at) => <p class="muted">Analysed {formatWhen(at())}.</p>}</Show>
    </>
  )
}

const totalOf = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)

function SeverityBadge(props: { severity: Severity }) {
  return <span class={`badge badge-severity-${props.severity}`}>{SEVERITY_LABELS[props.severity]}</span>
}

function FindingItem(props: { finding: Finding; slug: string; comments: CommentTarget; commentCount?: number; openComments?: string; onChanged: () => void }) {
  const modules = () => props.finding.rows.modules ?? []
  const competencies = () => props.finding.rows.competencies ?? []
  return (
    <li>
      <SeverityBadge severity={props.finding.severity} /> {props.finding.message}
      <Show when={modules().length || competencies().length}>
        <p class="finding-refs">
          <Show when={modules().length}>
            Modules:{' '}
            <For each={modules()}>
              {(m, i) => (
                <>
                  {i() > 0 ? ', ' : ''}
                  <A href={`/modules/${m.id}`} title={m.title}>{m.code}</A>
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
                  <A href={competencyHref(c.frameworkId, c.id)} title={c.title}>{c.code}</A>
                </>
              )}
            </For>
          </Show>
        </p>
      </Show>
      <FindingActions slug={props.slug} target={props.comments} finding={props.finding} onChanged={props.onChanged} />
      <CommentsDisclosure target={props.comments} count={props.commentCount} heading="Comments on this finding"
        initiallyOpen={props.openComments !== undefined && props.openComments === props.finding.fingerprint} />
    </li>
  )
}
