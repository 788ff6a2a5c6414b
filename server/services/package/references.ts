// Looks up everything a package names outside itself (frameworks, competencies, modules, credentials, partner
// organisations, occupations) in one pass of bulk reads, so planning a statewide package reads each table once.
import { maySee } from '../../../shared/domain/permissions'
import type { RungsPackage } from '../../../shared/package/schema'
import type { Db } from '../../db/connect'
import {
  competenciesOfFrameworks, credentialsByUuids, frameworksByUuids, knownOccupations, modulesByCodesOrUuids, organisationsByNames, outcomesByUuids,
} from '../../db/queries/package-lookup'
import { writerView, type Viewer } from '../access'

type CaseItem = { identifier?: unknown; humanCodingScheme?: unknown }

// One framework's competencies by identifier and by code (a code may name several); ids are 0 for the items of an
// embedded framework not imported yet.
export type Competencies = { byUuid: Map<string, number>; byCode: Map<string, number[]> }
export type DbModule = Awaited<ReturnType<typeof modulesByCodesOrUuids>>[number]

function competencyIndex(items: readonly { id: number; uuid: string | null; code: string | null }[]): Competencies {
  const index: Competencies = { byUuid: new Map(), byCode: new Map() }
  for (const item of items) {
    if (item.uuid) index.byUuid.set(item.uuid.toLowerCase(), item.id)
    if (item.code) index.byCode.set(item.code, [...(index.byCode.get(item.code) ?? []), item.id])
  }
  return index
}

export async function lookUp(db: Db, actor: Viewer, pkg: RungsPackage) {
  const modules = pkg.modules ?? []
  const credentials = pkg.credentials ?? []
  const frameworkUuids = new Set<string>([...(pkg.frameworks ?? []).map((f) => f.identifier), ...(pkg.pathway.frameworks ?? [])])
  for (const m of modules) for (const a of [...(m.alignments ?? []), ...(m.outcomes ?? []).flatMap((o) => o.alignments ?? [])]) frameworkUuids.add(a.framework)
  const frameworkRows = await frameworksByUuids(db, [...frameworkUuids].map((u) => u.toLowerCase()))
  const frameworks = new Map(frameworkRows.map((f) => [f.uuid.toLowerCase(), f]))
  const competencyRows = await competenciesOfFrameworks(db, frameworkRows.map((f) => f.id))
  const competencies = new Map<string, Competencies>()
  for (const f of frameworkRows) competencies.set(f.uuid.toLowerCase(), competencyIndex(competencyRows.filter((c) => c.frameworkId === f.id)))
  for (const f of pkg.frameworks ?? []) {
    const key = f.identifier.toLowerCase()
    if (competencies.has(key) || !f.case) continue
    const items = (Array.isArray(f.case.CFItems) ? f.case.CFItems : []) as CaseItem[]
    competencies.set(key, competencyIndex(items.map((i) => ({ id: 0, uuid: typeof i.identifier === 'string' ? i.identifier : null, code: typeof i.humanCodingScheme === 'string' ? i.humanCodingScheme : null }))))
  }
  const refs = [
    ...modules.flatMap((m) => [m.code, ...(m.uuid ? [m.uuid] : []), ...(m.prerequisites ?? []), ...(m.prepares ?? [])]),
    ...(pkg.articulations ?? []).flatMap((a) => [a.toModule, ...(a.fromModule ? [a.fromModule] : [])]),
    ...(pkg.pathway.stages ?? []).flatMap((s) => s.modules.map((p) => p.module)),
  ]
  const found = await modulesByCodesOrUuids(db, [...new Set(refs)], [...new Set(refs.map((r) => r.toLowerCase()))])
  const moduleByCode = new Map(found.map((m) => [m.code, m]))
  const moduleByUuid = new Map(found.map((m) => [m.uuid.toLowerCase(), m]))
  const credentialUuids = new Set([
    ...credentials.flatMap((c) => [c.uuid, ...(c.stacksInto ?? [])]),
    ...modules.flatMap((m) => m.credentials ?? []),
    ...(pkg.articulations ?? []).flatMap((a) => (a.fromCredential ? [a.fromCredential] : [])),
  ].map((u) => u.toLowerCase()))
  const credentialRows = await credentialsByUuids(db, [...credentialUuids])
  const supports = [...modules.flatMap((m) => m.supports ?? []), ...(pkg.pathway.supports ?? [])]
  const organisations = new Map((await organisationsByNames(db, [...new Set(supports.flatMap((s) => (s.provider ? [s.provider] : [])))])).map((o) => [o.name, o.id]))
  const socCodes = [
    ...credentials.flatMap((c) => c.occupations ?? []),
    ...(pkg.pathway.occupations ?? []).map((o) => o.socCode),
    ...(pkg.pathway.stages ?? []).flatMap((s) => s.modules.flatMap((p) => p.occupations ?? [])),
  ]
  const outcomeUuids = modules.flatMap((m) => (m.outcomes ?? []).flatMap((o) => (o.uuid ? [o.uuid.toLowerCase()] : [])))
  return {
    frameworks,
    competencies,
    // A module of the instance by code or uuid, only when the actor may see it (a hidden one is as good as absent).
    module: (ref: string, { hidden = false } = {}): DbModule | undefined => {
      const m = moduleByCode.get(ref) ?? moduleByUuid.get(ref.toLowerCase())
      return m && (hidden || maySee(writerView(actor), m)) ? m : undefined
    },
    credentials: new Map(credentialRows.map((c) => [c.uuid.toLowerCase(), c])),
    organisations,
    occupations: await knownOccupations(db, [...new Set(socCodes)]),
    outcomes: new Map((await outcomesByUuids(db, outcomeUuids)).map((o) => [o.uuid.toLowerCase(), o])),
  }
}

export type Lookups = Awaited<ReturnType<typeof lookUp>>
