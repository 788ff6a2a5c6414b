// Reading pathways: the list, and one pathway as a road map (stages of modules, credentials and how they stack).
import type { Db } from '../../db/connect'
import { articulationsOfPathway } from '../../db/queries/articulations'
import { credentialDetails, credentialsOfModules, stackEdges } from '../../db/queries/credentials'
import {
  findPathway,
  findPathwayBySlug,
  frameworksOfPathway,
  listPathways as listPathwayRows,
  occupationsOf,
  placementsOf,
  prerequisitesAmong,
} from '../../db/queries/pathways'
import { credentialOccupationsOf, exitOccupationsOf } from '../../db/queries/exit-occupations'
import { partnersOf } from '../../db/queries/partners'
import { THE_PUBLIC } from '../../db/queries/public-view'
import type { Reader } from '../../db/queries/visibility'
import { NotFound } from '../../errors'
import type { Viewer } from '../access'
import { occupationFigures, type OccupationFigures } from '../labor/occupations'
import { fundingOfModules, supportsOfModules, supportsOfPathway } from '../../db/queries/supports'
import { routesOfRoadMap } from './route-costs'
import { publishedRows, publishedTerms } from '../workflow/published'

type PathwayRow = NonNullable<Awaited<ReturnType<typeof findPathway>>>

const withoutPathwayId = ({ pathwayId: _pathwayId, ...occupation }: { pathwayId: number; socCode: string; title: string }) =>
  occupation

// One page of pathways, each with its module count and target occupations.
export async function listPathways(db: Db, filter: Parameters<typeof listPathwayRows>[1]) {
  const page = await listPathwayRows(db, filter)
  const occupations = await occupationsOf(db, page.items.map((p) => p.id))
  return {
    ...page,
    items: page.items.map((p) => ({ ...p, occupations: occupations.filter((o) => o.pathwayId === p.id).map(withoutPathwayId) })),
  }
}

// The credentials reachable from `start` by stacking, start included.
function stackingClosure(start: Iterable<number>, stacksInto: Map<number, number[]>): number[] {
  const seen = new Set(start)
  const queue = [...seen]
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    for (const to of stacksInto.get(at) ?? []) {
      if (!seen.has(to)) {
        seen.add(to)
        queue.push(to)
      }
    }
  }
  return [...seen]
}

// The jobs named at the pathway's exits and for its credentials, each with the figures the road map shows (the
// owning partnership's local wages before national ones) and whether its median reaches the family-sustaining wage.
async function jobsOf(db: Db, pathway: PathwayRow, moduleIds: readonly number[], credentialIds: readonly number[]) {
  const visible = new Set(moduleIds)
  const [exits, ofCredentials] = await Promise.all([exitOccupationsOf(db, pathway.id), credentialOccupationsOf(db, credentialIds)])
  const atVisibleExits = exits.filter((e) => visible.has(e.moduleId))
  const figures = await occupationFigures(db, [...atVisibleExits, ...ofCredentials].map((o) => o.socCode), pathway.organisationId)
  const withMark = (f: OccupationFigures) => {
    const hourly = f.wage?.effectiveHourly ?? null
    return { ...f, atFamilyWage: pathway.familyWageHourly === null || hourly === null ? null : hourly >= pathway.familyWageHourly }
  }
  const pick = (codes: string[]) => codes.flatMap((code) => (figures.has(code) ? [withMark(figures.get(code)!)] : []))
  return {
    atExit: (moduleId: number) => pick(atVisibleExits.filter((e) => e.moduleId === moduleId).map((e) => e.socCode)),
    ofCredential: (credentialId: number) => pick(ofCredentials.filter((c) => c.credentialId === credentialId).map((c) => c.socCode)),
  }
}

// The road map's two views: the public one (approved content only, nothing internal) and the partners' one.
export type RoadMapView = 'public' | 'partner'

// Anonymous readers always get the public view; signed-in people get the partners' view unless they ask for the
// public one (the "Student view").
export function readerFor(viewer: Viewer, asked: RoadMapView | undefined): { view: RoadMapView; reader: Reader } {
  return viewer && asked !== 'public' ? { view: 'partner', reader: viewer } : { view: 'public', reader: THE_PUBLIC }
}

