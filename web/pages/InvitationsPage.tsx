// /my/invitations: the validation invitations addressed to a signed-in employer, open ones first.
import { A } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { client, data, type MyInvitations } from '../api'
import { Loadable } from '../components/Loadable'
import { Title } from '../components/Title'
import { campaignDatesText } from '../lib/campaign-dates'
import { formatDate } from '../lib/format'
import '../components/validation/validation.css'

export default function InvitationsPage() {
  const [list] = createResource(() => data(client.my.invitations.$get()))
  return (
    <>
      <Title>Invitations for you</Title>
      <h1>Invitations for you</h1>
      <p class="lede">Partnerships ask you which skills matter for the jobs in your company. Each answer is saved as you go.</p>
      <Loadable resource={list} what="your invitations">
        {(loaded) => <InvitationList items={loaded.items} />}
      </Loadable>
    </>
  )
}

function InvitationList(props: { items: MyInvitations['items'] }) {
  const sorted = () => [...props.items].sort((a, b) => Number(b.open) - Number(a.open))
  return (
    <Show when={props.items.length} fallback={<p class="empty">No invitations have been sent to you.</p>}>
      <ul class="card-list">
        <For each={sorted()}>
          {(invitation) => (
            <li class="card">
              <h2 class="card-title">
                <A href={`/my/invitations/${invitation.id}`}>{invitation.title}</A>
              </h2>
              <p>
                {invitation.pathwayTitle}, for {invitation.company}
              </p>
              <p class="badges">
                <span class="badge badge-kind">{campaignDatesText(invitation)}</span>
                <span class="badge">{invitation.submittedAt ? `Submitted on ${formatDate(invitation.submittedAt)}` : 'Not submitted yet'}</span>
              </p>
            </li>
          )}
        </For>
      </ul>
    </Show>
  )
}
