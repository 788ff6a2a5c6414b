// A small builder of analysis inputs, so each rule's test states only the rows that matter to it.
import { analysePathway, type AnalysisOptions } from '../../../shared/domain/analysis/analyse'
import type {
  AnalysisAlignment,
  AnalysisArticulation,
  AnalysisCompetency,
  AnalysisCredential,
  AnalysisEquivalence,
  AnalysisExitOccupation,
  AnalysisInput,
  AnalysisModule,
  AnalysisOutcome,
  AnalysisPrerequisite,
  AnalysisRequirement,
  EmployerRating,
  Finding,
  FindingKind,
  ValidationResult,
} from '../../../shared/domain/analysis/types'
import type { OutcomeRow } from '../../../shared/domain/outcomes/table'
import type { CompetencyKind, Depth, FrameworkKind } from '../../../shared/domain/vocabulary'

type CompetencyOptions = { framework?: number; parent?: number; level?: string; statement?: string; kind?: CompetencyKind }
type ModuleOptions = Partial<Omit<AnalysisModule, 'id' | 'code'>>

export class PathwayBuilder {
  private nextId = 1
  private readonly frameworkKinds = new Map<number, FrameworkKind>()
  private readonly frameworkIds: number[] = []
  private readonly competencies: AnalysisCompetency[] = []
  private readonly requirements: AnalysisRequirement[] = []
  private readonly equivalences: AnalysisEquivalence[] = []
  private readonly modules: AnalysisModule[] = []
  private readonly outcomes: AnalysisOutcome[] = []
  private readonly alignments: AnalysisAlignment[] = []
  private readonly prerequisites: AnalysisPrerequisite[] = []
  private readonly credentials: AnalysisCredential[] = []
  private readonly articulations: AnalysisArticulation[] = []
  private readonly ratings: Record<number, EmployerRating> = {}
  private levels: readonly string[] | undefined
  private readonly jobs: AnalysisExitOccupation[] = []
  private wage: AnalysisInput['familyWage']
  private readonly outcomeRows = new Map<number, OutcomeRow[]>()
  private readonly credentialRows = new Map<number, OutcomeRow[]>()
  // The occupational framework competencies go into unless told otherwise.
  readonly occupational = this.framework('occupational')

  // A framework; one outside the pathway only supplies basic skills that requirements point to.
  framework(kind: FrameworkKind, inPathway = true): number {
    const id = this.nextId++
    this.frameworkKinds.set(id, kind)
    if (inPathway) this.frameworkIds.push(id)
    return id
  }

  competency(code: string, options: CompetencyOptions = {}): number {
    const id = this.nextId++
    const frameworkId = options.framework ?? this.occupational
    this.competencies.push({
      id,
      frameworkId,
      frameworkKind: this.frameworkKinds.get(frameworkId)!,
      parentId: options.parent ?? null,
      code,
      statement: options.statement ?? `Statement of ${code}`,
      kind: options.kind ?? (options.parent === undefined ? 'area' : 'competency'),
      level: options.level ?? null,
    })
    return id
  }

  // An occupational postsecondary module at stage 1 unless told otherwise.
  module(code: string, options: ModuleOptions = {}): number {
    const id = this.nextId++
    this.modules.push({
      id,
      code,
      title: `Title of ${code}`,
      level: 'postsecondary',
      kind: 'occupational',
      stage: 1,
      isEntry: false,
      isExit: false,
      entryLevel: null,
      ...options,
    })
    return id
  }

  align(moduleId: number, competencyId: number, depth: Depth = 'M'): this {
    this.alignments.push({ moduleId, competencyId, depth })
    return this
  }

  // Changes the depth of an alignment made earlier, as an edit of the module would.
  redepth(moduleId: number, competencyId: number, depth: Depth): this {
    for (const a of this.alignments) if (a.moduleId === moduleId && a.competencyId === competencyId) a.depth = depth
    return this
  }

  // Changes a module's title, which is no fact of any finding (a new row, as a fresh load gives one).
  retitle(moduleId: number, title: string): this {
    const at = this.modules.findIndex((m) => m.id === moduleId)
    this.modules[at] = { ...this.modules[at]!, title }
    return this
  }

  outcome(moduleId: number, text: string): number {
    const id = this.nextId++
    this.outcomes.push({ id, moduleId, text })
    return id
  }

  prerequisite(moduleId: number, prerequisiteId: number): this {
    this.prerequisites.push({ moduleId, prerequisiteId })
    return this
  }

