// Reading BLS figures and choosing which wage a road map shows. Pure, shared by the loader, the importer and the web.

// BLS prints these instead of a number: * and ** (not available), # (top-coded, above the highest band), — (not
// available in projections). Each, like a blank cell, means "not published" and becomes null, never 0.
const NOT_PUBLISHED = new Set(['', '*', '**', '#', '—', '-', 'n/a', 'N/A'])

// A published figure as a number, or null when the cell is blank or a BLS marker. Thousands separators and a
// leading $ are accepted (local sheets are typed by people); anything else that is not a number is null.
export function publishedFigure(cell: string | undefined | null): number | null {
  const text = (cell ?? '').trim()
  if (NOT_PUBLISHED.has(text)) return null
  const plain = text.replace(/^\$/, '').replace(/,/g, '')
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return null
  return Number(plain)
}

// Figures published in thousands (projections) as whole persons.
export function thousandsToPersons(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000)
}

export type WageFigures = {
  source: string
  year: number
  period: string
  region: string
  organisationId: number | null
  hourlyMedian: number | null
  annualMedian: number | null
}

// The wage row a road map shows for one occupation: the newest local row of the partnership that owns the
// pathway when it has one, else the newest national row. Local figures take precedence because they describe the
// labour market the learners will actually enter.
export function preferredWage<T extends WageFigures>(rows: readonly T[], ownerOrganisationId: number | null): T | null {
  const newest = (list: readonly T[]) => [...list].sort((a, b) => b.year - a.year)[0] ?? null
  const local = ownerOrganisationId === null ? [] : rows.filter((r) => r.organisationId === ownerOrganisationId)
  return newest(local) ?? newest(rows.filter((r) => r.organisationId === null))
}

// The hourly median a wage row stands for: as published, or for an annual-only row the annual median over 2,080
// hours (the BLS convention); null when neither is published.
export function hourlyOf(row: Pick<WageFigures, 'hourlyMedian' | 'annualMedian'>): number | null {
  if (row.hourlyMedian !== null) return row.hourlyMedian
  return row.annualMedian === null ? null : Math.round((row.annualMedian / 2080) * 100) / 100
}

// Where a wage row comes from, in words: "BLS OEWS, national, May 2025"; "Local: Greater Dayton, Ohio LMI 2025".
export function wageSourceWords(row: Pick<WageFigures, 'source' | 'period' | 'region' | 'organisationId'>): string {
  if (row.organisationId === null) return `BLS OEWS, national, ${row.period}`
  return `Local: ${row.region}, ${row.source} ${row.period}`
}
