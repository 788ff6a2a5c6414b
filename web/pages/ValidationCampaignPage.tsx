// /pathways/:slug/validation/:id: one campaign: invitations and response rate, results with consensus,
// suggestions to accept or decline, the XLSX download, and closing it (which records the results).
import { A, useParams } from '@solidjs/router'
import { createResource, createSignal, Show } from 'solid-js'
import type { InviteInput } from '../../shared/schemas/validation'
import { client, data, type CampaignResults } from '../api'
import { Loadable } from '../components/Loadable'
import { Title } from '../components/Title'
import { CampaignActions } from '../components/validation/CampaignActions'
import { InviteForm } from '../components/validation/InviteForm'
import { InviteList } from '../components/validation/InviteList'
import { ResultsTable } from '../components/validation/ResultsTable'
import { SuggestionList } from '../components/validation/SuggestionList'
import { problemText } from '../lib/form'
import '../components/validation/validation.css'

export default function ValidationCampaignPage() {
  const params = useParams<{ slug: string; id: string }>()
  const campaign = client.campaigns[':id']
  const load = (id: string) => data(campaign.results.$get({ param: { id } }))
  const [results, { mutate }] = createResource(() => params.id, load)
  // Fresh results replace the shown ones in place (a refetch would unmount the page, and the new link with it).
  const refetch = async () => void mutate(await load(params.id))
  const [problem, setProblem] = createSignal<string | null>(null)
  const act = (action: () => Promise<unknown>) => async () => {
    setProblem(null)
    try {
      await action()
      await refetch()
    } catch (error) {
      setProblem(problemText(error))
    }
  }
  const id = () => params.id
  const invite = async (json: InviteInput) => {
    const created = await data(campaign.invites.$post({ param: { id: id() }, json }))
    await refetch()
    return { url: created.url, name: created.invite.employerName }
  }
  const revoke = (inviteId: number) => void act(() => data(campaign.invites[':inviteId'].revoke.$post({ param: { id: id(), inviteId: String(inviteId) } })))()
  const decide = async (suggestionId: number, accept: boolean) => {
    const param = { id: id(), suggestionId: String(suggestionId) }
    const suggestion = campaign.suggestions[':suggestionId']
    await (accept ? data(suggestion.accept.$post({ param, json: {} })) : data(suggestion.decline.$post({ param })))
    await refetch()
  }
  const close = async () => {
    await data(campaign.close.$post({ param: { id: id() } }))
    await refetch()
  }
  const reopen = async (closesOn: string) => {
    await data(campaign.reopen.$post({ param: { id: id() }, json: { closesOn } }))
    await refetch()
  }
  return (
    // The view reads the resource itself (not Loadable's first value), so results replaced in place show at once.
    <Loadable resource={results} what="this campaign">
      {() => <CampaignView results={results()!} slug={params.slug} problem={problem()} onInvite={invite} onRevoke={revoke} onDecide={decide} onClose={close} onReopen={reopen} />}
    </Loadable>
  )
}

function CampaignView(props: {
  results: CampaignResults
  slug: string
  problem: string | null
  onInvite: (input: InviteInput) => Promise<{ url: string; name: string }>
  onRevoke: (id: number) => void
  onDecide: (id: number, accept: boolean) => Promise<void>
  onClose: () => Promise<void>
  onReopen: (closesOn: string) => Promise<void>
}) {
  const c = () => props.results.campaign
  const open = () => c().status === 'open'
  const percent = (share: number) => `${Math.round(share * 100)}%`
  return (
    <>
      <Title>{`${c().title} · Employer validation`}</Title>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <A href={`/pathways/${props.slug}`}>{c().pathwayTitle}</A>
          </li>
          <li>
            <A href={`/pathways/${props.slug}/validation`}>Employer validation</A>
          </li>
        </ol>
      </nav>
      <h1>{c().title}</h1>
      <p class="badges">
        <span class="badge badge-kind">{c().dates}</span>
      </p>
      <p role="status" id="response-rate">
        Response rate: {c().response.submitted} of {c().response.invited} invited employers submitted ({percent(c().response.rate)});{' '}
        {c().response.started} started.
      </p>
      <Show when={props.problem}>
        <p class="error" role="alert">
          {props.problem}
        </p>
      </Show>
      <p>
        <a class="button" href={`/api/campaigns/${c().id}/results.xlsx`} download="">
          Download results (XLSX)
        </a>
      </p>
      <CampaignActions title={c().title} status={c().status} onClose={props.onClose} onReopen={props.onReopen} />
      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">Invitations</h2>
        <InviteList invites={c().invites} open={open()} onRevoke={props.onRevoke} />
        <Show when={open()}>
          <InviteForm onInvite={props.onInvite} />
        </Show>
      </section>
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">Results</h2>
        <p class="muted">
          Counted from submitted invitations. Essential when at least {percent(props.results.thresholds.essential)} of respondents rate it
          essential or important; not needed when more than {percent(props.results.thresholds.notNeeded)} rate it not needed. Respondents
          leave out "don't know"; with fewer than {c().minRespondents} a competency has not enough responses and feeds no finding.
          Agreement is the share of respondents on the leading side.
        </p>
        <ResultsTable groups={props.results.groups} />
      </section>
      <section aria-labelledby="suggestions-heading">
        <h2 id="suggestions-heading">Suggested competencies</h2>
        <SuggestionList suggestions={props.results.suggestions} onDecide={props.onDecide} />
      </section>
    </>
  )
}
