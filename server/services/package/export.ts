// A pathway as a package (shared/package/schema.ts): its ladder, every module it places and the modules those
// need (prerequisites, bridge targets, articulated sources), their credentials and what those stack into, the
// articulations into its modules, and the frameworks all of it aligns to (by CASE identifier, or embedded as CASE).
import type { PackageArticulation, PackageCredential, PackageFramework, PackageModule, PackagePathway, RungsPackage } from '../../../shared/package/schema'
import { PACKAGE_VERSION } from '../../../shared/package/schema'
import type { DeliveryFormat } from '../../../shared/domain/vocabulary'
import type { RichTextDoc } from '../../../shared/schemas/rich-text'
import type { Db } from '../../db/connect'
import { exitOccupationsOf } from '../../db/queries/exit-occupations'
import {
  alignmentRows, articulationRows, competencyIdentifiers, credentialOccupationRows, credentialRows, frameworkRowsByIds, fundingRows, ladderOf, linkedModuleIds,
  moduleCredentialRows, moduleRows, moduleSupportRows, outcomeRows, pathwayFrameworkRows, pathwaySupportRows, stackRows,
} from '../../db/queries/package-read'
import { findPathwayBySlug, occupationsOf } from '../../db/queries/pathways'
import { fromFlag } from '../../db/stamps'
import { NotFound } from '../../errors'
import type { Reader } from '../../db/queries/visibility'
import type { Viewer } from '../access'
import { exportFrameworkCase } from '../export-case/package'
import type { Uris } from '../export-case/shapes'
import { showsApproved } from '../workflow/published'
import { packedContent } from './content'

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K) => {
  const map = new Map<K, T[]>()
  for (const row of rows) {
    const list = map.get(key(row))
    if (list) list.push(row)
    else map.set(key(row), [row])
  }
  return map
}

// Leaves out what is null, undefined or an empty list, so a package says only what a pathway has. A loop, not
// entries and filter: a statewide package has 600,000 entries.
function compact<T extends object>(entry: T): T {
  const out: Record<string, unknown> = {}
  for (const key in entry) {
    const v = entry[key] as unknown
    if (v !== null && v !== undefined && !(Array.isArray(v) && !v.length)) out[key] = v
  }
  return out as T
}

type Identifiers = { competency: string; framework: string }
type Alignment = { competencyId: number; depth: 'I' | 'R' | 'M'; assessed: boolean }
const alignmentOf = (identifiers: ReadonlyMap<number, Identifiers>) => (a: Alignment) => {
  const { framework, competency } = identifiers.get(a.competencyId)!
  return a.assessed ? { framework, competency, depth: a.depth, assessed: true } : { framework, competency, depth: a.depth }
}
const supportOf = ({ moduleId: _m, stage: _s, ...s }: { moduleId?: number | null; stage?: number | null; kind: string; description: string; provider: string | null; contactName: string | null; contactEmail: string | null; contactPhone: string | null; contactNotes: string | null }) => compact(s) as NonNullable<PackageModule['supports']>[number]

