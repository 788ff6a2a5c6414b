// /modules/:id: one module with its description, time, cost, schedule, funding and supports, outcomes, alignments,
// prerequisites, credentials and articulations, the bridges into it (or, for a bridge, what it prepares for and how
// well it covers that), and its history; for signed-in members, the findings that involve it with their next steps
// and actions.
import { A, useNavigate, useParams, useSearchParams } from '@solidjs/router'
import { createResource, For, Show, type Resource } from 'solid-js'
import type { WorkflowInput } from '../../shared/schemas/workflow'
import { ApiError, client, data, type BridgeCoverage, type ModuleDetail, type Revision, type RevisionComparison, type Workflow } from '../api'
import { AlignmentTable } from '../components/AlignmentTable'
import { commentCounts } from '../components/comments/comment-counts'
import { CommentsDisclosure } from '../components/comments/CommentsDisclosure'
import { CommentsPanel } from '../components/comments/CommentsPanel'
import { ArticulationTable } from '../components/ArticulationTable'
import { ModuleFindingsSection } from '../components/analysis/ModuleFindingsSection'
import { LevelBadge, ModuleKindBadge } from '../components/Badges'
import { loadCoverage } from '../components/bridges/bridges-api'
import { CoverageChecklist } from '../components/bridges/CoverageChecklist'
import { LinkedModules } from '../components/bridges/LinkedModules'
import { PlaceOnPathway } from '../components/bridges/PlaceOnPathway'
import { DeleteWithImpact } from '../components/impact/DeleteWithImpact'
import { UsedBySection } from '../components/impact/UsedBySection'
import { Loadable } from '../components/Loadable'
import { ModuleHistory } from '../components/ModuleHistory'
import { ModuleTerms } from '../components/ModuleTerms'
import { OutcomeList } from '../components/OutcomeList'
import { moduleSubject } from '../components/outcomes/outcome-subject'
import { OutcomeTerms } from '../components/outcomes/OutcomeTerms'
import { RichText } from '../components/RichText'
import { Title } from '../components/Title'
import { WorkflowBadge } from '../components/workflow/WorkflowBadge'
import { WorkflowPanel } from '../components/workflow/WorkflowPanel'
import { formatLoad } from '../lib/format'
import { can, mayEditModule, user } from '../lib/session'

type History = {
  revisions: Resource<Revision[]>
  compare: (from: number, to: number) => Promise<RevisionComparison>
  restore: (version: number) => Promise<number>
}

type Review = { workflow: Resource<Workflow>; act: (input: WorkflowInput) => Promise<void> }

export default function ModulePage() {
  const params = useParams<{ id: string }>()
  const getModule = (id: string) => data(client.modules[':id'].$get({ param: { id } }))
  const getRevisions = async (id: string) => (await data(client.modules[':id'].revisions.$get({ param: { id } }))).items
  const [module, { mutate: setModule }] = createResource(() => params.id, getModule)
  // The history loads once the module has; an unknown module is reported once, by the module itself.
  const [revisions, { mutate: setRevisions }] = createResource(() => (module.error ? undefined : module()?.id), (id) => getRevisions(String(id)))
  // A bridge's checklist loads once the module has, and again when a restore gives it another version.
  const [coverage] = createResource(
    () => (!module.error && module()?.targets.length ? { id: module()!.id, version: module()!.version } : undefined),
    ({ id }) => loadCoverage(id),
  )
  // Replacing the values in place (rather than refetching) keeps the page, and the reader's place on it, as it is.
  const reload = async (id: string) => {
    const [fresh, list] = await Promise.all([getModule(id), getRevisions(id)])
    setModule(fresh)
    setRevisions(list)
    return fresh
  }
  // The review status is for people signed in; anonymous readers see only what is approved, with no panel.
  const [workflow, { mutate: setWorkflow, refetch: refetchWorkflow }] = createResource(
    () => (user() && !module.error ? module()?.id : undefined),
    (id) => data(client.modules[':id'].workflow.$get({ param: { id: String(id) } })),
  )
  const review: Review = {
    workflow,
    act: async (input) => {
      const id = String(module()!.id)
      try {
        setWorkflow(await data(client.modules[':id'].workflow.$post({ param: { id }, json: input })))
      } catch (error) {
        // Refused because the state or version moved meanwhile: show the module's review as it now is.
        if (error instanceof ApiError && error.status === 409) void refetchWorkflow()
        throw error
      }
      await reload(id)
    },
  }
  const history: History = {
    revisions,
    compare: (from, to) =>
      data(client.modules[':id'].revisions.compare.$get({ param: { id: params.id }, query: { from: String(from), to: String(to) } })),
    restore: async (version) => {
      const { id, version: readAt } = module()!
      try {
        await data(
          client.modules[':id'].revisions[':version'].restore.$post({ param: { id: String(id), version: String(version) }, json: { version: readAt } }),
        )
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 409)) throw error
        // Someone saved in between: show the module as it now is, so the person can decide again.
        const fresh = await reload(String(id))
        throw new ApiError(409, error.code, `${error.message}. This page now shows version ${fresh.version}.`, error.details)
      }
      return (await reload(String(id))).version
    },
  }
  return (
    <Loadable resource={module} what="this module">
      {/* Read through the resource, not the callback's value, so that a restore updates the page in place. */}
      {() => <ModuleView module={module()!} history={history} coverage={coverage} review={review} />}
    </Loadable>
  )
}

