// Row types of every table, as Kysely sees them through CamelCasePlugin (columns are snake_case in SQL).
// Flags are 0/1 integers in both dialects; query modules turn them into booleans.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'
import type { BasicSkillSubject, FrameworkStatus, FundingSource, SupportKind } from '../../shared/domain/vocabulary'
import type { AccountTables } from './tables/accounts'
import type { AnalysisCacheTables } from './tables/analysis-cache'
import type { ReadVersionTables } from './tables/read-versions'
import type { CommentTables } from './tables/comments'
import type { CrosswalkTables } from './tables/crosswalks'
import type { LaborTables } from './tables/labor'
import type { FindingTables } from './tables/findings'
import type { ImportJobTables } from './tables/import-jobs'
import type { LevelTables } from './tables/levels'
import type { OutcomeTables } from './tables/outcomes'
import type { PlacementTables } from './tables/placements'
import type { SuggestionTables } from './tables/suggestions'
import type { ValidationTables } from './tables/validation'
import type { WorkflowTables } from './tables/workflow'

type Timestamps = { createdAt: string; updatedAt: string }
type Flag = number
// The organisation that owns a row; optional on insert. A row that no organisation owns (made by the system, or
// before ownership could be traced) is changed only by admins.
type Owner = ColumnType<number | null, number | null | undefined, number | null>

export interface FrameworksTable extends Timestamps {
  id: Generated<number>
  uuid: string
  // The CTID of the row as a CTDL resource (services/ctdl/ids.ts); null for rows made since, which derive it.
  ceCtid: ColumnType<string | null, string | null | undefined, string | null>
  title: string
  publisher: string | null
  version: string | null
  kind: 'occupational' | 'basic_skills' | 'employability'
  source: string | null
  license: string | null
  description: string | null
  // The organisation whose people (and admins) change the framework and its competencies.
  organisationId: Owner
  // JSON: what an imported CASE package holds that Rungs has no column for (see services/import/case-extra).
  caseExtra: ColumnType<string | null, string | null | undefined, string | null>
  status: ColumnType<FrameworkStatus, FrameworkStatus | undefined, FrameworkStatus>
  // Counts the framework's own edits: an edit names the revision it was made on, and a stale one is refused.
  revision: ColumnType<number, number | undefined, number>
}

export interface CompetenciesTable extends Timestamps {
  id: Generated<number>
  uuid: string
  // The CTID of the row as a CTDL resource (services/ctdl/ids.ts); null for rows made since, which derive it.
  ceCtid: ColumnType<string | null, string | null | undefined, string | null>
  frameworkId: number
  parentId: number | null
  code: string
  statement: string
  kind: 'area' | 'competency' | 'skill' | 'task'
  level: string | null
  position: number
  // Reading, writing, math… for basic-skills items; an item without one takes its nearest ancestor's.
  subject: ColumnType<BasicSkillSubject | null, BasicSkillSubject | null | undefined, BasicSkillSubject | null>
  // A draft (an employer's suggestion accepted for review) is left out of the analysis and of validation.
  status: ColumnType<CompetencyStatus, CompetencyStatus | undefined, CompetencyStatus>
  // Where the item came from, in words ("Suggested by 2 employers in campaign …"); null for authored items.
  provenance: ColumnType<string | null, string | null | undefined, string | null>
  // JSON: the CASE fields of the imported item (and of its isChildOf association) Rungs has no column for.
  caseExtra: ColumnType<string | null, string | null | undefined, string | null>
  // 1 when Rungs made the code up for an item that had none; it is then not exported as humanCodingScheme.
  codeGenerated: ColumnType<Flag, Flag | undefined, Flag>
  // When the item was retired (null while in use): kept for history and the alignments naming it, offered for no
  // new alignment, left out of the analysis.
  retiredAt: ColumnType<string | null, string | null | undefined, string | null>
}

export type CompetencyStatus = 'draft' | 'active'

export interface CompetencyLinksTable {
  id: Generated<number>
  fromId: number
  toId: number
  relation: 'requires' | 'equivalent' | 'related' | 'precedes'
  minLevel: string | null
  // JSON: the imported CFAssociation's fields Rungs has no column for (its identifier, grouping, notes…).
  caseExtra: ColumnType<string | null, string | null | undefined, string | null>
}

export interface ModulesTable extends Timestamps {
  id: Generated<number>
  uuid: string
  // The CTID of the row as a CTDL resource (services/ctdl/ids.ts); null for rows made since, which derive it.
  ceCtid: ColumnType<string | null, string | null | undefined, string | null>
  code: string
  title: string
  level: 'secondary' | 'adult' | 'postsecondary' | 'apprenticeship'
  kind: 'occupational' | 'bridge' | 'integrated'
  clockHours: number | null
  credits: number | null
  entryLevel: string | null
  description: string
  status: 'draft' | 'review' | 'approved' | 'archived'
  version: Generated<number>
  organisationId: Owner
  // JSON array of delivery formats; the column defaults to '[]'.
  delivery: ColumnType<string, string | undefined, string>
  // Percent of an integrated module's hours taught by a basic-skills and an occupational instructor together.
  teamTaughtShare: ColumnType<number | null, number | null | undefined, number | null>
  // Whole weeks from start to finish, and whole US dollars the student pays (tuition, fees, books, tools).
  durationWeeks: ColumnType<number | null, number | null | undefined, number | null>
  costToStudent: ColumnType<number | null, number | null | undefined, number | null>
  // The revision the public sees (null until first approved); an edit after approval leaves it in place.
  approvedVersion: ColumnType<number | null, number | null | undefined, number | null>
}