// The package entries of these modules, keyed by id, with the ids of the frameworks and credentials they use.
// Other modules are named by code.
export async function moduleEntries(db: Db, reader: Reader, ids: readonly number[]) {
  const [rows, outcomes, alignments, credentials, supports, funding, links] = await Promise.all([
    moduleRows(db, ids), outcomeRows(db, ids), alignmentRows(db, ids), moduleCredentialRows(db, ids), moduleSupportRows(db, ids), fundingRows(db, ids),
    linkedModuleIds(db, ids, reader),
  ])
  const competencies = await competencyIdentifiers(db, [...new Set(alignments.map((a) => a.competencyId))])
  const alignment = alignmentOf(new Map(competencies.map((c) => [c.id, c])))
  const outcomesOf = groupBy(outcomes, (o) => o.moduleId)
  const alignmentsOf = groupBy(alignments, (a) => a.outcomeId ?? -a.moduleId)
  const credentialsOf = groupBy(credentials, (c) => c.moduleId)
  const supportsOf = groupBy(supports, (s) => s.moduleId)
  const fundingOf = groupBy(funding, (f) => f.moduleId)
  const linksOf = groupBy(links, (l) => `${l.link}:${l.fromId}`)
  const refs = (key: string) => (linksOf.get(key) ?? []).map((l) => l.toCode)
  const entries = new Map<number, PackageModule>()
  for (const m of rows) {
    entries.set(m.id, compact({
      uuid: m.uuid, code: m.code, title: m.title, level: m.level, kind: m.kind, clockHours: m.clockHours, credits: m.credits, entryLevel: m.entryLevel,
      teamTaughtShare: m.teamTaughtShare, durationWeeks: m.durationWeeks, costToStudent: m.costToStudent,
      delivery: JSON.parse(m.delivery) as DeliveryFormat[],
      description: packedContent(JSON.parse(m.description) as RichTextDoc) || undefined,
      outcomes: (outcomesOf.get(m.id) ?? []).map((o) => compact({ uuid: o.uuid, content: packedContent(JSON.parse(o.content) as RichTextDoc), alignments: (alignmentsOf.get(o.id) ?? []).map(alignment) })),
      alignments: (alignmentsOf.get(-m.id) ?? []).map(alignment),
      prerequisites: refs(`prerequisite:${m.id}`),
      credentials: (credentialsOf.get(m.id) ?? []).map((c) => c.uuid),
      prepares: refs(`target:${m.id}`),
      supports: (supportsOf.get(m.id) ?? []).map(supportOf),
      funding: (fundingOf.get(m.id) ?? []).map((f) => compact({ source: f.source, notes: f.notes })),
    }))
  }
  return { entries, frameworkIds: new Set(competencies.map((c) => c.frameworkId)), credentialIds: new Set(credentials.map((c) => c.credentialId)) }
}

// The package entries of these credentials and of every credential they stack into, in a stable order.
export async function credentialEntries(db: Db, start: Iterable<number>) {
  const ids = new Set(start)
  const stacks: Awaited<ReturnType<typeof stackRows>> = []
  for (let frontier = [...ids]; frontier.length; ) {
    const found = await stackRows(db, frontier)
    for (const s of found) stacks.push(s)
    frontier = [...new Set(found.map((s) => s.toId))].filter((id) => !ids.has(id))
    for (const id of frontier) ids.add(id)
  }
  const [rows, occupations] = await Promise.all([credentialRows(db, [...ids]), credentialOccupationRows(db, [...ids])])
  const stacksOf = groupBy(stacks, (s) => s.fromId)
  const occupationsOf = groupBy(occupations, (o) => o.credentialId)
  return new Map(rows.map((c): [number, PackageCredential] => [c.id, compact({
    uuid: c.uuid, title: c.title, kind: c.kind, issuer: c.issuer, industryRecognised: fromFlag(c.industryRecognised) || undefined, description: c.description,
    stacksInto: (stacksOf.get(c.id) ?? []).map((s) => s.uuid),
    occupations: (occupationsOf.get(c.id) ?? []).map((o) => o.socCode),
  })]))
}

type PathwayRow = NonNullable<Awaited<ReturnType<typeof findPathwayBySlug>>>
type Ladder = Awaited<ReturnType<typeof ladderOf>>

