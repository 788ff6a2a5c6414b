// The bridge builder: what basic skills a target module (or a pathway's entry stage) needs above an adult's
// entry level, the bridge or integrated module made from that list, and how well a bridge covers its targets.
import { z } from 'zod'
import type { BasicSkillSubject, Level, ModuleKind } from '../domain/vocabulary'
import { Id, Line, QueryWhole, Whole } from './common'

// Either target modules or a stage of a pathway (whose occupational and integrated modules become the targets).
export const BridgePlanQuery = z
  .object({
    targetId: z.union([Id, z.array(Id).max(50)]).optional(),
    pathwayId: Id.optional(),
    stage: QueryWhole(1).max(50).optional(),
    entryLevel: Line(40),
  })
  .refine((q) => q.targetId !== undefined || (q.pathwayId !== undefined && q.stage !== undefined), {
    message: 'Name a target module (targetId) or a pathway and stage (pathwayId and stage)',
  })
export type BridgePlanQuery = z.infer<typeof BridgePlanQuery>

export const BridgeInput = z
  .object({
    targetIds: z.array(Id).min(1).max(50),
    entryLevel: Line(40),
    kind: z.enum(['bridge', 'integrated']),
    code: Line(40),
    title: Line(),
    level: z.enum(['secondary', 'adult', 'postsecondary', 'apprenticeship']).default('adult'),
    clockHours: Whole(0).max(5000).nullish(),
    // Percent of the hours taught by a basic-skills and an occupational instructor together (integrated only).
    teamTaughtShare: Whole(0).max(100).nullish(),
    // The basic skills (from the plan) the new module teaches.
    skillIds: z.array(Id).min(1, 'Choose at least one basic skill for the bridge to teach').max(300),
  })
  .refine((b) => b.kind === 'integrated' || b.teamTaughtShare == null, {
    message: 'Only an integrated module has a team-taught share',
    path: ['teamTaughtShare'],
  })
export type BridgeInput = z.infer<typeof BridgeInput>

export type CompetencySummary = { id: number; frameworkId: number; code: string; statement: string }
export type BridgeTarget = { id: number; code: string; title: string; kind: ModuleKind; level: Level }

// One basic skill the targets need: at which level, and which of their occupational competencies need it.
export type BridgeNeed = {
  skill: CompetencySummary & { level: string | null }
  subject: BasicSkillSubject | null
  requiredLevel: string | null
  neededBy: CompetencySummary[]
}

export type BridgePlan = {
  targets: BridgeTarget[]
  entryLevel: { code: string; label: string; skillLevel: string }
  // By subject (reading, writing, math, English language, digital literacy, then unsorted); within one, the
  // skills needed by most occupational competencies first.
  groups: { subject: BasicSkillSubject | null; needs: BridgeNeed[] }[]
  // Requirements the entry level already meets, so not listed.
  metAtEntry: number
}

export type CoverageItem = BridgeNeed & { covered: boolean; reachedLevel: string | null }

// The checklist of a bridge or integrated module: each basic skill its targets need, covered or not by it.
export type BridgeCoverage = {
  targets: BridgeTarget[]
  entryLevel: { code: string; label: string; skillLevel: string } | null
  items: CoverageItem[]
  covered: number
}