function ModuleView(props: { module: ModuleDetail; history: History; coverage: Resource<BridgeCoverage>; review: Review }) {
  const m = () => props.module
  // An inbox link to an outcome's comment names the outcome (?outcome=<id>), whose comments then start open.
  const [search] = useSearchParams<{ outcome?: string }>()
  const navigate = useNavigate()
  const outcomeComments = commentCounts(() => m().outcomes.map((o) => ({ kind: 'outcome' as const, id: o.id })))
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
        <WorkflowBadge state={m().status} approvedVersion={m().approvedVersion} prefix="Status: " />
      </p>
      <Show when={mayEditModule(m())}>
        <A href={`/modules/${m().id}/edit`} class="button">Edit module</A>{' '}
        <DeleteWithImpact
          label="Delete module"
          what={m().code}
          change={{ kind: 'remove_module', moduleId: m().id }}
          remove={() => data(client.modules[':id'].$delete({ param: { id: String(m().id) } }))}
          onDeleted={() => navigate('/', { replace: true })}
        />{' '}
      </Show>
      <Show when={m().kind !== 'bridge' && can('bridge:write')}>
        <A href={`/bridges/new?target=${m().id}`} class="button">Build a bridge to this module</A>
      </Show>
      <dl class="facts">
        <dt>Load</dt>
        <dd>{formatLoad(m()) ?? 'Not recorded'}</dd>
        <dt>Entry level</dt>
        <dd>{m().entryLevel ?? 'None required'}</dd>
        <Show when={m().kind === 'integrated'}>
          <dt>Team-taught</dt>
          <dd>{m().teamTaughtShare == null ? 'Not recorded' : `${m().teamTaughtShare}% of the hours`}</dd>
        </Show>
        <dt>Version</dt>
        <dd>{m().version}</dd>
      </dl>

      <Show when={user() && !props.review.workflow.error && props.review.workflow()}>
        {(workflow) => <WorkflowPanel workflow={workflow()} name={m().code} version={m().version} onAct={props.review.act} />}
      </Show>

      <Show when={user()}>
        <ModuleFindingsSection moduleId={m().id} code={m().code} pathways={m().pathways} />
      </Show>

      <Show when={m().targets.length}>
        <Loadable resource={props.coverage} what="the coverage of this bridge">
          {(coverage) => <CoverageChecklist coverage={coverage} />}
        </Loadable>
      </Show>

      <Show when={m().kind !== 'occupational' && m().targets.length && mayEditModule(m())}>
        <PlaceOnPathway moduleId={m().id} code={m().code} />
      </Show>

      <h2>Description</h2>
      <RichText content={m().description} />

      <ModuleTerms module={m()} />

      <h2>Learning outcomes</h2>
      <Show when={m().outcomes.length} fallback={<p class="empty">No outcomes written yet.</p>}>
        <OutcomeList
          outcomes={m().outcomes}
          after={(outcome, index) => (
            <CommentsDisclosure target={{ kind: 'outcome', id: outcome.id }} count={outcomeComments({ kind: 'outcome', id: outcome.id })}
              heading={`Comments on outcome ${index + 1}`} initiallyOpen={search.outcome === String(outcome.id)} />
          )}
        />
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
        <Show when={m().kind !== 'occupational'}>
          <LinkedModules id="targets-heading" heading="Prepares learners for" modules={m().targets} empty="No target module recorded." />
        </Show>
        <Show when={m().kind !== 'bridge'}>
          <LinkedModules id="bridges-heading" heading="Bridges into this module" modules={m().bridges} empty="No bridge prepares learners for this module yet." />
        </Show>
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

      <Show when={mayEditModule(m())}>
        <OutcomeTerms subject={moduleSubject(m().id, m().code)} heading="Learner outcomes" />
      </Show>

      <UsedBySection kind="module" id={m().id} code={m().code} level={2} />

      <CommentsPanel target={{ kind: 'module', id: m().id }} heading="Comments" />

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <Loadable resource={props.history.revisions} what="the history of this module">
          {() => (
            <ModuleHistory
              code={m().code}
              currentVersion={m().version}
              revisions={props.history.revisions() ?? []}
              canRestore={mayEditModule(m())}
              showEditors={user() !== null}
              onCompare={props.history.compare}
              onRestore={props.history.restore}
            />
          )}
        </Loadable>
      </section>
    </>
  )
}