// The pathway's own part of its package: fields, occupations, frameworks, ladder (modules named by code) and supports.
export async function pathwayEntry(db: Db, pathway: PathwayRow, ladder: Ladder, codeOf: (id: number) => string) {
  const [own, occupations, exits, supports] = await Promise.all([
    pathwayFrameworkRows(db, pathway.id), occupationsOf(db, [pathway.id]), exitOccupationsOf(db, pathway.id), pathwaySupportRows(db, pathway.id),
  ])
  const exitsOf = groupBy(exits, (e) => e.moduleId)
  const stages = [...groupBy(ladder, (p) => p.stage)].map(([stage, list]) => ({
    stage,
    modules: list.map((p) => compact({
      module: codeOf(p.moduleId),
      entry: fromFlag(p.isEntry) || undefined,
      exit: fromFlag(p.isExit) || undefined,
      occupations: (exitsOf.get(p.moduleId) ?? []).map((e) => e.socCode),
    })),
  }))
  const entry: PackagePathway = compact({
    uuid: pathway.uuid, slug: pathway.slug, title: pathway.title, sector: pathway.sector, description: pathway.description,
    familyWageHourly: pathway.familyWageHourly, familyWageSource: pathway.familyWageSource, familyWageRegion: pathway.familyWageRegion, familyWageYear: pathway.familyWageYear,
    occupations: occupations.map((o) => ({ socCode: o.socCode, title: o.title })),
    frameworks: own.map((f) => f.uuid),
    stages,
    supports: supports.map((s) => compact({ ...supportOf(s), stage: s.stage })),
  })
  return { entry, frameworkIds: own.map((f) => f.id) }
}

export type PackageOptions = { embedFrameworks?: boolean; uris: Uris }

// The package of the pathway with this slug as the viewer may see it (404 when there is none). A module whose
// working copy the viewer may not see while another organisation redrafts it is named by code only, not exported.
export async function exportPathwayPackage(db: Db, viewer: Viewer, slug: string, options: PackageOptions): Promise<RungsPackage> {
  const pathway = await findPathwayBySlug(db, slug)
  if (!pathway) throw new NotFound('Pathway', slug)
  const reader = viewer ?? null
  const ladder = await ladderOf(db, pathway.id, reader)
  const ids = new Set(ladder.map((p) => p.moduleId))
  for (let frontier = [...ids]; frontier.length; ) {
    const links = await linkedModuleIds(db, frontier, reader)
    frontier = [...new Set(links.map((l) => l.toId))].filter((id) => !ids.has(id))
    for (const id of frontier) ids.add(id)
  }
  const articulations = (await articulationRows(db, [...ids])).filter((a) => a.fromModuleId === null || ids.has(a.fromModuleId))
  const rows = await moduleRows(db, [...ids])
  const codes = new Map(rows.map((m) => [m.id, m.code]))
  // Modules placed first in ladder order, the others they need after them by code.
  const placed = new Set(ladder.map((p) => p.moduleId))
  const others = rows.filter((m) => !placed.has(m.id)).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)).map((m) => m.id)
  const byId = new Map(rows.map((m) => [m.id, m]))
  const exported = [...placed, ...others].filter((id) => !showsApproved(viewer, byId.get(id)!))
  const { entries, frameworkIds, credentialIds } = await moduleEntries(db, reader, exported)
  for (const a of articulations) if (a.fromCredentialId !== null) credentialIds.add(a.fromCredentialId)
  const credentials = await credentialEntries(db, credentialIds)
  const { entry: packagePathway, frameworkIds: own } = await pathwayEntry(db, pathway, ladder, (id) => codes.get(id)!)
  const frameworks = await frameworkRowsByIds(db, [...new Set([...own, ...frameworkIds])])
  const packageFrameworks: PackageFramework[] = []
  for (const f of frameworks) {
    const embedded = options.embedFrameworks ? { case: (await exportFrameworkCase(db, f.id, options.uris)) as unknown as PackageFramework['case'] } : {}
    packageFrameworks.push({ identifier: f.uuid, title: f.title, ...embedded })
  }
  const packageArticulations: PackageArticulation[] = articulations.map((a) => compact({
    fromModule: a.fromModuleId === null ? undefined : codes.get(a.fromModuleId),
    fromCredential: a.fromCredential ?? undefined,
    toModule: codes.get(a.toModuleId)!,
    kind: a.kind, credits: a.credits, description: a.description,
  }))
  return compact({
    rungsPackage: PACKAGE_VERSION,
    pathway: packagePathway,
    frameworks: packageFrameworks,
    credentials: [...credentials.values()],
    modules: exported.map((id) => entries.get(id)!),
    articulations: packageArticulations,
  }) as RungsPackage
}
