// The sheets and columns of the curriculum workbook, shared by the export and the reader so they cannot drift.
export const CURRICULUM_SHEETS = { about: 'About', modules: 'Modules', outcomes: 'Outcomes', alignments: 'Alignments' } as const

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

// What each column means, for the About sheet.
export const COLUMN_NOTES: [string, string, string][] = [
  ['About', PATHWAY_VERSION_LABEL, 'The version of the pathway when exported. Leave it alone: if the pathway was changed since, moving modules (Stage / Entry / Exit) is refused.'],
  ['Modules', 'Code', 'The module code; it identifies the module, so it cannot be changed here. A new code adds a module.'],
  ['Modules', 'Title / Level / Kind / Status', 'Level: secondary, adult, postsecondary or apprenticeship. Kind: occupational, bridge or integrated. Status: draft, review, approved or archived.'],
  ['Modules', 'Stage / Entry / Exit', 'Where the module sits in the pathway (stage 1-20) and whether it is an entry or exit point (yes/no).'],
  ['Modules', 'Clock hours / Credits / Entry level', 'Optional numbers and the entry skill level.'],
  ['Modules', 'Version', 'The version of the module when exported. Leave it alone: if the module was changed since, the import is refused. Blank for a new module.'],
  ['Modules', 'Credentials', 'Titles of the credentials the module leads to, separated by "; ". They must already exist.'],
  ['Outcomes', 'Module code / Position / Outcome', 'One learning outcome per row, in order of Position (1, 2, ...) within its module. A module\'s outcomes are replaced by the rows given.'],
  ['Outcomes', 'Outcome UUID', 'Identifies an existing outcome; blank for a new one. Delete the row to remove the outcome.'],
  ['Alignments', 'Module code / Outcome position', 'The module, and the Position of its outcome (blank for an alignment of the whole module).'],
  ['Alignments', 'Competency code / Framework', 'The competency, by code and framework title (the title may be left blank when the code is unique).'],
  ['Alignments', 'Depth / Assessed', 'I (introduced), R (reinforced) or M (mastered); yes/no.'],
  ['All', 'Removing a module row', 'A module left out of the Modules sheet is left as it is, in the pathway.'],
]
