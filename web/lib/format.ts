// Small text formatters shared by the pages.

// "40 clock hours · 3 credits", or null when a module records neither.
export function formatLoad(module: { clockHours: number | null; credits: number | null }): string | null {
  const parts: string[] = []
  if (module.clockHours != null) parts.push(`${module.clockHours} clock ${module.clockHours === 1 ? 'hour' : 'hours'}`)
  if (module.credits != null) parts.push(`${module.credits} ${module.credits === 1 ? 'credit' : 'credits'}`)
  return parts.length ? parts.join(' · ') : null
}

// "1 module", "3 modules".
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

// Dates and times are written one way on every page: in the reader's own locale (undefined = the browser's),
// a medium date such as "Mar 4, 2026" in the United States or "4 Mar 2026" in Britain.
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })

// A stored ISO time as the reader's local date and time, e.g. "Mar 4, 2026, 2:05 PM".
export function formatWhen(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date)
}

// A calendar date ("2026-03-04", a due or closing date, or the date of an ISO time) as the reader writes
// dates, e.g. "Mar 4, 2026". A bare date is a day, not an instant: it is read in UTC so that no time zone
// moves it to the day before.
export function formatDate(iso: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso)
  const date = new Date(day ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return iso
  return day ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(date) : dateOnly.format(date)
}

// The time of day now, e.g. "2:05 PM", for "Saved at …".
export function formatTimeNow(): string {
  return timeOnly.format(new Date())
}

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 })
// Whole US dollars, e.g. "$3,450".
export function formatDollars(amount: number): string {
  return dollars.format(amount)
}

// A module's weeks and cost to the student, e.g. "16 weeks · $540"; null when neither is recorded.
export function formatTimeCost(module: { durationWeeks: number | null; costToStudent: number | null }): string | null {
  const parts: string[] = []
  if (module.durationWeeks != null) parts.push(plural(module.durationWeeks, 'week'))
  if (module.costToStudent != null) parts.push(formatDollars(module.costToStudent))
  return parts.length ? parts.join(' · ') : null
}
