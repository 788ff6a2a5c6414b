// Reading aggregate outcomes: whole for the data's own organisation (and admins), suppressed for everyone
// else. Suppression always runs on a module's whole table (every term and subgroup) and only then is a term
// picked out, so that no two answers hide different cells of the same table and give each other away.
import type { ModuleOutcomes, PathwayOutcomes } from '../../../shared/schemas/outcomes'
import { publishOutcomeTable } from '../../../shared/domain/outcomes/table'
import { termOrder } from '../../../shared/domain/outcomes/terms'
import type { Db } from '../../db/connect'
import { findModule } from '../../db/queries/modules'
import { outcomeRowsOfModules, type StoredOutcomeRow } from '../../db/queries/outcome-counts'
import { findPathwayBySlug, placementsOf } from '../../db/queries/pathways'
import { NotFound } from '../../errors'
import { canSee, type Viewer } from '../access'

type Described = { id: number; code: string; title: string }

// True when the viewer may see these rows whole: an admin, or a person of the organisation every row belongs to.
function seesWhole(viewer: Viewer, rows: readonly StoredOutcomeRow[]): boolean {
  if (viewer?.role === 'admin') return true
  return viewer !== null && viewer.organisationId !== null && rows.every((row) => row.organisationId === viewer.organisationId)
}

// The distinct non-empty sources of these rows, in the order first named.
const sourcesOf = (rows: readonly { source: string }[]) => [...new Set(rows.map((row) => row.source).filter((source) => source !== ''))]

function publish(module: Described, rows: readonly StoredOutcomeRow[], viewer: Viewer, threshold: number, term?: string): ModuleOutcomes {
  const whole = seesWhole(viewer, rows)
  const table = publishOutcomeTable(rows, whole ? 0 : threshold)
  return { moduleId: module.id, code: module.code, title: module.title, whole, threshold, sources: sourcesOf(rows), rows: term ? table.filter((row) => row.term === term) : table }
}

// The outcomes of the pathway's modules the viewer may see, with the terms any of them reports.
export async function pathwayOutcomes(db: Db, viewer: Viewer, slug: string, threshold: number, term?: string): Promise<PathwayOutcomes> {
  const pathway = await findPathwayBySlug(db, slug)
  if (!pathway) throw new NotFound('Pathway', slug)
  const modules = await placementsOf(db, pathway.id, viewer)
  const rows = await outcomeRowsOfModules(db, modules.map((m) => m.id))
  const terms = [...new Set(rows.map((row) => row.term))].sort((a, b) => termOrder(a) - termOrder(b))
  const reported = modules.filter((m) => rows.some((row) => row.moduleId === m.id))
  return { threshold, terms, sources: sourcesOf(rows), modules: reported.map((m) => publish(m, rows.filter((row) => row.moduleId === m.id), viewer, threshold, term)) }
}

// One module's outcomes; a module the viewer may not see is as absent as a missing one.
export async function moduleOutcomes(db: Db, viewer: Viewer, moduleId: number, threshold: number, term?: string): Promise<ModuleOutcomes> {
  const module = await findModule(db, moduleId)
  if (!module || !canSee(viewer, module)) throw new NotFound('Module', moduleId)
  return publish(module, await outcomeRowsOfModules(db, [moduleId]), viewer, threshold, term)
}
