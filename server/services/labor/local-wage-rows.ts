// Reads a CSV of local wages into rows, locating every problem by row and column. Pure apart from the codes it is
// told are known, so the whole file is checked before anything is written.
import { publishedFigure } from '../../../shared/domain/labor-figures'
import { MAX_ANNUAL_WAGE, MAX_HOURLY_WAGE } from '../../../shared/schemas/labor'
import type { LocalWageFields } from '../../db/queries/local-wages'
import type { Problems } from '../import/model'
import { columnLetter } from '../import/workbook'
import { wageOrderProblem } from './local-wage-rules'

type Field = keyof LocalWageFields

// Header names people use for each field, compared lowercased with spaces, dashes and underscores removed.
const HEADERS: Record<Field, string[]> = {
  socCode: ['soccode', 'soc', 'occupationcode', 'code'],
  region: ['region', 'area', 'areaname'],
  source: ['source', 'datasource'],
  year: ['year', 'period', 'referenceyear'],
  hourlyMedian: ['hourlymedian', 'medianhourly', 'medianhourlywage', 'hmedian', 'hourly'],
  annualMedian: ['annualmedian', 'medianannual', 'medianannualwage', 'amedian', 'annual'],
  hourlyP25: ['hourlyp25', 'hourly25th', 'hourly25thpercentile', 'hpct25', 'p25hourly'],
  hourlyP75: ['hourlyp75', 'hourly75th', 'hourly75thpercentile', 'hpct75', 'p75hourly'],
  annualP25: ['annualp25', 'annual25th', 'annual25thpercentile', 'apct25', 'p25annual', 'p25'],
  annualP75: ['annualp75', 'annual75th', 'annual75thpercentile', 'apct75', 'p75annual', 'p75'],
}
const REQUIRED = { socCode: 'SOC code', region: 'region', source: 'source', year: 'year' } as const
const WAGES = ['hourlyMedian', 'annualMedian', 'hourlyP25', 'hourlyP75', 'annualP25', 'annualP75'] as const

const normalise = (header: string) => header.toLowerCase().replace(/[\s_\-.()]/g, '')

export type WageRow = { row: number; fields: LocalWageFields }

// The column of each field found in the header row; a missing required column is an error on row 1.
function mapHeader(header: string[], problems: Problems): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {}
  header.forEach((name, i) => {
    const key = normalise(name)
    const field = (Object.keys(HEADERS) as Field[]).find((f) => HEADERS[f].includes(key))
    if (field && columns[field] === undefined) columns[field] = i
  })
  for (const [field, label] of Object.entries(REQUIRED) as [Field, string][]) {
    if (columns[field] === undefined) problems.error(`The header row has no "${label}" column`, { row: 1 })
  }
  if (columns.hourlyMedian === undefined && columns.annualMedian === undefined) {
    problems.error('The header row has neither an "hourly median" nor an "annual median" column', { row: 1 })
  }
  return columns
}

// The rows of the file with their figures; every problem is added to `problems` with its row (as numbered in a
// spreadsheet, the header being row 1) and the column's header.
export function readWageRows(grid: string[][], knownCodes: ReadonlySet<string>, problems: Problems): WageRow[] {
  const [header = [], ...body] = grid
  const columns = mapHeader(header, problems)
  if (problems.hasErrors) return []
  const rows: WageRow[] = []
  const seen = new Map<string, number>()
  body.forEach((cells, index) => {
    const row = index + 2
    const errorsBefore = problems.list.length
    const at = (field: Field) => {
      const index = columns[field]
      return { row, column: index === undefined ? field : `${columnLetter(index)} (${header[index]})` }
    }
    const cell = (field: Field) => (columns[field] === undefined ? '' : (cells[columns[field]!] ?? '').trim())
    const socCode = cell('socCode')
    if (!/^\d{2}-\d{4}$/.test(socCode)) problems.error(`"${socCode}" is not a SOC code (it looks like 51-4041)`, at('socCode'))
    else if (!knownCodes.has(socCode)) problems.error(`${socCode} is not a SOC 2018 occupation`, at('socCode'))
    const region = cell('region')
    const source = cell('source')
    if (!region || region.length > 120) problems.error(region ? 'The region is over 120 characters' : 'The region is empty', at('region'))
    if (!source || source.length > 120) problems.error(source ? 'The source is over 120 characters' : 'The source is empty', at('source'))
    const yearText = cell('year')
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN
    if (!(year >= 1990 && year <= 2100)) problems.error(`"${yearText}" is not a year (1990 to 2100)`, at('year'))
    const wages: Partial<Record<(typeof WAGES)[number], number | null>> = {}
    for (const field of WAGES) {
      const text = cell(field)
      const value = publishedFigure(text)
      const max = field.startsWith('hourly') ? MAX_HOURLY_WAGE : MAX_ANNUAL_WAGE
      if (value === null && text !== '' && !['*', '**', '#', '—', '-', 'n/a', 'N/A'].includes(text)) problems.error(`"${text}" is not a number`, at(field))
      else if (value !== null && value < 0) problems.error(`${text} is negative; a wage cannot be`, at(field))
      else if (value !== null && value > max) problems.error(`${text} is over ${field.startsWith('hourly') ? `$${max} an hour` : `$${max.toLocaleString('en-US')} a year`}, not a plausible wage`, at(field))
      wages[field] = value
    }
    if (wages.hourlyMedian == null && wages.annualMedian == null) problems.error('The row has neither an hourly nor an annual median wage', at('hourlyMedian'))
    const order = wageOrderProblem(wages)
    if (order) problems.error(`The ${order.message}`, at(order.field as Field))
    const key = [socCode, region.toLowerCase(), source.toLowerCase(), year].join('|')
    if (seen.has(key)) problems.error(`The same occupation, region, source and year as row ${seen.get(key)}`, at('socCode'))
    seen.set(key, row)
    if (problems.list.length > errorsBefore) return
    rows.push({ row, fields: { socCode, region, source, year, ...wages } as LocalWageFields })
  })
  if (!body.length) problems.error('The file has a header row but no rows of wages', { row: 2 })
  return rows
}
