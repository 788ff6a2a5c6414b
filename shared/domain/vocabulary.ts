// The fixed vocabularies of the domain (DESIGN §1-2), with the labels people read.

export const LEVELS = ['secondary', 'adult', 'postsecondary', 'apprenticeship'] as const
export type Level = (typeof LEVELS)[number]
export const LEVEL_LABELS: Record<Level, string> = {
  secondary: 'Secondary',
  adult: 'Adult education',
  postsecondary: 'Postsecondary',
  apprenticeship: 'Apprenticeship',
}

export const MODULE_KINDS = ['occupational', 'bridge', 'integrated'] as const
export type ModuleKind = (typeof MODULE_KINDS)[number]
export const MODULE_KIND_LABELS: Record<ModuleKind, string> = {
  occupational: 'Occupational',
  bridge: 'Bridge',
  integrated: 'Integrated education and training',
}

export const MODULE_STATUSES = ['draft', 'review', 'approved', 'archived'] as const
export type ModuleStatus = (typeof MODULE_STATUSES)[number]

// Ways a module is offered so that working adults can take it; "flexible_start" means no fixed cohort start.
export const DELIVERY_FORMATS = ['evening', 'weekend', 'online', 'hybrid', 'workplace', 'flexible_start'] as const
export type DeliveryFormat = (typeof DELIVERY_FORMATS)[number]
export const DELIVERY_FORMAT_LABELS: Record<DeliveryFormat, string> = {
  evening: 'Evening',
  weekend: 'Weekend',
  online: 'Online',
  hybrid: 'Hybrid',
  workplace: 'At the workplace',
  flexible_start: 'Flexible start',
}

export const DEPTHS = ['I', 'R', 'M'] as const
export type Depth = (typeof DEPTHS)[number]
export const DEPTH_LABELS: Record<Depth, string> = { I: 'Introduced', R: 'Reinforced', M: 'Mastered' }

export const FRAMEWORK_KINDS = ['occupational', 'basic_skills', 'employability'] as const
export type FrameworkKind = (typeof FRAMEWORK_KINDS)[number]
export const FRAMEWORK_KIND_LABELS: Record<FrameworkKind, string> = {
  occupational: 'Occupational',
  basic_skills: 'Basic skills',
  employability: 'Employability',
}

// A framework's adoption, in the words of CASE's adoptionStatus: being written, in use, or kept only for history.
export const FRAMEWORK_STATUSES = ['draft', 'adopted', 'deprecated'] as const
export type FrameworkStatus = (typeof FRAMEWORK_STATUSES)[number]
export const FRAMEWORK_STATUS_LABELS: Record<FrameworkStatus, string> = {
  draft: 'Draft',
  adopted: 'Adopted',
  deprecated: 'Deprecated',
}

export const COMPETENCY_KINDS = ['area', 'competency', 'skill', 'task'] as const
export type CompetencyKind = (typeof COMPETENCY_KINDS)[number]
export const COMPETENCY_KIND_LABELS: Record<CompetencyKind, string> = {
  area: 'Area',
  competency: 'Competency',
  skill: 'Skill',
  task: 'Task',
}

export const LINK_RELATIONS = ['requires', 'equivalent', 'related', 'precedes'] as const
export type LinkRelation = (typeof LINK_RELATIONS)[number]

export const CREDENTIAL_KINDS = ['certificate', 'certification', 'license', 'diploma', 'degree', 'badge'] as const
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number]

export const ARTICULATION_KINDS = ['articulated_credit', 'dual_enrollment', 'prior_learning'] as const
export type ArticulationKind = (typeof ARTICULATION_KINDS)[number]
export const ARTICULATION_KIND_LABELS: Record<ArticulationKind, string> = {
  articulated_credit: 'Articulated credit',
  dual_enrollment: 'Dual enrollment',
  prior_learning: 'Credit for prior learning',
}

// The subjects of basic-skills standards, by which a bridge groups what it teaches.
export const BASIC_SKILL_SUBJECTS = ['reading', 'writing', 'math', 'english_language', 'digital_literacy'] as const
export type BasicSkillSubject = (typeof BASIC_SKILL_SUBJECTS)[number]
export const BASIC_SKILL_SUBJECT_LABELS: Record<BasicSkillSubject, string> = {
  reading: 'Reading',
  writing: 'Writing',
  math: 'Mathematics',
  english_language: 'English language',
  digital_literacy: 'Digital literacy',
}

// The two scales of NRS Educational Functioning Levels an adult's entry level is stated in.
export const ENTRY_LEVEL_SCALES = ['abe', 'esl'] as const
export type EntryLevelScale = (typeof ENTRY_LEVEL_SCALES)[number]
export const ENTRY_LEVEL_SCALE_LABELS: Record<EntryLevelScale, string> = {
  abe: 'Adult Basic Education',
  esl: 'English as a Second Language',
}

// Wrap-around supports a partner offers so that people stay on the pathway (DESIGN §2, issue 13).
export const SUPPORT_KINDS = [
  'career_counselling',
  'case_management',
  'child_care',
  'transportation',
  'financial_aid',
  'tutoring',
  'job_placement',
  'other',
] as const
export type SupportKind = (typeof SUPPORT_KINDS)[number]
export const SUPPORT_KIND_LABELS: Record<SupportKind, string> = {
  career_counselling: 'Career assessment and counselling',
  case_management: 'Case management',
  child_care: 'Child care',
  transportation: 'Transportation',
  financial_aid: 'Financial aid',
  tutoring: 'Tutoring',
  job_placement: 'Job placement',
  other: 'Other support',
}

// Public and private money that can pay for a module, each listed once per module with notes.
export const FUNDING_SOURCES = [
  'wioa_title_1',
  'wioa_title_2',
  'perkins_v',
  'tanf',
  'pell',
  'state_aid',
  'employer_tuition',
  'registered_apprenticeship',
  'other',
] as const
export type FundingSource = (typeof FUNDING_SOURCES)[number]
export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  wioa_title_1: 'WIOA Title I (adult, dislocated worker, youth)',
  wioa_title_2: 'WIOA Title II adult education',
  perkins_v: 'Perkins V',
  tanf: 'TANF',
  pell: 'Pell grant / ability to benefit',
  state_aid: 'State aid',
  employer_tuition: 'Employer tuition assistance',
  registered_apprenticeship: 'Registered apprenticeship',
  other: 'Other funding',
}
