// The partners' view of a pathway (people signed in): each module's findings, status and the edit controls, the
// review workflow, the curriculum workbook and the comments. A chunk of its own, so the public road map's first
// load carries none of it (nor the rich-text editor the comments bring).
import { A } from '@solidjs/router'
import { createMemo, createSignal, For, lazy, Show, type Resource } from 'solid-js'
import { FRAMEWORK_KIND_LABELS } from '../../../shared/domain/vocabulary'
import type { RoadMap as RoadMapData } from '../../api'
import { FindingsSummary } from '../../components/analysis/FindingsSummary'
import { findingsByModule, findingsHref } from '../../components/analysis/module-findings'
import { ArticulationTable } from '../../components/ArticulationTable'
import { CommentsPanel } from '../../components/comments/CommentsPanel'
import { CredentialLadder } from '../../components/CredentialLadder'
import { CtdlPublish } from '../../components/ctdl/CtdlPublish'
import { ProposedPlacements } from '../../components/roadmap/ProposedPlacements'
import { CurriculumImport } from '../../components/import/CurriculumImport'
import { RoadMap, type RoadMapFindings } from '../../components/RoadMap'
import { ExitJobs } from '../../components/roadmap/ExitJobs'
import { RoadMapList } from '../../components/roadmap/RoadMapList'
import { RoadMapPicture } from '../../components/roadmap/RoadMapPicture'
import { ShareBar } from '../../components/roadmap/ShareBar'
import { RouteCost } from '../../components/roadmap/RouteCost'
import { Supports } from '../../components/roadmap/Supports'
import { Title } from '../../components/Title'
import { PathwayReview } from '../../components/workflow/PathwayReview'
import { plural } from '../../lib/format'
import { can, mayEdit } from '../../lib/session'
import type { FindingsReport } from '../PathwayPage'
import '../../styles/analysis.css'
import '../../styles/supports.css'

// Learner outcomes load after the road map, in a chunk of their own: the road map never waits for them.
const PathwayOutcomes = lazy(() => import('./PathwayOutcomes'))

