// A campaign's dates in words: the server's wording (an email has no reader's locale) and the same wording with
// the reader's own date format, which the pages pass in.
import { describe, expect, it } from 'vitest'
import { closedSentence, describeCampaignDates } from '../../shared/domain/campaign-dates'

const british = (day: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day.slice(0, 10)}T00:00:00Z`))
const closedEarly = { status: 'closed' as const, closesOn: '2026-12-31', closedAt: '2026-12-05T15:04:00.000Z', reopenedAt: null }

describe('campaign dates', () => {
  it('says a campaign closed early on the day it closed, with the planned day beside it', () => {
    expect(describeCampaignDates(closedEarly, '2026-12-07')).toBe('Closed on December 5, 2026 (planned for December 31, 2026)')
    expect(describeCampaignDates(closedEarly, '2026-12-07', british)).toBe('Closed on 5 Dec 2026 (planned for 31 Dec 2026)')
  })

  it('writes every day of a reopened campaign and of the closed link with the given format', () => {
    const reopened = { status: 'open' as const, closesOn: '2027-01-15', closedAt: null, reopenedAt: '2026-12-06T09:00:00.000Z' }
    expect(describeCampaignDates(reopened, '2026-12-07', british)).toBe('Reopened on 6 Dec 2026, open until 15 Jan 2027')
    expect(closedSentence('2026-12-05', british)).toBe('This validation closed on 5 Dec 2026, so ratings can no longer be given or changed. Thank you for your help.')
    expect(closedSentence('2026-12-05')).toMatch(/^This validation closed on December 5, 2026,/)
  })
})
