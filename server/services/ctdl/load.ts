// Reads what a CTDL export needs: a pathway's public road map (approved content only, as a public registry shows
// it), its modules' public revisions, the identities of every row named. Publishing and the downloads share it.
import type { Db } from '../../db/connect'
import { competencyIdentities, credentialsForCtdl, frameworkIdentity, frameworkItems, moduleIdentities, pathwayIdentity } from '../../db/queries/ctdl'
import { NotFound } from '../../errors'
import { getModule } from '../modules/read'
import { getPathwayBySlug } from '../pathways/read'
import type { CtdlContext } from './context'
import { courseDocument, type CompetencyIdentity } from './course'
import { credentialDocument } from './credential'
import { frameworkDocument } from './framework'
import { ctidOf } from './ids'
import { pathwayDocuments } from './pathway'
import type { CtdlDocument } from './vocabulary'

// Every graph a pathway publishes: the pathway, its progression model, and the courses, credentials and
// frameworks its components stand for.
export type PathwayCtdl = {
  pathway: CtdlDocument
  progressionModel: CtdlDocument
  courses: CtdlDocument[]
  credentials: CtdlDocument[]
  frameworks: CtdlDocument[]
}

// A framework's CTDL-ASN graph, or 404.
export async function frameworkCtdl(db: Db, id: number, ctx: CtdlContext): Promise<CtdlDocument> {
  const framework = await frameworkIdentity(db, id)
  if (!framework) throw new NotFound('Framework', id)
  return frameworkDocument({ ...framework, items: await frameworkItems(db, id) }, ctx)
}

// The CTDL graphs of a pathway as the public sees it, or 404.
export async function pathwayCtdl(db: Db, slug: string, ctx: CtdlContext): Promise<PathwayCtdl> {
  const identity = await pathwayIdentity(db, slug)
  if (!identity) throw new NotFound('Pathway', slug)
  const map = await getPathwayBySlug(db, slug, null, 'public')
  const placed = map.stages.flatMap((s) => s.modules)
  const details = await Promise.all(placed.map((m) => getModule(db, m.id, null)))
  const identities = new Map((await moduleIdentities(db, placed.map((m) => m.id))).map((m) => [m.id, m]))
  const competencyIds = (d: (typeof details)[number]) => [...d.alignments, ...d.outcomes.flatMap((o) => o.alignments)].map((a) => a.competencyId)
  const competencies = new Map<number, CompetencyIdentity>(
    (await competencyIdentities(db, [...new Set(details.flatMap(competencyIds))])).map((c) => [c.id, c]),
  )
  const courses = details.map((d) => courseDocument({ ...d, competencyIds: competencyIds(d), identity: identities.get(d.id)! }, competencies, ctx))
  const courseCtid = new Map(details.map((d) => [d.id, ctidOf(identities.get(d.id)!)]))

  const credentialRows = new Map((await credentialsForCtdl(db, map.credentials.map((c) => c.id))).map((c) => [c.id, c]))
  const credentials = map.credentials.map((c) =>
    credentialDocument(
      { ...credentialRows.get(c.id)!, occupations: c.occupations.map((o) => ({ socCode: o.socCode, title: o.title })), courses: c.moduleIds.map((id) => ctx.resource(courseCtid.get(id)!)) },
      ctx,
    ),
  )

  const prerequisitesOf = (id: number) => map.prerequisites.filter((p) => p.moduleId === id).map((p) => p.prerequisiteId)
  const { pathway, progressionModel } = pathwayDocuments(
    {
      ...identity,
      ctid: ctidOf(identity),
      occupations: map.occupations,
      modules: placed.map((m, index) => ({
        ...m,
        courseCtid: courseCtid.get(m.id)!,
        prerequisiteIds: prerequisitesOf(m.id),
        targetIds: details[index]!.targets.map((t) => t.id),
      })),
      credentials: map.credentials.map((c) => ({ ...c, credentialCtid: ctidOf(credentialRows.get(c.id)!) })),
    },
    ctx,
  )

  const frameworkIds = [...new Set([...map.frameworks.map((f) => f.id), ...[...competencies.values()].map((c) => c.frameworkId)])]
  const frameworks = await Promise.all(frameworkIds.map((id) => frameworkCtdl(db, id, ctx)))
  return { pathway, progressionModel, courses, credentials, frameworks }
}