export default function PartnerView(props: { pathway: RoadMapData; findings: Resource<FindingsReport>; onChange: () => void }) {
  // Read only once loaded: a pending resource would suspend the page and an errored one would throw.
  const report = () => (props.findings.state === 'ready' || props.findings.state === 'refreshing' ? props.findings.latest : undefined)
  const roadMapFindings = createMemo((): RoadMapFindings | undefined => {
    const loaded = report()
    const slug = props.pathway.slug
    return loaded && { byModule: findingsByModule(loaded.findings), href: (moduleId) => findingsHref(slug, moduleId) }
  })
  const [listOpen, setListOpen] = createSignal(false)
  const moduleCount = () => props.pathway.stages.reduce((n, stage) => n + stage.modules.length, 0)
  const placedModules = createMemo(() => new Map(props.pathway.stages.flatMap((s) => s.modules.map((m) => [m.id, m] as const))))
  const moduleCodes = () => new Map(props.pathway.stages.flatMap((s) => s.modules.map((m) => [m.id, m.code] as const)))
  return (
    <>
      <Title>{props.pathway.title}</Title>
      <h1>{props.pathway.title}</h1>
      <ShareBar id={props.pathway.id} slug={props.pathway.slug} title={props.pathway.title} view="partner" signedIn />
      <p class="badges">
        <span class="badge badge-kind">Sector: {props.pathway.sector}</span>
        <span class="badge">{plural(moduleCount(), 'module')}</span>
        <span class="badge">{plural(props.pathway.stages.length, 'stage')}</span>
      </p>
      <Show when={mayEdit('pathway:write', props.pathway.organisationId)}>
        <A href={`/pathways/${props.pathway.slug}/edit`} class="button">Edit pathway</A>{' '}
        <A href={`/pathways/${props.pathway.slug}/validation`} class="button">Employer validation</A>{' '}
        <A href={props.pathway.organisationId ? `/wages?organisation=${props.pathway.organisationId}` : '/wages'} class="button">Local wages</A>
      </Show>{' '}
      <a href={`/api/exports/pathways/${props.pathway.slug}/curriculum.xlsx`} class="button" download="">
        Download curriculum workbook
      </a>{' '}
      <a href={`/api/exports/pathways/${props.pathway.slug}/outcomes.xlsx`} class="button" download="">
        Download outcomes template
      </a>{' '}
      <a href={`/api/pathways/${props.pathway.slug}/package`} class="button" download="">
        Download package
      </a>{' '}
      <a href={`/api/pathways/${props.pathway.slug}/ctdl`} class="button" download="">
        Download CTDL (Credential Engine)
      </a>{' '}
      <A href={`/pathways/${props.pathway.slug}/findings`} class="button">Findings</A>{' '}
      <A href={`/pathways/${props.pathway.slug}/matrix`} class="button">Crosswalk matrix</A>
      <Show when={props.pathway.description}>{(text) => <p class="lede">{text()}</p>}</Show>
      <PathwayReview id={props.pathway.id} slug={props.pathway.slug} title={props.pathway.title} version={props.pathway.version} />
      <Show when={mayEdit('pathway:write', props.pathway.organisationId)}>
        <ProposedPlacements slug={props.pathway.slug} onDecided={props.onChange} />
      </Show>

      <section aria-labelledby="roadmap-heading">
        <h2 id="roadmap-heading">Road map</h2>
        <p class="muted">
          Modules grouped by stage, the order in which a person climbs, and within a stage by education level. Entry
          points are where a person can start; exit points lead to a job.
        </p>
        <FindingsSummary
          href={findingsHref(props.pathway.slug)}
          bySeverity={report()?.counts.bySeverity}
          loading={props.findings.loading}
          failed={Boolean(props.findings.error)}
        />
        <Show when={props.pathway.stages.length} fallback={<p class="empty">No modules have been placed in this pathway yet.</p>}>
          <RoadMapPicture roadMap={props.pathway} listId="ladder-list-details" />
          <RoadMap stages={props.pathway.stages} findings={roadMapFindings()} />
          <details class="ladder-list-details" id="ladder-list-details" onToggle={(e) => setListOpen(e.currentTarget.open)}>
            <summary>The ladder, stage by stage, as a list</summary>
            {/* Drawn once opened: the cards above already list every module, and the page stays light. */}
            <Show when={listOpen()}>
              <RoadMapList roadMap={props.pathway} id="ladder-list" />
            </Show>
          </details>
        </Show>
        <Show when={can('module:write') || can('bridge:write')}>
          <p>
            <A href="/modules/new" class="button">
              New module
            </A>
          </p>
        </Show>
        <Show when={can('bridge:write') && props.pathway.stages[0]}>
          {(entry) => (
            <p>
              <A href={`/bridges/new?pathway=${props.pathway.slug}&stage=${entry().stage}`} class="button">
                Build a bridge for stage {entry().stage}
              </A>
            </p>
          )}
        </Show>
      </section>

      <PathwayOutcomes pathway={props.pathway} />

      <ExitJobs pathway={props.pathway} />

      <section aria-labelledby="ladder-heading">
        <h2 id="ladder-heading">Credentials ladder</h2>
        <CredentialLadder credentials={props.pathway.credentials} moduleCodes={moduleCodes()} />
      </section>

      <section aria-labelledby="route-costs-heading">
        <h2 id="route-costs-heading">Time and cost to each credential</h2>
        <p class="muted">
          From each entry point, along the shortest route of prerequisites and stacking (fewest weeks, then lowest cost),
          taking one module after another. Costs are what a student pays before financial aid.
        </p>
        <RouteCost credentials={props.pathway.credentials} modules={placedModules()} />
      </section>

      <section aria-labelledby="supports-heading">
        <h2 id="supports-heading">Supports and funding</h2>
        <Supports pathway={props.pathway} modules={placedModules()} />
      </section>

      <section aria-labelledby="articulations-heading">
        <h2 id="articulations-heading">Articulation agreements</h2>
        <Show
          when={props.pathway.articulations.length}
          fallback={<p class="empty">No articulation agreements among this pathway's modules.</p>}
        >
          <ArticulationTable articulations={props.pathway.articulations} caption="Articulation agreements of the pathway" />
        </Show>
      </section>

      <div class="two-columns">
        <section aria-labelledby="frameworks-heading">
          <h2 id="frameworks-heading">Frameworks it is held against</h2>
          <Show when={props.pathway.frameworks.length} fallback={<p class="empty">No frameworks chosen yet.</p>}>
            <ul>
              <For each={props.pathway.frameworks}>
                {(framework) => (
                  <li>
                    <A href={`/frameworks/${framework.id}`}>{framework.title}</A>{' '}
                    <span class="muted">
                      ({FRAMEWORK_KIND_LABELS[framework.kind]}, {plural(framework.competencyCount, 'competency', 'competencies')})
                    </span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </section>
        <section aria-labelledby="occupations-heading">
          <h2 id="occupations-heading">Target occupations</h2>
          <Show when={props.pathway.occupations.length} fallback={<p class="empty">No target occupations recorded.</p>}>
            <ul>
              <For each={props.pathway.occupations}>
                {(occupation) => (
                  <li>
                    {occupation.title} <span class="muted">(SOC {occupation.socCode})</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </section>
      </div>
      <Show when={mayEdit('pathway:write', props.pathway.organisationId)}>
        <CurriculumImport slug={props.pathway.slug} onApplied={props.onChange} />
        <CtdlPublish slug={props.pathway.slug} />
      </Show>
      <CommentsPanel target={{ kind: 'pathway', id: props.pathway.id }} heading="Comments" />
    </>
  )
}
