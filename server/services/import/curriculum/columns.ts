// The sheets and columns of the curriculum workbook, shared by the export and the reader so they cannot drift.
import { DELIVERY_FORMAT_LABELS, FUNDING_SOURCE_LABELS, SUPPORT_KIND_LABELS } from '../../../../shared/domain/vocabulary'

export const CURRICULUM_SHEETS = {
  about: 'About',
  modules: 'Modules',
  outcomes: 'Outcomes',
  alignments: 'Alignments',
  funding: 'Funding',
  supports: 'Supports',
} as const

// The About sheet's label of the pathway's version at export: moving modules on a pathway changed since is refused.
export const PATHWAY_VERSION_LABEL = 'Pathway version'

// Column key → header, in sheet order; the reader finds columns by header, so people may reorder them.
export const MODULE_COLUMNS = {
  code: 'Code',
  title: 'Title',
  level: 'Level',
  kind: 'Kind',
  stage: 'Stage',
  entry: 'Entry',
  exit: 'Exit',
  clockHours: 'Clock hours',
  credits: 'Credits',
  durationWeeks: 'Weeks',
  costToStudent: 'Cost to student ($)',
  delivery: 'Schedule options',
  entryLevel: 'Entry level',
  status: 'Status',
  version: 'Version',
  credentials: 'Credentials',
} as const

export const OUTCOME_COLUMNS = { module: 'Module code', position: 'Position', text: 'Outcome', uuid: 'Outcome UUID' } as const

export const ALIGNMENT_COLUMNS = {
  module: 'Module code',
  outcome: 'Outcome position',
  competency: 'Competency code',
  framework: 'Framework',
  depth: 'Depth',
  assessed: 'Assessed',
} as const

// Columns of the Modules sheet that workbooks exported before they existed lack; without them, what is stored stays.
export const LATER_MODULE_COLUMNS = ['durationWeeks', 'costToStudent', 'delivery'] as const

export const FUNDING_COLUMNS = { module: 'Module code', source: 'Funding source', notes: 'Notes' } as const

export const SUPPORT_COLUMNS = {
  module: 'Module code',
  stage: 'Stage',
  kind: 'Type of support',
  description: 'What it offers',
  organisation: 'Provided by',
  contactName: 'Contact name',
  contactEmail: 'Contact email',
  contactPhone: 'Contact phone',
  contactNotes: 'Contact notes',
} as const

const SCHEDULE_WORDS = Object.values(DELIVERY_FORMAT_LABELS).join(', ')
const FUNDING_WORDS = Object.values(FUNDING_SOURCE_LABELS).join('; ')
const SUPPORT_WORDS = Object.values(SUPPORT_KIND_LABELS).join('; ')

// What each column means, for the About sheet.
export const COLUMN_NOTES: [string, string, string][] = [
  ['About', PATHWAY_VERSION_LABEL, 'The version of the pathway when exported. Leave it alone: if the pathway was changed since, moving modules (Stage / Entry / Exit) is refused.'],
  ['Modules', 'Code', 'The module code; it identifies the module, so it cannot be changed here. A new code adds a module.'],
  ['Modules', 'Title / Level / Kind / Status', 'Level: secondary, adult, postsecondary or apprenticeship. Kind: occupational, bridge or integrated. Status: draft, review, approved or archived.'],
  ['Modules', 'Stage / Entry / Exit', 'Where the module sits in the pathway (stage 1-20) and whether it is an entry or exit point (yes/no).'],
  ['Modules', 'Clock hours / Credits / Entry level', 'Optional numbers and the entry skill level.'],
  ['Modules', 'Weeks / Cost to student ($)', 'Whole weeks from start to finish (1-260), and whole dollars the student pays for tuition, fees, books and tools before aid (0-100,000). Blank when not known.'],
  ['Modules', 'Schedule options', `When and where the module is offered, separated by "; ": ${SCHEDULE_WORDS}.`],
  ['Modules', 'Version', 'The version of the module when exported. Leave it alone: if the module was changed since, the import is refused. Blank for a new module.'],
  ['Modules', 'Credentials', 'Titles of the credentials the module leads to, separated by "; ". They must already exist.'],
  ['Outcomes', 'Module code / Position / Outcome', 'One learning outcome per row, in order of Position (1, 2, ...) within its module. A module\'s outcomes are replaced by the rows given.'],
  ['Outcomes', 'Outcome UUID', 'Identifies an existing outcome; blank for a new one. Delete the row to remove the outcome.'],
  ['Alignments', 'Module code / Outcome position', 'The module, and the Position of its outcome (blank for an alignment of the whole module).'],
  ['Alignments', 'Competency code / Framework', 'The competency, by code and framework title (the title may be left blank when the code is unique).'],
  ['Alignments', 'Depth / Assessed', 'I (introduced), R (reinforced) or M (mastered); yes/no.'],
  ['Funding', 'Module code / Funding source / Notes', `One source of money per row that can pay for the module: ${FUNDING_WORDS}. A module's funding is replaced by the rows given.`],
  ['Supports', 'Module code / Stage', 'Where the support applies: a module (its code), one stage of the pathway (Stage 1-20, no module code), or the whole pathway (both blank). The pathway\'s and each module\'s supports are replaced by the rows given.'],
  ['Supports', 'Type of support', `${SUPPORT_WORDS}.`],
  ['Supports', 'Provided by / Contact', 'The partner organisation that provides it (its name as Rungs lists it, or blank), and who to contact: name, email, phone, and notes such as hours or who qualifies.'],
  ['All', 'Removing a module row', 'A module left out of the Modules sheet is left as it is, in the pathway.'],
]
