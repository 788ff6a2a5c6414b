// A local wage row as its form holds it (text in each field) and as the API takes it; the CSV template; and the
// words a figure is shown in.
import type { LocalWage } from '../api'
import type { OccupationHit } from './occupation-search'

export const WAGE_FIGURES = ['hourlyMedian', 'annualMedian', 'hourlyP25', 'hourlyP75', 'annualP25', 'annualP75'] as const
export type WageFigure = (typeof WAGE_FIGURES)[number]

export const FIGURE_LABELS: Record<WageFigure, string> = {
  hourlyMedian: 'Median, dollars an hour',
  annualMedian: 'Median, dollars a year',
  hourlyP25: '25th percentile an hour',
  hourlyP75: '75th percentile an hour',
  annualP25: '25th percentile a year',
  annualP75: '75th percentile a year',
}

export type LocalWageDraft = { occupation: OccupationHit[]; region: string; source: string; year: string } & Record<WageFigure, string>

export const blankWage = (): LocalWageDraft => ({
  occupation: [],
  region: '',
  source: '',
  year: String(new Date().getFullYear()),
  ...(Object.fromEntries(WAGE_FIGURES.map((f) => [f, ''])) as Record<WageFigure, string>),
})

// The draft of a stored row.
export function wageDraftOf(w: LocalWage): LocalWageDraft {
  return {
    occupation: [{ socCode: w.socCode, title: w.title ?? w.socCode }],
    region: w.region,
    source: w.source,
    year: String(w.year),
    ...(Object.fromEntries(WAGE_FIGURES.map((f) => [f, w[f] == null ? '' : String(w[f])])) as Record<WageFigure, string>),
  }
}

// An empty field is no figure (null); other text is read as a number, "$1,234" included, and what is none
// becomes NaN for the schema to refuse beside its field.
const figure = (text: string) => (text.trim() === '' ? null : Number(text.trim().replace(/^\$/, '').replace(/,/g, '')))

// The body of a save (checked by the caller against LocalWageInput).
export function wageInput(d: LocalWageDraft) {
  return {
    socCode: d.occupation[0]?.socCode ?? '',
    region: d.region,
    source: d.source,
    year: figure(d.year),
    ...(Object.fromEntries(WAGE_FIGURES.map((f) => [f, figure(d[f])])) as Record<WageFigure, number | null>),
  }
}

// The fields holding text that is no number, with a message in words (zod would say only "Expected number").
export function wageTypos(d: LocalWageDraft): Record<string, string> {
  const problems: Record<string, string> = {}
  for (const f of WAGE_FIGURES) if (Number.isNaN(figure(d[f]))) problems[f] = 'Enter an amount in dollars, or leave it empty'
  if (Number.isNaN(figure(d.year))) problems.year = 'Enter a year, such as 2025'
  return problems
}

const hourly = (n: number) => `$${n.toFixed(2)}`
const annual = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`

// A figure as a person reads it; a blank or suppressed one is "not published", never 0.
export function figureText(field: WageFigure, value: number | null): string {
  if (value == null) return 'not published'
  return field.startsWith('hourly') ? hourly(value) : annual(value)
}

// "$24.00 – $34.00", or "not published" unless both ends are.
export function rangeText(field: 'hourly' | 'annual', low: number | null, high: number | null): string {
  if (low == null || high == null) return 'not published'
  return field === 'hourly' ? `${hourly(low)} – ${hourly(high)}` : `${annual(low)} – ${annual(high)}`
}

// The header the import reads, with one example row, as a CSV file to download and fill in.
export const WAGE_TEMPLATE_CSV =
  'SOC code,Region,Source,Year,Hourly median,Annual median,Hourly p25,Hourly p75,Annual p25,Annual p75\r\n' +
  '51-4041,"Greater Dayton, Ohio",Ohio LMI OEWS estimates,2025,29.10,60530,24.00,34.00,49920,70720\r\n'
