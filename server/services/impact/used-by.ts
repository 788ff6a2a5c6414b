// "Used by": what depends on a module, a competency or a credential, as the viewer may see it. Another
// organisation's drafts are left out entirely (neither named nor counted, so their existence is not revealed),
// and open validation campaigns are listed only to the people who run the pathway.
import { ownsRow } from '../../../shared/domain/permissions'
import { DEPTH_LABELS, type Depth } from '../../../shared/domain/vocabulary'
import type { Dependent, UsedBy } from '../../../shared/schemas/impact'
import type { Db } from '../../db/connect'
import { alignmentsOfModule } from '../../db/queries/alignments'
import { articulationsOfModule } from '../../db/queries/articulations'
import { findCompetency } from '../../db/queries/competencies'
import { articulationsFromCredential, findCredential, modulesLeadingTo, stacksAround } from '../../db/queries/credentials'
import { findModule } from '../../db/queries/modules'
import { findOutcome } from '../../db/queries/outcomes'
import {
  alignmentsTo,
  bridgesInto,
  campaignAreas,
  childrenOf,
  credentialsOfModule,
  linksOf,
  modulesNeeding,
  openCampaignsOf,
  pathwaysOfCompetency,
  pathwaysOfCredential,
  pathwaysPlacing,
  selfAndAncestors,
} from '../../db/queries/used-by'
import { NotFound } from '../../errors'
import { canSee, type Viewer } from '../access'

export type Pathway = { id: number; slug: string; title: string; organisationId: number | null }

const modulePage = (id: number) => `/modules/${id}`
const pathwayPage = (slug: string) => `/pathways/${slug}`
const competencyPage = (frameworkId: number, id: number) => `/frameworks/${frameworkId}?competency=${id}`

const pathwayDependent = (p: Pathway, note: string | null): Dependent => ({ kind: 'pathway', id: p.id, code: null, title: p.title, note, href: pathwayPage(p.slug) })

// The open campaigns of these pathways that the viewer runs (and, given `covers`, that cover the subject).
async function campaignDependents(db: Db, viewer: Viewer, pathways: readonly Pathway[], covers?: (campaign: { id: number; scope: string }, areas: Map<number, number[]>) => boolean) {
  if (!viewer) return []
  const run = pathways.filter((p) => ownsRow(viewer, p.organisationId)).map((p) => p.id)
  const campaigns = await openCampaignsOf(db, run)
  const areas = new Map<number, number[]>()
  for (const a of await campaignAreas(db, campaigns.filter((c) => c.scope === 'areas').map((c) => c.id))) {
    areas.set(a.campaignId, [...(areas.get(a.campaignId) ?? []), a.competencyId])
  }
  return campaigns
    .filter((c) => !covers || covers(c, areas))
    .map((c): Dependent => ({ kind: 'campaign', id: c.id, code: null, title: c.title, note: `on ${c.pathwayTitle}`, href: `/pathways/${c.slug}/validation/${c.id}` }))
}

const articulationTitle = (a: { fromModuleCode: string | null; fromCredentialTitle: string | null; toModuleCode: string }) =>
  `${a.fromModuleCode ?? a.fromCredentialTitle ?? ''} → ${a.toModuleCode}`

// What depends on a module the viewer may see (404 otherwise).
export async function moduleUsedBy(db: Db, viewer: Viewer, id: number): Promise<UsedBy & { pathwayRows: Pathway[] }> {
  const module = await findModule(db, id)
  if (!module || !canSee(viewer, module)) throw new NotFound('Module', id)
  const [pathways, needing, credentials, articulations, bridges] = await Promise.all([
    pathwaysPlacing(db, id),
    modulesNeeding(db, id, viewer),
    credentialsOfModule(db, id),
    articulationsOfModule(db, id, viewer),
    bridgesInto(db, id, viewer),
  ])
  const dependents: Dependent[] = [
    ...pathways.map((p) => pathwayDependent(p, `stage ${p.stage}`)),
    ...bridges.map((m): Dependent => ({ kind: 'bridge', id: m.id, code: m.code, title: m.title, note: null, href: modulePage(m.id) })),
    ...needing.map((m): Dependent => ({ kind: 'prerequisite', id: m.id, code: m.code, title: m.title, note: null, href: modulePage(m.id) })),
    ...credentials.map((c): Dependent => ({ kind: 'credential', id: c.id, code: null, title: c.title, note: c.kind, href: '/credentials' })),
    ...articulations.map((a): Dependent => ({
      kind: 'articulation',
      id: a.id,
      code: null,
      title: articulationTitle(a),
      note: a.kind.replace(/_/g, ' '),
      href: modulePage(a.toModuleId === id ? (a.fromModuleId ?? id) : a.toModuleId),
    })),
    ...(await campaignDependents(db, viewer, pathways)),
  ]
  return { subject: { kind: 'module', id, code: module.code, title: module.title }, dependents, pathwayRows: pathways }
}

