// The invitations of a campaign: who, how far they got, and a button to revoke a link.
import { For, Show } from 'solid-js'
import type { CampaignResults } from '../../api'
import { formatWhen } from '../../lib/format'

type Invite = CampaignResults['campaign']['invites'][number]

export function InviteList(props: { invites: readonly Invite[]; open: boolean; onRevoke: (id: number) => void }) {
  const state = (i: Invite) => (i.revokedAt ? 'Revoked' : i.submittedAt ? `Submitted ${formatWhen(i.submittedAt)}` : i.rated ? 'In progress' : 'Not started')
  return (
    <Show when={props.invites.length} fallback={<p class="empty">Nobody has been invited yet.</p>}>
      <div class="table-wrap" role="region" aria-label="Invitations" tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col">Employer</th>
              <th scope="col">Email</th>
              <th scope="col">Rated</th>
              <th scope="col">State</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.invites}>
              {(invite) => (
                <tr>
                  <th scope="row">
                    {invite.employerName}, {invite.company}
                  </th>
                  <td>{invite.email}</td>
                  <td>{invite.rated}</td>
                  <td>{state(invite)}</td>
                  <td>
                    <Show when={props.open && !invite.revokedAt}>
                      <button type="button" class="button" onClick={() => props.onRevoke(invite.id)} aria-label={`Revoke the link of ${invite.employerName}`}>
                        Revoke
                      </button>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  )
}
