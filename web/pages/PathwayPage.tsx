// /pathways/:slug: a pathway's road map, in two views. The partners' view (people signed in) keeps each module's
// findings, status and the edit controls; the public view (anonymous readers, and ?view=student for people signed
// in) is what the server sends the public: approved modules only, no findings, nothing to edit, laid out for print.
// The findings load beside the pathway in the partners' view; the road map never waits for them. The partners'
// view is a chunk of its own (pathway/PartnerView.tsx), loaded only for people who see it; so is the picture.
import { Term } from '../components/glossary/Term'
import { A, useParams, useSearchParams } from '@solidjs/router'
import { createEffect, createResource, lazy, Show } from 'solid-js'
import { client, data, type RoadMap as RoadMapData } from '../api'
import { ArticulationTable } from '../components/ArticulationTable'
import { CredentialLadder } from '../components/CredentialLadder'
import { Loadable } from '../components/Loadable'
import { ExitJobs } from '../components/roadmap/ExitJobs'
import { Handout } from '../components/roadmap/Handout'
import { PublicHeader } from '../components/roadmap/PublicHeader'
import { RoadMapList } from '../components/roadmap/RoadMapList'
import { ShareBar } from '../components/roadmap/ShareBar'
import { RouteCost } from '../components/roadmap/RouteCost'
import { Supports } from '../components/roadmap/Supports'
import '../styles/supports.css'
import { Title } from '../components/Title'
import { user } from '../lib/session'
import '../styles/roadmap-picture.css'
import '../styles/roadmap-print.css'

const PartnerView = lazy(() => import('./pathway/PartnerView'))
// The picture's layout engine (dagre) is most of the page's code: it follows the first render, while the list
// below says the same in words (and print shows the list only).
const RoadMapPicture = lazy(() => import('../components/roadmap/RoadMapPicture').then((m) => ({ default: m.RoadMapPicture })))

const loadFindings = (slug: string) => data(client.pathways[':slug'].findings.$get({ param: { slug }, query: {} }))
export type FindingsReport = Awaited<ReturnType<typeof loadFindings>>

export default function PathwayPage() {
  const params = useParams<{ slug: string }>()
  const [search] = useSearchParams<{ view?: string }>()
  // The session is part of the key: signing in or out reloads the view the server gives.
  const [pathway, { refetch }] = createResource(
    () => JSON.stringify([params.slug, search.view === 'student', user()?.id ?? null]),
    (key) => {
      const [slug, student] = JSON.parse(key) as [string, boolean]
      return data(client.pathways[':slug'].$get({ param: { slug }, query: student ? { view: 'public' } : {} }))
    },
  )
  // The picture's chunk always, and the partners' view's for people signed in, load beside the pathway, not after it.
  void RoadMapPicture.preload()
  createEffect(() => {
    if (user() && search.view !== 'student') void PartnerView.preload()
  })
  // Findings are internal: loaded only for the partners' view (the server refuses them to the public).
  // (Read only once loaded: reading an errored resource would throw.)
  const [findings, { refetch: refetchFindings }] = createResource(
    () => (pathway.state === 'ready' && pathway.latest.view === 'partner' ? pathway.latest.slug : false),
    loadFindings,
  )
  const onChange = () => {
    void refetch()
    void refetchFindings()
  }
  return (
    <>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <A href="/">Pathways</A>
          </li>
        </ol>
      </nav>
      <Loadable resource={pathway} what="this pathway">
        {(p) => (
          <Show when={p.view === 'partner'} fallback={<PublicView pathway={p} />}>
            <PartnerView pathway={p} findings={findings} onChange={onChange} />
          </Show>
        )}
      </Loadable>
    </>
  )
}

// The public road map: what a counsellor hands a student, on screen and in print.
// The modules of the ladder by id, for the time, cost and supports sections.
const placedModulesOf = (pathway: RoadMapData) => new Map(pathway.stages.flatMap((s) => s.modules.map((m) => [m.id, m] as const)))

function PublicView(props: { pathway: RoadMapData }) {
  return (
    <div class="public-roadmap">
      <Title>{props.pathway.title}</Title>
      <h1>{props.pathway.title}</h1>
      <ShareBar id={props.pathway.id} slug={props.pathway.slug} title={props.pathway.title} view="public" signedIn={user() !== null} />
      <PublicHeader pathway={props.pathway} />
      <section aria-labelledby="roadmap-heading">
        <h2 id="roadmap-heading">Road map</h2>
        <Show when={props.pathway.stages.length} fallback={<p class="empty">No approved modules in this pathway yet.</p>}>
          <p class="muted screen-only">
            Stages run left to right in the order a person climbs; bands are education levels. Start at an entry point;
            an exit point leads to a job.
          </p>
          <RoadMapPicture roadMap={props.pathway} listId="ladder-list" />
          <RoadMapList roadMap={props.pathway} id="ladder-list" />
        </Show>
      </section>
      <ExitJobs pathway={props.pathway} class="screen-only" />
      <section aria-labelledby="ladder-heading" class="public-credentials screen-only">
        <h2 id="ladder-heading">Credentials ladder</h2>
        <p class="muted">
          Each step is a <Term id="stackable">stackable credential</Term>: worth a job on its own, and counted toward the next.
        </p>
        <CredentialLadder
          credentials={props.pathway.credentials}
          moduleCodes={new Map(props.pathway.stages.flatMap((s) => s.modules.map((m) => [m.id, m.code] as const)))}
        />
      </section>
      {/* On screen: each in full. In print, the handout at the end says the same in fewer words. */}
      <section aria-labelledby="route-costs-heading" class="screen-only">
        <h2 id="route-costs-heading">Time and cost to each credential</h2>
        <p class="muted">
          From each entry point, along the shortest route (fewest weeks, then lowest cost), taking one module after
          another. Costs are what a student pays before financial aid.
        </p>
        <RouteCost credentials={props.pathway.credentials} modules={placedModulesOf(props.pathway)} />
      </section>
      <section aria-labelledby="supports-heading" class="screen-only">
        <h2 id="supports-heading">Supports and funding</h2>
        <Supports pathway={props.pathway} modules={placedModulesOf(props.pathway)} />
      </section>
      <Show when={props.pathway.articulations.length}>
        <section aria-labelledby="articulations-heading" class="public-articulations screen-only">
          <h2 id="articulations-heading">Credit for what you already know</h2>
          <p class="muted">
            <Term id="articulation">Articulation agreements</Term> let earlier courses count here, so nobody is taught the same thing twice.
          </p>
          <ArticulationTable articulations={props.pathway.articulations} caption="Articulation agreements of the pathway" />
        </section>
      </Show>
      <Handout roadMap={props.pathway} modules={placedModulesOf(props.pathway)} />
    </div>
  )
}
