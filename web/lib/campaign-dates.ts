// A validation campaign's dates as pages show them: the shared wording with every day in the reader's format.
import { closedSentence, describeCampaignDates, todayUtc, type CampaignDates } from '../../shared/domain/campaign-dates'
import { formatDate } from './format'

// "Closed on Dec 5, 2026 (planned for Dec 31, 2026)" and the like.
export const campaignDatesText = (campaign: CampaignDates): string => describeCampaignDates(campaign, todayUtc(), formatDate)

// "This validation closed on Dec 5, 2026, so ratings can no longer be given or changed. …"
export const closedText = (closedOn: string): string => closedSentence(closedOn, formatDate)
