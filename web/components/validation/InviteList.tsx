// The invitations of a campaign: who, whether the email arrived, how far they got, and per invitation a fresh
// link to copy, a reminder (with email set up) and revoking (asked in a dialog).
import { createSignal, For, Show } from 'solid-js'
import type { CampaignResults } from '../../api'
import { formatWhen } from '../../lib/format'
import { problemText } from '../../lib/form'
import { ActionDialog } from '../analysis/ActionDialog'

type Invite = CampaignResults['campaign']['invites'][number]

type Props = {
  invites: readonly Invite[]
  open: boolean
  emailEnabled: boolean
  onRevoke: (id: number) => Promise<void>
  onCopyAgain: (invite: Invite) => void
  onRemind: (id: number) => void
}

// The email's fate in words: "Sent Dec 7, 2026, 3:05 PM", "Failed: …", "Bounced: …", or how to pass the link on.
export function deliveryText(invite: Omit<Invite, 'rated'>): string {
  const reminded = invite.remindedAt ? ` (reminded ${formatWhen(invite.remindedAt)})` : ''
  if (invite.delivery === 'sent') return `Emailed ${formatWhen(invite.deliveredAt!)}${reminded}`
  if (invite.delivery === 'bounced') return `Bounced: ${invite.deliveryError ?? 'the mail server refused the address'}`
  if (invite.delivery === 'failed') return `Not delivered: ${invite.deliveryError ?? 'the mail server could not be reached'}`
  return 'Not emailed: copy the link to send it'
}

export function InviteList(props: Props) {
  const [revoking, setRevoking] = createSignal<Invite | null>(null)
  const [busy, setBusy] = createSignal(false)
  const [problem, setProblem] = createSignal('')
  const state = (i: Invite) => (i.revokedAt ? 'Revoked' : i.submittedAt ? `Submitted ${formatWhen(i.submittedAt)}` : i.rated ? 'In progress' : 'Not started')
  const revoke = async () => {
    setBusy(true)
    setProblem('')
    try {
      await props.onRevoke(revoking()!.id)
      setRevoking(null)
    } catch (error) {
      setProblem(problemText(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Show when={props.invites.length} fallback={<p class="empty">Nobody has been invited yet.</p>}>
      <div class="table-wrap" role="region" aria-label="Invitations" tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col">Employer</th>
              <th scope="col">Email</th>
              <th scope="col">Delivery</th>
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
                  <td classList={{ 'delivery-problem': invite.delivery === 'bounced' || invite.delivery === 'failed' }}>{deliveryText(invite)}</td>
                  <td>{invite.rated}</td>
                  <td>{state(invite)}</td>
                  <td class="invite-actions">
                    <Show when={props.open && !invite.revokedAt}>
                      <button type="button" class="button" onClick={() => props.onCopyAgain(invite)} aria-label={`Copy the link of ${invite.employerName} again`}>
                        Copy link again
                      </button>
                      <Show when={props.emailEnabled && !invite.submittedAt}>
                        <button type="button" class="button" onClick={() => props.onRemind(invite.id)} aria-label={`Send ${invite.employerName} a reminder`}>
                          Send reminder
                        </button>
                      </Show>
                      <button type="button" class="button" onClick={() => setRevoking(invite)} aria-label={`Revoke the link of ${invite.employerName}`}>
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
      <Show when={revoking()}>
        {(invite) => (
          <ActionDialog
            id="revoke-invite"
            title={`Revoke the invitation of ${invite().employerName}?`}
            problem={problem()}
            busy={busy()}
            submitLabel="Revoke invitation"
            onSubmit={() => void revoke()}
            onClose={() => setRevoking(null)}
          >
            <p>
              The link sent to {invite().email} stops working at once, and the ratings given through it no longer count. This cannot be
              undone: to ask {invite().company} again, invite them again.
            </p>
          </ActionDialog>
        )}
      </Show>
    </Show>
  )
}
