// The dates of a validation campaign in words, the same on the campaign pages, the employer's link and the
// invitation email: the day it is planned to close, the day it actually closed, the day it was reopened. The server
// writes days as formatDay does (an email has no reader's locale); the web passes its own formatter, so pages show
// every date in the reader's format.

const DAY_WORDS = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })

// "December 7, 2026" for a day (YYYY-MM-DD) or a stored ISO time (its UTC day, the day campaigns count in).
export function formatDay(dayOrTime: string): string {
  const date = new Date(dayOrTime.length === 10 ? `${dayOrTime}T00:00:00Z` : dayOrTime)
  return Number.isNaN(date.getTime()) ? dayOrTime : DAY_WORDS.format(date)
}

export type CampaignDates = { status: 'open' | 'closed'; closesOn: string; closedAt: string | null; reopenedAt: string | null }

// 'open' while answers are taken; 'ended' once its last day has passed but nobody has closed it (answers are no
// longer taken; results are recorded when someone closes it); 'closed' once closed.
export type CampaignPhase = 'open' | 'ended' | 'closed'

// The phase of a campaign on a given day (YYYY-MM-DD, UTC).
export function campaignPhase(campaign: CampaignDates, today: string): CampaignPhase {
  if (campaign.status === 'closed') return 'closed'
  return campaign.closesOn < today ? 'ended' : 'open'
}

// The day answers stopped being taken: the actual close when it was closed, else the planned last day.
export function closedOnDay(campaign: CampaignDates): string {
  return campaign.status === 'closed' && campaign.closedAt ? campaign.closedAt.slice(0, 10) : campaign.closesOn
}

// Writes a day (YYYY-MM-DD) or a stored ISO time as words.
export type DayFormat = (dayOrTime: string) => string

// The campaign's state in one phrase, e.g. "Open until December 31, 2026", "Closed on December 5, 2026 (planned
// for December 31, 2026)", "Reopened on …, open until …".
export function describeCampaignDates(campaign: CampaignDates, today: string, format: DayFormat = formatDay): string {
  const phase = campaignPhase(campaign, today)
  if (phase === 'closed') {
    const closed = closedOnDay(campaign)
    return closed === campaign.closesOn
      ? `Closed on ${format(closed)}`
      : `Closed on ${format(closed)} (planned for ${format(campaign.closesOn)})`
  }
  if (phase === 'ended') return `Stopped taking answers after ${format(campaign.closesOn)}; not closed yet`
  const until = `open until ${format(campaign.closesOn)}`
  return campaign.reopenedAt ? `Reopened on ${format(campaign.reopenedAt)}, ${until}` : `O${until.slice(1)}`
}

// What an employer's link says once its campaign stopped taking answers, with the day it actually did.
export function closedSentence(closedOn: string, format: DayFormat = formatDay): string {
  return `This validation closed on ${format(closedOn)}, so ratings can no longer be given or changed. Thank you for your help.`
}

// Today's day (YYYY-MM-DD, UTC), the day the campaign dates are compared with.
export const todayUtc = (): string => new Date().toISOString().slice(0, 10)
