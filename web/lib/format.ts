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

// A stored ISO time as the reader's local date and time, e.g. "Mar 4, 2026, 2:05 PM".
export function formatWhen(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })
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