  credential(title: string, moduleIds: number[], stacksIntoIds: number[] = []): number {
    const id = this.nextId++
    this.credentials.push({ id, title, moduleIds, stacksIntoIds })
    return id
  }

  articulate(from: { module: number } | { credential: number }, toModuleId: number): this {
    this.articulations.push({
      fromModuleId: 'module' in from ? from.module : null,
      fromCredentialId: 'credential' in from ? from.credential : null,
      toModuleId,
    })
    return this
  }

  requires(fromId: number, toId: number, minLevel: string | null = null): this {
    this.requirements.push({ fromId, toId, minLevel })
    return this
  }

  equivalent(fromId: number, toId: number): this {
    this.equivalences.push({ fromId, toId })
    return this
  }

  rate(competencyId: number, result: ValidationResult, respondents = 9, agreeing: number | null = null): this {
    this.ratings[competencyId] = { result, respondents, agreeing }
    return this
  }

  // A job named at an exit, with its median hourly wage and projected change (null: not published).
  job(moduleId: number, socCode: string, hourlyMedian: number | null, changePercent: number | null = 0): this {
    this.jobs.push({
      moduleId, socCode, title: `Title of ${socCode}`, hourlyMedian, changePercent,
      wageSource: 'BLS OEWS, national, May 2025', projectionPeriod: '2024–34',
    })
    return this
  }

  familyWage(hourly: number, source: string | null = 'Living wage, 1 adult 1 child'): this {
    this.wage = { hourly, source }
    return this
  }

  // One row of a module's learner outcomes (all learners unless a subgroup is given); credential earned
  // defaults to completed, employment to unknown.
  counts(moduleId: number, term: string, counts: { enrolled: number; completed: number; credentialEarned?: number; continued?: number | null }, subgroup: [string, string] = ['', '']): this {
    const row: OutcomeRow = {
      term, subgroupDimension: subgroup[0], subgroupValue: subgroup[1], enrolled: counts.enrolled, completed: counts.completed,
      credentialEarned: counts.credentialEarned ?? counts.completed, continued: counts.continued ?? null, employedQ2: null, medianEarningsQ2: null,
    }
    this.outcomeRows.set(moduleId, [...(this.outcomeRows.get(moduleId) ?? []), row])
    return this
  }

  // One row of a credential's learner outcomes: attempted (enrolled), completed and earned.
  credentialCounts(credentialId: number, term: string, counts: { enrolled: number; completed: number; credentialEarned: number }, subgroup: [string, string] = ['', '']): this {
    const row: OutcomeRow = { term, subgroupDimension: subgroup[0], subgroupValue: subgroup[1], ...counts, continued: null, employedQ2: null, medianEarningsQ2: null }
    this.credentialRows.set(credentialId, [...(this.credentialRows.get(credentialId) ?? []), row])
    return this
  }

  basicSkillLevels(levels: readonly string[]): this {
    this.levels = levels
    return this
  }

  build(): AnalysisInput {
    return {
      frameworkIds: this.frameworkIds,
      competencies: this.competencies,
      requirements: this.requirements,
      modules: this.modules,
      outcomes: this.outcomes,
      alignments: this.alignments,
      prerequisites: this.prerequisites,
      credentials: this.credentials,
      articulations: this.articulations,
      ...(this.equivalences.length > 0 ? { equivalences: this.equivalences } : {}),
      ...(Object.keys(this.ratings).length > 0 ? { validation: this.ratings } : {}),
      ...(this.levels ? { basicSkillLevels: this.levels } : {}),
      ...(this.jobs.length ? { exitOccupations: this.jobs } : {}),
      ...(this.wage ? { familyWage: this.wage } : {}),
      ...(this.outcomeRows.size ? { outcomeCounts: [...this.outcomeRows].map(([moduleId, rows]) => ({ moduleId, rows })) } : {}),
      ...(this.credentialRows.size ? { credentialOutcomeCounts: [...this.credentialRows].map(([credentialId, rows]) => ({ credentialId, rows })) } : {}),
    }
  }
}

// A fresh builder with one occupational framework in the pathway.
export const pathway = () => new PathwayBuilder()

// The findings of one kind for the built pathway.
export function findingsOf(p: PathwayBuilder, kind: FindingKind, options?: AnalysisOptions): Finding[] {
  return analysePathway(p.build(), options).findings.filter((f) => f.kind === kind)
}
