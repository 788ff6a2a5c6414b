// The pathway editor's family-sustaining wage as typed (text in each field) and as the API takes it.
import { HOURS_A_YEAR } from '../../shared/schemas/labor'

export type FamilyWageDraft = { hourly: string; region: string; source: string; year: string }

type FamilyWageFields = { familyWageHourly: number | null; familyWageSource: string | null; familyWageRegion: string | null; familyWageYear: number | null }

// The draft of what a pathway holds.
export function familyWageDraftOf(p: FamilyWageFields): FamilyWageDraft {
  return {
    hourly: p.familyWageHourly == null ? '' : p.familyWageHourly.toFixed(2),
    region: p.familyWageRegion ?? '',
    source: p.familyWageSource ?? '',
    year: p.familyWageYear == null ? '' : String(p.familyWageYear),
  }
}

// An empty field is no figure; anything else is read as a number ("$31.50" and "31.5" alike), so text that is
// none reaches the schema as NaN and is refused there, beside its field.
const amount = (text: string) => (text.trim() === '' ? null : Number(text.trim().replace(/^\$/, '').replace(/,/g, '')))

// The fields of a pathway save.
export function familyWageInput(d: FamilyWageDraft): FamilyWageFields {
  return { familyWageHourly: amount(d.hourly), familyWageSource: d.source.trim() || null, familyWageRegion: d.region.trim() || null, familyWageYear: amount(d.year) }
}

// "$65,520 a year" for an hourly figure at full time, or null when the text is no amount.
export function annualOf(hourlyText: string): string | null {
  const hourly = amount(hourlyText)
  return hourly == null || !Number.isFinite(hourly) || hourly < 0 ? null : `$${Math.round(hourly * HOURS_A_YEAR).toLocaleString('en-US')} a year`
}

// Messages for text that is no number at all, which the schema would only call "not a number".
export function familyWageTypos(d: FamilyWageDraft): Record<string, string> {
  const problems: Record<string, string> = {}
  if (Number.isNaN(amount(d.hourly))) problems.familyWageHourly = 'Enter an amount in dollars an hour, such as 31.50'
  if (Number.isNaN(amount(d.year))) problems.familyWageYear = 'Enter a year, such as 2025'
  return problems
}
