// Reporting terms of aggregate outcome data: a season of a year ("2024-fall") as colleges report terms, or an
// academic year ("2023-24") as WIOA and Perkins report. Pure, so imports, the API and the road map order alike.

export const SEASONS = ['winter', 'spring', 'summer', 'fall'] as const
const SEASON_PATTERN = /^(\d{4})-(winter|spring|summer|fall)$/
const YEAR_PATTERN = /^(\d{4})-(\d{2})$/

export const TERM_FORMAT_HINT = 'a term looks like 2024-fall (winter, spring, summer or fall) or an academic year like 2023-24'

// True for a well-formed term; an academic year must span consecutive years.
export function isTerm(text: string): boolean {
  if (SEASON_PATTERN.test(text)) return true
  const year = YEAR_PATTERN.exec(text)
  return year !== null && (Number(year[1]) + 1) % 100 === Number(year[2])
}

// A number that sorts terms in time: an academic year sorts with the fall term that starts it.
export function termOrder(term: string): number {
  const season = SEASON_PATTERN.exec(term)
  if (season) return Number(season[1]) * 10 + SEASONS.indexOf(season[2] as (typeof SEASONS)[number])
  const year = YEAR_PATTERN.exec(term)
  return year ? Number(year[1]) * 10 + SEASONS.indexOf('fall') : Number.NaN
}

// "Fall 2024", "2023–24": how a term is written for people.
export function termLabel(term: string): string {
  const season = SEASON_PATTERN.exec(term)
  if (season) return `${season[2]!.charAt(0).toUpperCase()}${season[2]!.slice(1)} ${season[1]}`
  return term.replace('-', '–')
}