// The road map of a pathway row as the viewer sees it in the view asked for.
export async function roadMap(db: Db, pathway: PathwayRow, viewer: Viewer, asked?: RoadMapView) {
  const { view, reader } = readerFor(viewer, asked)
  const shownTo = view === 'public' ? null : viewer
  const [occupations, frameworks, working, articulations, edges] = await Promise.all([
    occupationsOf(db, [pathway.id]),
    frameworksOfPathway(db, pathway.id),
    placementsOf(db, pathway.id, reader),
    articulationsOfPathway(db, pathway.id, reader),
    stackEdges(db),
  ])
  // The public (and people outside the owning organisation) see each module at its approved revision.
  const placements = await publishedRows(db, shownTo, working)
  const stacksInto = new Map<number, number[]>()
  for (const e of edges) stacksInto.set(e.fromId, [...(stacksInto.get(e.fromId) ?? []), e.toId])
  const moduleIds = placements.map((p) => p.id)
  const [leadsTo, prerequisites, partners] = await Promise.all([
    credentialsOfModules(db, moduleIds),
    prerequisitesAmong(db, moduleIds),
    partnersOf(db, pathway.organisationId, moduleIds),
  ])
  const credentials = await credentialDetails(db, stackingClosure(new Set(leadsTo.map((c) => c.id)), stacksInto))
  const jobs = await jobsOf(db, pathway, placements.map((p) => p.id), credentials.map((c) => c.id))
  const moduleIdsOf = (credentialId: number) => leadsTo.filter((l) => l.id === credentialId).map((l) => l.moduleId)
  const placedIds = placements.map((p) => p.id)
  const [pathwaySupports, { supports: moduleSupports, funding }, routes] = await Promise.all([
    supportsOfPathway(db, pathway.id),
    Promise.all([supportsOfModules(db, placedIds), fundingOfModules(db, placedIds)]).then(([supports, funding]) => publishedTerms(db, shownTo, working, supports, funding)),
    routesOfRoadMap(db, placements, credentials.map((c) => ({ id: c.id, moduleIds: moduleIdsOf(c.id), stacksInto: stacksInto.get(c.id) ?? [] }))),
  ])

  // Rows named by a module id carry the module's code and title (as shown in this view) beside it.
  const placed = new Map(placements.map((p) => [p.id, p]))
  const named = (id: number) => ({ code: placed.get(id)!.code, title: placed.get(id)!.title })
  const moduleRef = (moduleId: number) => {
    const { code, title } = named(moduleId)
    return { moduleId, moduleCode: code, moduleTitle: title }
  }

  const stageNumbers = [...new Set(placements.map((p) => p.stage))]
  const stages = stageNumbers.map((stage) => ({
    stage,
    modules: placements
      .filter((p) => p.stage === stage)
      .map((p) => ({
        ...p,
        occupations: jobs.atExit(p.id),
        credentials: leadsTo
          .filter((c) => c.moduleId === p.id)
          .map(({ moduleId: _moduleId, ...c }) => ({ ...c, stacksInto: stacksInto.get(c.id) ?? [] })),
      })),
  }))
  return {
    ...pathway,
    view,
    // The organisations that own the pathway and the modules shown.
    partners,
    occupations: occupations.map(withoutPathwayId),
    frameworks,
    stages,
    // Every credential its modules lead to, plus those they stack into; moduleIds is empty for a stacked-only one.
    credentials: credentials.map((c) => ({
      ...c,
      stacksInto: stacksInto.get(c.id) ?? [],
      occupations: jobs.ofCredential(c.id),
      moduleIds: moduleIdsOf(c.id),
      // The time and cost to earn it from each entry point that leads to it (shared/domain/routes/route-cost.ts).
      routes: (routes.get(c.id) ?? []).map((r) => ({ ...r, entryCode: named(r.entryId).code, entryTitle: named(r.entryId).title })),
    })),
    articulations,
    // Wrap-around supports of the whole pathway (stage null) and of its stages, then those of its modules.
    supports: pathwaySupports.map(({ pathwayId: _p, moduleId: _m, ...s }) => s),
    moduleSupports: moduleSupports.map(({ pathwayId: _p, stage: _s, ...s }) => ({ ...s, ...moduleRef(s.moduleId!) })),
    funding: funding.map((f) => ({ ...f, ...moduleRef(f.moduleId) })),
    // "Module requires prerequisite" among the modules shown.
    prerequisites: prerequisites.map(({ moduleId, prerequisiteId }) => {
      const prerequisite = named(prerequisiteId)
      return { ...moduleRef(moduleId), prerequisiteId, prerequisiteCode: prerequisite.code, prerequisiteTitle: prerequisite.title }
    }),
  }
}

// A pathway by slug as a road map in the view asked for (see readerFor), or 404.
export async function getPathwayBySlug(db: Db, slug: string, viewer: Viewer, view?: RoadMapView) {
  const pathway = await findPathwayBySlug(db, slug)
  if (!pathway) throw new NotFound('Pathway', slug)
  return roadMap(db, pathway, viewer, view)
}

// A pathway by id as a road map of the modules the viewer may see, or 404.
export async function getPathway(db: Db, id: number, viewer: Viewer) {
  const pathway = await findPathway(db, id)
  if (!pathway) throw new NotFound('Pathway', id)
  return roadMap(db, pathway, viewer)
}
