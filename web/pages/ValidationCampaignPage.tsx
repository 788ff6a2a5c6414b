// /pathways/:slug/validation/:id: one campaign: invitations and response rate, results with consensus,
// suggestions to accept or decline, the XLSX download, and closing it (which records the results).
import { A, useParams } from '@solidjs/router'
import { createResource, createSignal, Show } from 'solid-js'
import type { AcceptSuggestionInput, InviteInput } from '../../shared/schemas/validation'
import { client, data, type CampaignResults } from '../api'
import { Loadable } from '../components/Loadable'
import { Title } from '../components/Title'
import { CampaignActions } from '../components/validation/CampaignActions'
import { InviteForm } from '../components/validation/InviteForm'
import { deliveryText, InviteList } from '../components/validation/InviteList'
import { NewLink, type IssuedLink } from '../components/validation/NewLink'
import { ResultsTable } from '../components/validation/ResultsTable'
import { SuggestionList } from '../components/validation/SuggestionList'
import { campaignDatesText } from '../lib/campaign-dates'
import { problemText } from '../lib/form'
import '../components/validation/validation.css'

type Invite = CampaignResults['campaign']['invites'][number]

// What the invitations section asks the page to do.
type InvitationActions = {
  invite: (input: InviteInput) => Promise<void>
  revoke: (inviteId: number) => Promise<void>
  copyAgain: (invite: Invite) => void
  remind: (inviteIds?: number[]) => void
}

// What became of the invitation email, for the new link's panel (null: no email was sent).
function emailedText(invite: Omit<Invite, 'rated'>): string | null {
  if (invite.delivery === 'not_sent') return null
  return invite.delivery === 'sent' ? `Emailed to ${invite.email}; you may also send the link yourself.` : `${deliveryText(invite)}. Send the link yourself.`
}

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
    setNotice(null)
    try {
      await action()
      await refetch()
    } catch (error) {
      setProblem(problemText(error))
    }
  }
  const id = () => params.id
  const [link, setLink] = createSignal<IssuedLink | null>(null)
  const inviteParam = (inviteId: number) => ({ id: id(), inviteId: String(inviteId) })
  const invitations: InvitationActions = {
    invite: async (json: InviteInput) => {
      const created = await data(campaign.invites.$post({ param: { id: id() }, json }))
      await refetch()
      setLink({ url: created.url, name: created.invite.employerName, emailed: emailedText(created.invite), replaced: false })
    },
    revoke: async (inviteId) => {
      await data(campaign.invites[':inviteId'].revoke.$post({ param: inviteParam(inviteId) }))
      await refetch()
    },
    copyAgain: (invite) =>
      void act(async () => {
        const issued = await data(campaign.invites[':inviteId'].link.$post({ param: inviteParam(invite.id) }))
        setLink({ url: issued.url, name: invite.employerName, emailed: null, replaced: true })
      })(),
    remind: (inviteIds) =>
      void act(async () => {
        setLink(null)
        const sent = await data(campaign.reminders.$post({ param: { id: id() }, json: inviteIds ? { inviteIds } : {} }))
        setNotice(sent.reminded === 1 ? 'A reminder with a new link was sent.' : `${sent.reminded} reminders with new links were sent.`)
      })(),
  }
  const [notice, setNotice] = createSignal<string | null>(null)
  const suggestionParam = (suggestionId: number) => ({ id: id(), suggestionId: String(suggestionId) })
  const suggestions = {
    accept: async (suggestionId: number, json: AcceptSuggestionInput) => {
      await data(campaign.suggestions[':suggestionId'].accept.$post({ param: suggestionParam(suggestionId), json }))
      await refetch()
    },
    decline: async (suggestionId: number) => {
      await data(campaign.suggestions[':suggestionId'].decline.$post({ param: suggestionParam(suggestionId) }))
      await refetch()
    },
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
      {() => <CampaignView results={results()!} slug={params.slug} problem={problem()} invitations={invitations} link={link()} notice={notice()} suggestions={suggestions} onClose={close} onReopen={reopen} />}
    </Loadable>
  )
}

function CampaignView(props: {
  results: CampaignResults
  slug: string
  problem: string | null
  invitations: InvitationActions
  link: IssuedLink | null
  notice: string | null
  suggestions: { accept: (id: number, input: AcceptSuggestionInput) => Promise<void>; decline: (id: number) => Promise<void> }
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
        <span class="badge badge-kind">{campaignDatesText(c())}</span>
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
        <Show when={open() && props.results.emailEnabled && c().invites.some((i) => !i.revokedAt && !i.submittedAt)}>
          <p>
            <button type="button" class="button" onClick={() => props.invitations.remind()}>
              Remind everyone who has not submitted
            </button>
          </p>
        </Show>
        <Show when={props.notice}>
          <p role="status">{props.notice}</p>
        </Show>
        <InviteList
          invites={c().invites}
          open={open()}
          emailEnabled={props.results.emailEnabled}
          onRevoke={props.invitations.revoke}
          onCopyAgain={props.invitations.copyAgain}
          onRemind={(inviteId) => props.invitations.remind([inviteId])}
        />
        <NewLink link={props.link} />
        <Show when={open()}>
          <InviteForm emailEnabled={props.results.emailEnabled} onInvite={props.invitations.invite} />
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
        <SuggestionList
          suggestions={props.results.suggestions}
          groups={props.results.groups}
          onAccept={props.suggestions.accept}
          onDecline={props.suggestions.decline}
        />
      </section>
    </>
  )
}
