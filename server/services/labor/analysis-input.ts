// What the analysis reads of a pathway's jobs: the occupations named at its exits with the figures the road map
// shows for them, and its family-sustaining wage.
import type { AnalysisExitOccupation, AnalysisInput } from '../../../shared/domain/analysis/types'
import type { Db } from '../../db/connect'
import { exitOccupationsOf } from '../../db/queries/exit-occupations'
import { occupationFigures } from './occupations'

type PathwayWage = { id: number; organisationId: number | null; familyWageHourly: number | null; familyWageSource: string | null }

// The exit jobs and family wage of a pathway as analysis input.
export async function laborAnalysisInput(db: Db, pathway: PathwayWage): Promise<Pick<AnalysisInput, 'exitOccupations' | 'familyWage'>> {
  const exits = await exitOccupationsOf(db, pathway.id)
  const figures = await occupationFigures(db, exits.map((e) => e.socCode), pathway.organisationId)
  const exitOccupations = exits.flatMap((e): AnalysisExitOccupation[] => {
    const f = figures.get(e.socCode)
    if (!f) return []
    return [{
      moduleId: e.moduleId,
      socCode: e.socCode,
      title: f.title,
      hourlyMedian: f.wage?.effectiveHourly ?? null,
      wageSource: f.wage?.sourceWords ?? null,
      changePercent: f.projection?.changePercent ?? null,
      projectionPeriod: f.projection?.period ?? null,
    }]
  })
  const familyWage = pathway.familyWageHourly === null ? null : { hourly: pathway.familyWageHourly, source: pathway.familyWageSource }
  return { exitOccupations, familyWage }
}
