// A pathway's curriculum as an editable XLSX workbook: About, Modules, Outcomes, Alignments, Funding and Supports,
// headers bold and frozen, text neutralised against formula injection (by toXlsx). The reader in ./read.ts takes it back.
import type { Db } from '../../../db/connect'
import type { Viewer } from '../../access'
import type { Cell } from '../../export/csv'
import { toXlsx, widthsOf, type Sheet } from '../../export/xlsx'
import { getModule } from '../../modules/read'
import { getPathwayBySlug } from '../../pathways/read'
import { DELIVERY_FORMAT_LABELS, FUNDING_SOURCE_LABELS, SUPPORT_KIND_LABELS, type FundingSource, type SupportKind } from '../../../../shared/domain/vocabulary'
import {
  ALIGNMENT_COLUMNS, COLUMN_NOTES, CURRICULUM_SHEETS, FUNDING_COLUMNS, MODULE_COLUMNS, OUTCOME_COLUMNS, PATHWAY_VERSION_LABEL, SUPPORT_COLUMNS,
} from './columns'

export type CurriculumModule = Awaited<ReturnType<typeof getModule>> & { stage: number; position: number; isEntry: boolean; isExit: boolean }

const yesNo = (flag: boolean) => (flag ? 'yes' : 'no')

// The pathway with every module it places that the viewer may see, each in full with its placement.
export async function readCurriculum(db: Db, slug: string, viewer: Viewer) {
  const pathway = await getPathwayBySlug(db, slug, viewer)
  const modules: CurriculumModule[] = []
  for (const stage of pathway.stages) {
    for (const placed of stage.modules) {
      const { stage: at, position, isEntry, isExit } = placed
      modules.push({ ...(await getModule(db, placed.id, viewer)), stage: at, position, isEntry, isExit })
    }
  }
  return { pathway, modules }
}

function sheet(name: string, rows: Cell[][], freeze = true): Sheet {
  return { name, rows, widths: widthsOf(rows, 8, 60), freeze: freeze ? { rows: 1, columns: 0 } : null }
}

function moduleRow(m: CurriculumModule): Cell[] {
  const credentials = m.credentials.map((c) => c.title).join('; ')
  const schedule = m.delivery.map((f) => DELIVERY_FORMAT_LABELS[f]).join('; ')
  return [
    m.code, m.title, m.level, m.kind, m.stage, yesNo(m.isEntry), yesNo(m.isExit), m.clockHours, m.credits,
    m.durationWeeks, m.costToStudent, schedule, m.entryLevel, m.status, m.version, credentials,
  ]
}

type Support = Pick<CurriculumModule['supports'][number], 'description' | 'organisationName' | 'contactName' | 'contactEmail' | 'contactPhone' | 'contactNotes'> & { kind: string }

// A support's row: the module it is for (or blank) and the stage (or blank), then what and who.
const supportRow = (moduleCode: string | null, stage: number | null, s: Support): Cell[] => [
  moduleCode, stage, SUPPORT_KIND_LABELS[s.kind as SupportKind] ?? s.kind, s.description, s.organisationName, s.contactName, s.contactEmail, s.contactPhone, s.contactNotes,
]

const fundingRows = (m: CurriculumModule): Cell[][] =>
  m.funding.map((f) => [m.code, FUNDING_SOURCE_LABELS[f.source as FundingSource] ?? f.source, f.notes])

function alignmentRows(m: CurriculumModule): Cell[][] {
  const row = (position: number | null) => (a: CurriculumModule['alignments'][number]): Cell[] =>
    [m.code, position, a.competencyCode, a.frameworkTitle, a.depth, yesNo(a.assessed)]
  return [...m.alignments.map(row(null)), ...m.outcomes.flatMap((o, i) => o.alignments.map(row(i + 1)))]
}

// The workbook of the pathway's curriculum as XLSX bytes, and the pathway's title for the file name.
export async function exportCurriculum(db: Db, slug: string, viewer: Viewer): Promise<{ title: string; bytes: Buffer }> {
  const { pathway, modules } = await readCurriculum(db, slug, viewer)
  const about: Cell[][] = [
    ['Rungs curriculum workbook', 'Modules, outcomes, alignments, funding and supports of one pathway; edit them and import the workbook back'],
    ['Pathway', `${pathway.title} (${pathway.slug})`],
    [PATHWAY_VERSION_LABEL, pathway.version],
    ['Exported', new Date().toISOString()],
    [],
    ['Sheet', 'Column', 'What it means'],
    ...COLUMN_NOTES,
  ]
  const outcomes = modules.flatMap((m) => m.outcomes.map((o, i): Cell[] => [m.code, i + 1, o.text, o.uuid]))
  const bytes = toXlsx([
    sheet(CURRICULUM_SHEETS.about, about, false),
    sheet(CURRICULUM_SHEETS.modules, [Object.values(MODULE_COLUMNS), ...modules.map(moduleRow)]),
    sheet(CURRICULUM_SHEETS.outcomes, [Object.values(OUTCOME_COLUMNS), ...outcomes]),
    sheet(CURRICULUM_SHEETS.alignments, [Object.values(ALIGNMENT_COLUMNS), ...modules.flatMap(alignmentRows)]),
    sheet(CURRICULUM_SHEETS.funding, [Object.values(FUNDING_COLUMNS), ...modules.flatMap(fundingRows)]),
    sheet(CURRICULUM_SHEETS.supports, [
      Object.values(SUPPORT_COLUMNS),
      ...pathway.supports.map((s) => supportRow(null, s.stage, s)),
      ...modules.flatMap((m) => m.supports.map((s) => supportRow(m.code, null, s))),
    ]),
  ])
  return { title: pathway.title, bytes }
}