// A wrap-around support, on a pathway (a stage of it when `stage` is set) or on a module.
export interface SupportsTable {
  id: Generated<number>
  pathwayId: number | null
  stage: number | null
  moduleId: number | null
  kind: SupportKind
  description: string
  organisationId: number | null
  contactName: string | null
  contactEmail: string | null
  contactPhone: string | null
  contactNotes: string | null
  position: number
}

export interface ModuleFundingTable {
  id: Generated<number>
  moduleId: number
  source: FundingSource
  notes: string | null
  position: number
}

export interface OutcomesTable {
  id: Generated<number>
  uuid: string
  moduleId: number
  position: number
  content: string
  text: string
}

export interface AlignmentsTable {
  id: Generated<number>
  moduleId: number
  outcomeId: number | null
  competencyId: number
  depth: 'I' | 'R' | 'M'
  assessed: Flag
}

export interface ModulePrerequisitesTable {
  moduleId: number
  prerequisiteId: number
}

export interface CredentialsTable extends Timestamps {
  id: Generated<number>
  uuid: string
  // The CTID of the row as a CTDL resource (services/ctdl/ids.ts); null for rows made since, which derive it.
  ceCtid: ColumnType<string | null, string | null | undefined, string | null>
  title: string
  kind: 'certificate' | 'certification' | 'license' | 'diploma' | 'degree' | 'badge'
  issuer: string | null
  industryRecognised: Flag
  description: string | null
  organisationId: Owner
}

export interface ModuleCredentialsTable {
  moduleId: number
  credentialId: number
}

export interface CredentialStacksTable {
  fromId: number
  toId: number
}

export interface ArticulationsTable extends Timestamps {
  id: Generated<number>
  fromModuleId: number | null
  fromCredentialId: number | null
  toModuleId: number
  credits: number | null
  kind: 'articulated_credit' | 'dual_enrollment' | 'prior_learning'
  description: string | null
  organisationId: Owner
}

export interface PathwaysTable extends Timestamps {
  id: Generated<number>
  uuid: string
  // The CTID of the row as a CTDL resource (services/ctdl/ids.ts); null for rows made since, which derive it.
  ceCtid: ColumnType<string | null, string | null | undefined, string | null>
  slug: string
  title: string
  sector: string
  description: string | null
  organisationId: Owner
  // Bumped by every edit; an edit names the version it was read at (optimistic concurrency).
  version: Generated<number>
  // The hourly wage the pathway calls family-sustaining for its region, and where that figure comes from.
  familyWageHourly: ColumnType<number | null, number | null | undefined, number | null>
  familyWageSource: ColumnType<string | null, string | null | undefined, string | null>
  // The region and year that wage is for.
  familyWageRegion: ColumnType<string | null, string | null | undefined, string | null>
  familyWageYear: ColumnType<number | null, number | null | undefined, number | null>
  // Moved by the workflow actions; an edit of an approved pathway makes it a draft again.
  status: ColumnType<'draft' | 'review' | 'approved' | 'archived', 'draft' | 'review' | 'approved' | 'archived' | undefined>
  approvedVersion: ColumnType<number | null, number | null | undefined, number | null>
}

export interface PathwayOccupationsTable {
  pathwayId: number
  socCode: string
  title: string
  position: number
}

export interface PathwayFrameworksTable {
  pathwayId: number
  frameworkId: number
}

export interface PathwayModulesTable {
  pathwayId: number
  moduleId: number
  stage: number
  position: number
  isEntry: Flag
  isExit: Flag
}

export interface Database extends AccountTables, ValidationTables, LevelTables, CommentTables, LaborTables, FindingTables, ImportJobTables, WorkflowTables, AnalysisCacheTables, PlacementTables, OutcomeTables, ReadVersionTables, CrosswalkTables, SuggestionTables {
  frameworks: FrameworksTable
  competencies: CompetenciesTable
  competency_links: CompetencyLinksTable
  modules: ModulesTable
  outcomes: OutcomesTable
  alignments: AlignmentsTable
  module_prerequisites: ModulePrerequisitesTable
  credentials: CredentialsTable
  module_credentials: ModuleCredentialsTable
  credential_stacks: CredentialStacksTable
  articulations: ArticulationsTable
  pathways: PathwaysTable
  pathway_occupations: PathwayOccupationsTable
  pathway_frameworks: PathwayFrameworksTable
  pathway_modules: PathwayModulesTable
  supports: SupportsTable
  module_funding: ModuleFundingTable
}

export type FrameworkRow = Selectable<FrameworksTable>
export type CompetencyRow = Selectable<CompetenciesTable>
export type ModuleRow = Selectable<ModulesTable>
export type NewModuleRow = Insertable<ModulesTable>
export type ModuleUpdate = Updateable<ModulesTable>
export type OutcomeRow = Selectable<OutcomesTable>
export type AlignmentRow = Selectable<AlignmentsTable>
export type CredentialRow = Selectable<CredentialsTable>
export type ArticulationRow = Selectable<ArticulationsTable>
export type PathwayRow = Selectable<PathwaysTable>
