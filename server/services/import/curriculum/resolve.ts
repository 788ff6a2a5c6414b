// Resolving what a curriculum workbook names (competencies by code and framework, credentials by title, modules
// by code) against the database; each name that matches nothing, or more than one thing, is a problem.
import type { AlignmentInput } from '../../../../shared/schemas/module'
import type { Db } from '../../../db/connect'
import { competenciesByCodes, credentialsByTitles, modulesByCodes, organisationsByNames } from '../../../db/queries/curriculum'
import { NotFound } from '../../../errors'
import type { Viewer } from '../../access'
import { getModule } from '../../modules/read'
import type { Problems } from '../model'
import type { Workbook, WorkbookAlignment, WorkbookModule } from './read'
import type { WorkbookSupport } from './read-terms'

export type ModuleDetail = Awaited<ReturnType<typeof getModule>>

export type Lookups = {
  // Modules the workbook names that exist but are not placed in the pathway.
  outside: Map<string, ModuleDetail>
  credentialIds: (m: WorkbookModule) => number[]
  alignment: (a: WorkbookAlignment) => (AlignmentInput & { code: string }) | null
  // The id of the organisation a support names (null when none is named, or it is unknown: a problem then).
  provider: (s: WorkbookSupport) => number | null
}

// Looks up every name the workbook uses, recording a problem for each one that does not resolve.
export async function resolveNames(db: Db, viewer: Viewer, workbook: Workbook, placed: Set<string>, problems: Problems): Promise<Lookups> {
  const outside = new Map<string, ModuleDetail>()
  const others = workbook.modules.filter((m) => m.code && !placed.has(m.code))
  for (const found of await modulesByCodes(db, others.map((m) => m.code))) {
    try {
      outside.set(found.code, await getModule(db, found.id, viewer))
    } catch (error) {
      if (!(error instanceof NotFound)) throw error
      const row = others.find((m) => m.code === found.code)!
      problems.error(`Module code ${found.code} is used by a module you cannot see; choose another code`, row.at('code'))
    }
  }

  const titles = [...new Set(workbook.modules.flatMap((m) => m.credentials))]
  const credentials = new Map<string, number[]>()
  for (const c of await credentialsByTitles(db, titles)) credentials.set(c.title, [...(credentials.get(c.title) ?? []), c.id])
  const credentialIds = (m: WorkbookModule) =>
    m.credentials.flatMap((title) => {
      const ids = credentials.get(title) ?? []
      if (ids.length !== 1) problems.error(ids.length ? `Two credentials are titled "${title}"; rename one of them first` : `No credential is titled "${title}"`, m.at('credentials'))
      return ids.slice(0, 1)
    })

  const codes = [...new Set(workbook.alignments.map((a) => a.competency).filter(Boolean))]
  const competencies = new Map<string, { id: number; frameworkTitle: string }[]>()
  for (const c of await competenciesByCodes(db, codes)) competencies.set(c.code, [...(competencies.get(c.code) ?? []), c])
  const alignment = (a: WorkbookAlignment) => {
    if (!a.competency) return null
    const all = competencies.get(a.competency) ?? []
    const matches = a.framework ? all.filter((c) => c.frameworkTitle === a.framework) : all
    if (matches.length === 1) return { competencyId: matches[0]!.id, depth: a.depth, assessed: a.assessed, code: a.competency }
    if (!all.length) problems.error(`Unknown competency code ${a.competency}`, a.at('competency'))
    else if (!matches.length) problems.error(`Framework "${a.framework}" has no competency ${a.competency} (found in ${all.map((c) => `"${c.frameworkTitle}"`).join(', ')})`, a.at('framework'))
    // CASE frameworks may repeat a code (issue 16): the workbook cannot tell those items apart.
    else if (new Set(matches.map((c) => c.frameworkTitle)).size < matches.length) {
      problems.error(`Competency code ${a.competency} names ${matches.length} competencies${a.framework ? ` of "${a.framework}"` : ''}; align the module to the one meant on its page`, a.at('competency'))
    } else problems.error(`Competency code ${a.competency} is in ${matches.length} frameworks; give the framework title`, a.at('framework'))
    return null
  }
  // Organisations are public (every reader lists them), so naming an unknown one reveals nothing.
  const names = (workbook.supports ?? []).flatMap((s) => (s.organisation ? [s.organisation] : []))
  const organisations = new Map((await organisationsByNames(db, names)).map((o) => [o.name.toLowerCase(), o.id]))
  const provider = (s: WorkbookSupport) => {
    if (!s.organisation) return null
    const id = organisations.get(s.organisation.toLowerCase())
    if (id === undefined) problems.error(`No partner organisation is named "${s.organisation}"; use its name as Rungs lists it, or leave the cell blank`, s.at('organisation'))
    return id ?? null
  }
  return { outside, credentialIds, alignment, provider }
}
