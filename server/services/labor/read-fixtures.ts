// Turns the shipped BLS files (fixtures/labor) into the rows of occupations, national wages and projections.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { publishedFigure, thousandsToPersons } from '../../../shared/domain/labor-figures'
import type { ReferenceRows } from '../../db/queries/labor-reference'
import { parseCsv } from '../import/csv'

const FOLDER = new URL('../../../fixtures/labor/', import.meta.url)

// The files read, in order; their hash is the version of the data set.
const FILES = ['soc-2018.csv', 'soc-2018-definitions.csv', 'oews-national-2025.csv', 'oews-national-2024.csv', 'projections-2024-34.csv'] as const
type FileName = (typeof FILES)[number]

const OEWS_RELEASES = [
  { file: 'oews-national-2025.csv', year: 2025, period: 'May 2025' },
  { file: 'oews-national-2024.csv', year: 2024, period: 'May 2024' },
] as const

export const PROJECTION_PERIOD = '2024–34'

// A CSV file as records keyed by its header row.
function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, 100_000)
  if (!header) return []
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])))
}

// The text of each shipped file and their combined SHA-256, the data set's version.
export function readLaborFiles(): { version: string; texts: Record<FileName, string> } {
  const hash = createHash('sha256')
  const texts = {} as Record<FileName, string>
  for (const file of FILES) {
    const text = readFileSync(new URL(file, FOLDER), 'utf8')
    hash.update(file).update('\0').update(text)
    texts[file] = text
  }
  return { version: hash.digest('hex'), texts }
}

// The rows to load. Only SOC 2018 detailed occupations are kept: OEWS aggregate codes (e.g. 51-2090) and group
// rows name no occupation a pathway can target, so an occupation covered only by an aggregate has no wage row.
export function referenceRows(texts: Record<FileName, string>): ReferenceRows {
  const definitions = new Map(records(texts['soc-2018-definitions.csv']).map((r) => [r.code!, r.definition || null]))
  const occupations = records(texts['soc-2018.csv']).map((r) => ({
    socCode: r.code!,
    title: r.title!,
    definition: definitions.get(r.code!) ?? null,
    majorGroup: r.major_group!,
    majorTitle: r.major_title!,
  }))
  const known = new Set(occupations.map((o) => o.socCode))
  const wages = OEWS_RELEASES.flatMap(({ file, year, period }) =>
    records(texts[file])
      .filter((r) => r.o_group === 'detailed' && known.has(r.soc_code!))
      .map((r) => ({
        socCode: r.soc_code!,
        source: 'OEWS national',
        year,
        period,
        region: 'United States',
        hourlyMedian: publishedFigure(r.hourly_median),
        annualMedian: publishedFigure(r.annual_median),
        hourlyP25: publishedFigure(r.hourly_p25),
        hourlyP75: publishedFigure(r.hourly_p75),
        annualP25: publishedFigure(r.annual_p25),
        annualP75: publishedFigure(r.annual_p75),
        employment: publishedFigure(r.employment),
        notes: r.wage_notes || null,
      })),
  )
  const projections = records(texts['projections-2024-34.csv'])
    .filter((r) => r.occupation_type === 'Line item' && known.has(r.soc_code!))
    .map((r) => ({
      socCode: r.soc_code!,
      period: PROJECTION_PERIOD,
      baseEmployment: thousandsToPersons(publishedFigure(r.employment_2024_thousands)),
      projectedEmployment: thousandsToPersons(publishedFigure(r.employment_2034_thousands)),
      changePercent: publishedFigure(r.change_2024_34_percent),
      annualOpenings: thousandsToPersons(publishedFigure(r.annual_openings_thousands)),
      entryEducation: r.typical_entry_education || null,
    }))
  return { occupations, wages, projections }
}
