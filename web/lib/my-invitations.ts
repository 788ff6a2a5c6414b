// Whether the signed-in employer has validation invitations, for the "Invitations for you" navigation link.
import { createSignal } from 'solid-js'
import { client, data } from '../api'

const [count, setCount] = createSignal(0)

// How many invitations are addressed to the signed-in employer; 0 for anybody else.
export const myInvitationCount = count

// Asks the server again for an employer account; a failure keeps the last count (navigation must not break a page).
export async function refreshMyInvitations(employer: boolean): Promise<void> {
  if (!employer) return void setCount(0)
  try {
    setCount((await data(client.my.invitations.$get())).items.length)
  } catch {
    // Keep the last count.
  }
}
