// Reading aggregate outcomes: whole for the data's own organisation (and admins), suppressed for everyone
// else. Suppression always runs on a module's (or credential's) whole table (every term and subgroup) and only
// then is a term picked out, so that no two answers hide different cells of the same table and give each other
// away.
import type { CredentialOutcomes, ModuleOutcomes, PathwayOutcomes } from '../../../shared/schemas/outcomes'
import { publishOutcomeTable, type OutcomeRow, type PublishedOutcomeRow } from '../../../shared/domain/outcomes/table'
import { termOrder } from '../../../shared/domain/outcomes/terms'
import type { Db } from '../../db/connect'
import { credentialsOfPathway, outcomeRowsOfCredentials } from '../../db/queries/credential-outcome-counts'
import { findCredential } from '../../db/queries/credentials'
import { findModule } from '../../db/queries/modules'
import { outcomeRowsOfModules } from '../../db/queries/outcome-counts'
import { findPathwayBySlug, placementsOf } from '../../db/queries/pathways'
import { NotFound } from '../../errors'
import { canSee, type Viewer } from '../access'

type Owned = OutcomeRow & { organisationId: number | null; source: string }
type Published = { whole: boolean; threshold: number; sources: string[]; rows: PublishedOutcomeRow[] }

// True when the viewer may see these rows whole: an admin, or a person of the organisation every row belongs to.
function seesWhole(viewer: Viewer, rows: readonly Owned[]): boolean {
  if (viewer?.role === 'admin') return true
  return viewer !== null && viewer.organisationId !== null && rows.every((row) => row.organisationId === viewer.organisationId)
}

// The distinct non-empty sources of these rows, in alphabetical order.
const sourcesOf = (rows: readonly { source: string }[]) => [...new Set(rows.map((row) => row.source).filter((source) => source !== ''))].sort()

function publish(rows: readonly Owned[], viewer: Viewer, threshold: number, term?: string): Published {
  const whole = seesWhole(viewer, rows)
  const table = publishOutcomeTable(rows, whole ? 0 : threshold)
  return { whole, threshold, sources: sourcesOf(rows), rows: term ? table.filter((row) => row.term === term) : table }
}

// Modules read and published at a time: a statewide pathway has millions of rows, and reading them a slice at a
// time lets each slice's rows go as soon as its tables are published, rather than all staying alive together.
const MODULES_PER_READ = 1_000

// The outcomes of the pathway's modules the viewer may see and of the credentials they lead to, with the terms
// any of them reports.
export async function pathwayOutcomes(db: Db, viewer: Viewer, slug: string, threshold: number, term?: string): Promise<PathwayOutcomes> {
  const pathway = await findPathwayBySlug(db, slug)
  if (!pathway) throw new NotFound('Pathway', slug)
  const modules = await placementsOf(db, pathway.id, viewer)
  const credentials = await credentialsOfPathway(db, modules.map((m) => m.id))
  const terms = new Set<string>()
  const sources = new Set<string>()
  const seen = (rows: readonly Owned[]) => {
    for (const row of rows) {
      terms.add(row.term)
      if (row.source !== '') sources.add(row.source)
    }
  }
  const published: ModuleOutcomes[] = []
  for (let at = 0; at < modules.length; at += MODULES_PER_READ) {
    const slice = modules.slice(at, at + MODULES_PER_READ)
    const rows = await outcomeRowsOfModules(db, slice.map((m) => m.id))
    seen(rows)
    const rowsOfModule = groupRows(rows, (row) => row.moduleId)
    for (const m of slice) {
      const its = rowsOfModule.get(m.id)
      if (its) published.push({ moduleId: m.id, code: m.code, title: m.title, ...publish(its, viewer, threshold, term) })
    }
  }
  const credentialRows = await outcomeRowsOfCredentials(db, credentials.map((c) => c.id))
  seen(credentialRows)
  const rowsOfCredential = groupRows(credentialRows, (row) => row.credentialId)
  return {
    threshold,
    terms: [...terms].sort((a, b) => termOrder(a) - termOrder(b)),
    sources: [...sources].sort(),
    modules: published,
    credentials: credentials.flatMap((c) => {
      const rows = rowsOfCredential.get(c.id)
      return rows ? [{ credentialId: c.id, title: c.title, ...publish(rows, viewer, threshold, term) }] : []
    }),
  }
}

function groupRows<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>()
  for (const row of rows) {
    const group = groups.get(key(row))
    if (group) group.push(row)
    else groups.set(key(row), [row])
  }
  return groups
}

// One module's outcomes; a module the viewer may not see is as absent as a missing one.
export async function moduleOutcomes(db: Db, viewer: Viewer, moduleId: number, threshold: number, term?: string): Promise<ModuleOutcomes> {
  const module = await findModule(db, moduleId)
  if (!module || !canSee(viewer, module)) throw new NotFound('Module', moduleId)
  return { moduleId, code: module.code, title: module.title, ...publish(await outcomeRowsOfModules(db, [moduleId]), viewer, threshold, term) }
}

// One credential's outcomes (credentials are public, their small counts are not).
export async function credentialOutcomes(db: Db, viewer: Viewer, credentialId: number, threshold: number, term?: string): Promise<CredentialOutcomes> {
  const credential = await findCredential(db, credentialId)
  if (!credential) throw new NotFound('Credential', credentialId)
  return { credentialId, title: credential.title, ...publish(await outcomeRowsOfCredentials(db, [credentialId]), viewer, threshold, term) }
}
