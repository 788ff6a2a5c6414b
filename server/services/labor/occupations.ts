// Occupations as people see them: search, one occupation with all its figures, and the figures a road map shows.
import { hourlyOf, preferredWage, wageSourceWords } from '../../../shared/domain/labor-figures'
import type { Page } from '../../../shared/schemas/common'
import type { Db } from '../../db/connect'
import { findOccupation, occupationsByCodes, projectionsOf, searchOccupations as searchRows, wagesOf } from '../../db/queries/occupations'
import { Invalid, NotFound } from '../../errors'

type WageRow = Awaited<ReturnType<typeof wagesOf>>[number]
type ProjectionRow = Awaited<ReturnType<typeof projectionsOf>>[number]

// A wage row as the API answers it: its figures, and where it comes from in words.
export function describeWage(row: WageRow) {
  return { ...row, sourceWords: wageSourceWords(row), kind: row.organisationId === null ? ('national' as const) : ('local' as const) }
}

const describeProjection = ({ socCode: _socCode, ...p }: ProjectionRow) => ({ ...p, sourceWords: `BLS Employment Projections ${p.period}` })

// One page of occupations matching a code prefix or title words.
export function searchOccupations(db: Db, filter: Page & { q?: string }) {
  return searchRows(db, filter)
}

// One occupation with its definition, every wage row (national releases and partnerships' local rows) and projections; 404 when the code is unknown.
export async function getOccupation(db: Db, socCode: string) {
  const occupation = await findOccupation(db, socCode)
  if (!occupation) throw new NotFound('Occupation', socCode)
  const [wages, projections] = await Promise.all([wagesOf(db, [socCode], 'all'), projectionsOf(db, [socCode])])
  return { ...occupation, wages: wages.map(describeWage), projections: projections.map(describeProjection) }
}

// Refuses codes that name no SOC 2018 occupation with 422 naming the field and the codes, and codes listed twice.
export async function requireKnownOccupations(db: Db, codes: readonly string[], field: string): Promise<void> {
  const twice = codes.filter((code, i) => codes.indexOf(code) !== i)
  if (twice.length) throw new Invalid(`Occupation ${twice[0]} is listed twice`, { field })
  const known = new Set((await occupationsByCodes(db, codes)).map((o) => o.socCode))
  const missing = [...new Set(codes.filter((c) => !known.has(c)))]
  if (missing.length) {
    throw new Invalid(`${field}: ${missing.join(', ')} ${missing.length > 1 ? 'are not SOC 2018 occupations' : 'is not a SOC 2018 occupation'}`, { field, missing })
  }
}

// For each code, the occupation's title and the figures a road map shows: the wage that applies (the owner's newest
// local row, else the newest national one), the effective hourly median, and the newest projection.
export async function occupationFigures(db: Db, codes: readonly string[], ownerOrganisationId: number | null) {
  const unique = [...new Set(codes)]
  const [occupations, wages, projections] = await Promise.all([
    occupationsByCodes(db, unique),
    wagesOf(db, unique, ownerOrganisationId === null ? [] : [ownerOrganisationId]),
    projectionsOf(db, unique),
  ])
  const figures = new Map<string, ReturnType<typeof figuresOf>>()
  function figuresOf(socCode: string, title: string) {
    const wage = preferredWage(wages.filter((w) => w.socCode === socCode), ownerOrganisationId)
    const projection = projections.find((p) => p.socCode === socCode)
    return {
      socCode,
      title,
      wage: wage ? { ...describeWage(wage), effectiveHourly: hourlyOf(wage) } : null,
      projection: projection ? describeProjection(projection) : null,
    }
  }
  for (const o of occupations) figures.set(o.socCode, figuresOf(o.socCode, o.title))
  return figures
}

export type OccupationFigures = NonNullable<ReturnType<Awaited<ReturnType<typeof occupationFigures>>['get']>>
