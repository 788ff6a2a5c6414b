import { describe, expect, it } from 'vitest'
import { hourlyOf, preferredWage, publishedFigure, thousandsToPersons, wageSourceWords } from '../../shared/domain/labor-figures'

describe('BLS figures', () => {
  it('reads blank cells and BLS markers as not published (null), never 0', () => {
    for (const cell of ['', ' ', '*', '**', '#', '—', 'n/a', undefined, null]) expect(publishedFigure(cell)).toBeNull()
    expect(publishedFigure('0')).toBe(0)
    expect(publishedFigure('28.24')).toBe(28.24)
    expect(publishedFigure('$58,750')).toBe(58750)
    expect(publishedFigure('-0.1')).toBe(-0.1)
    expect(publishedFigure('about 20')).toBeNull()
  })

  it('turns thousands into persons', () => {
    expect(thousandsToPersons(299.5)).toBe(299500)
    expect(thousandsToPersons(null)).toBeNull()
  })

  it('derives an hourly median from an annual-only row over 2,080 hours', () => {
    expect(hourlyOf({ hourlyMedian: 24.37, annualMedian: 50690 })).toBe(24.37)
    expect(hourlyOf({ hourlyMedian: null, annualMedian: 52000 })).toBe(25)
    expect(hourlyOf({ hourlyMedian: null, annualMedian: null })).toBeNull()
  })
})

describe('which wage a road map shows', () => {
  const row = (organisationId: number | null, year: number, hourlyMedian: number) => ({
    source: organisationId === null ? 'OEWS national' : 'Ohio LMI', year, period: organisationId === null ? `May ${year}` : String(year),
    region: organisationId === null ? 'United States' : 'Greater Dayton', organisationId, hourlyMedian, annualMedian: null,
  })
  const rows = [row(null, 2024, 27), row(null, 2025, 28.24), row(7, 2023, 30), row(9, 2026, 12)]

  it("prefers the owning partnership's newest local row over national ones", () => {
    expect(preferredWage(rows, 7)).toBe(rows[2])
  })

  it('falls back to the newest national row for an owner without local rows, or a pathway owned by nobody', () => {
    expect(preferredWage(rows, 8)).toBe(rows[1])
    expect(preferredWage(rows, null)).toBe(rows[1])
    expect(preferredWage([], 7)).toBeNull()
  })

  it('says where a figure comes from in words', () => {
    expect(wageSourceWords(rows[1]!)).toBe('BLS OEWS, national, May 2025')
    expect(wageSourceWords(rows[2]!)).toBe('Local: Greater Dayton, Ohio LMI 2023')
  })
})