// What depends on a saved outcome of a module the viewer may see (404 otherwise): the competencies it aligns to,
// and the pathways and open campaigns of its module. `remaining` are the module's alignments without the
// outcome's, for the impact preview.
export async function outcomeUsedBy(db: Db, viewer: Viewer, id: number) {
  const outcome = await findOutcome(db, id)
  const module = outcome && (await findModule(db, outcome.moduleId))
  if (!outcome || !module || !canSee(viewer, module)) throw new NotFound('Outcome', id)
  const [alignments, pathways] = await Promise.all([alignmentsOfModule(db, module.id), pathwaysPlacing(db, module.id)])
  const dependents: Dependent[] = [
    ...pathways.map((p) => pathwayDependent(p, `${module.code} is at stage ${p.stage}`)),
    ...alignments
      .filter((a) => a.outcomeId === id)
      .map((a): Dependent => ({
        kind: 'alignment', id: a.competencyId, code: a.competencyCode, title: a.competencyStatement, note: DEPTH_LABELS[a.depth], href: competencyPage(a.frameworkId, a.competencyId),
      })),
    ...(await campaignDependents(db, viewer, pathways)),
  ]
  const excerpt = outcome.text.length > 80 ? `${outcome.text.slice(0, 79)}…` : outcome.text
  return {
    subject: { kind: 'outcome' as const, id, code: module.code, title: `Outcome ${outcome.number}: ${excerpt}` },
    dependents,
    pathwayRows: pathways,
    module,
    remaining: alignments.filter((a) => a.outcomeId !== id).map((a) => ({ competencyId: a.competencyId, depth: a.depth })),
  }
}

const alignmentNote = (depth: Depth, outcome: boolean) => `${DEPTH_LABELS[depth]}${outcome ? ' (an outcome)' : ''}`

// What depends on a competency: the modules the viewer may see that align to it, its pathways, the links and
// children that name it, and open campaigns that rate it.
export async function competencyUsedBy(db: Db, viewer: Viewer, id: number): Promise<UsedBy & { pathwayRows: Pathway[] }> {
  const competency = await findCompetency(db, id)
  if (!competency) throw new NotFound('Competency', id)
  const [alignments, pathways, links, children, lineage] = await Promise.all([
    alignmentsTo(db, id, viewer),
    pathwaysOfCompetency(db, competency.frameworkId, id, viewer),
    linksOf(db, id),
    childrenOf(db, id),
    selfAndAncestors(db, id),
  ])
  const byModule = new Map<number, Dependent>()
  for (const a of alignments) {
    const note = alignmentNote(a.depth, a.outcomeId !== null)
    const seen = byModule.get(a.id)
    if (seen) seen.note = `${seen.note}; ${note}`
    else byModule.set(a.id, { kind: 'module', id: a.id, code: a.code, title: a.title, note, href: modulePage(a.id) })
  }
  const framed = pathways.filter((p) => Boolean(p.holdsFramework))
  const dependents: Dependent[] = [
    ...pathways.map((p) => pathwayDependent(p, p.holdsFramework ? 'held against its framework' : 'a module of it aligns to it')),
    ...byModule.values(),
    ...links.map((l): Dependent => {
      const requiresIt = l.relation === 'requires' && l.fromId !== id
      const note = l.relation === 'requires' ? (requiresIt ? `requires it${l.minLevel ? ` at level ${l.minLevel}` : ''}` : 'it requires this') : l.relation
      return { kind: requiresIt ? 'requirement' : 'link', id: l.id, code: l.code, title: l.statement, note, href: competencyPage(l.frameworkId, l.id) }
    }),
    ...children.map((c): Dependent => ({ kind: 'child', id: c.id, code: c.code, title: c.statement, note: null, href: competencyPage(c.frameworkId, c.id) })),
    ...(await campaignDependents(db, viewer, framed, (c, areas) => c.scope === 'all' || (areas.get(c.id) ?? []).some((a) => lineage.includes(a)))),
  ]
  return { subject: { kind: 'competency', id, code: competency.code, title: competency.statement }, dependents, pathwayRows: pathways }
}

// What depends on a credential: the modules the viewer may see that lead to it, its stacking, the articulations
// that give credit for it, and the pathways of those modules.
export async function credentialUsedBy(db: Db, viewer: Viewer, id: number): Promise<UsedBy & { pathwayRows: Pathway[] }> {
  const credential = await findCredential(db, id)
  if (!credential) throw new NotFound('Credential', id)
  const [modules, stacks, articulations, pathways] = await Promise.all([
    modulesLeadingTo(db, id, viewer),
    stacksAround(db, id),
    articulationsFromCredential(db, id, viewer),
    pathwaysOfCredential(db, id, viewer),
  ])
  const stacking = (c: { id: number; title: string }, note: string): Dependent => ({ kind: 'stacking', id: c.id, code: null, title: c.title, note, href: '/credentials' })
  const dependents: Dependent[] = [
    ...pathways.map((p) => pathwayDependent(p, null)),
    ...modules.map((m): Dependent => ({ kind: 'module', id: m.id, code: m.code, title: m.title, note: 'leads to it', href: modulePage(m.id) })),
    ...stacks.stacksInto.map((c) => stacking(c, 'it stacks into this')),
    ...stacks.stackedFrom.map((c) => stacking(c, 'stacks into it')),
    ...articulations.map((a): Dependent => ({ kind: 'articulation', id: a.id, code: null, title: `${credential.title} → ${a.toModuleCode}`, note: null, href: '/credentials' })),
  ]
  return { subject: { kind: 'credential', id, code: null, title: credential.title }, dependents, pathwayRows: pathways }
}
