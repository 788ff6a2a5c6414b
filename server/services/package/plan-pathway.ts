// Plans the pathway of a package (matched by uuid, else slug) and its articulations (matched by their ends and
// kind), with the problems of each by JSON path.
import { ownsRow } from '../../../shared/domain/permissions'
import type { RungsPackage } from '../../../shared/package/schema'
import type { Db } from '../../db/connect'
import { ladderOf, moduleRows } from '../../db/queries/package-read'
import { articulationsInto, pathwayByUuidOrSlug } from '../../db/queries/package-lookup'
import { findPathway } from '../../db/queries/pathways'
import { writerView, type Viewer } from '../access'
import { sameEntry } from './compare'
import { pathwayEntry } from './export'
import type { Action, CredentialTarget, ModuleTarget } from './plan'
import { checkSupports } from './plan'
import type { PackageProblems, Path } from './problems'
import type { DbModule, Lookups } from './references'

type Resolve<T> = (ref: string, path: Path) => T | null

export async function planPathway(db: Db, actor: Viewer, pkg: RungsPackage, moduleTarget: Resolve<ModuleTarget>, look: Lookups, problems: PackageProblems) {
  const p = pkg.pathway
  const found = await pathwayByUuidOrSlug(db, p.uuid?.toLowerCase(), p.slug)
  const existing = (p.uuid ? found.find((f) => f.uuid.toLowerCase() === p.uuid!.toLowerCase()) : undefined) ?? (p.uuid ? undefined : found.find((f) => f.slug === p.slug)) ?? null
  if (found.some((f) => f.slug === p.slug && f.id !== existing?.id)) problems.error(['pathway', 'slug'], `Slug ${p.slug} is already used by another pathway`)
  const placements = (p.stages ?? []).flatMap((s, i) => s.modules.map((m, j) => ({ stage: s.stage, placement: m, path: ['pathway', 'stages', i, 'modules', j] as Path })))
  const seenStage = new Set<number>()
  ;(p.stages ?? []).forEach((s, i) => (seenStage.has(s.stage) ? problems.error(['pathway', 'stages', i, 'stage'], `Stage ${s.stage} is listed twice`) : seenStage.add(s.stage)))
  const placed = new Map<string, Path>()
  const ladder = placements.map(({ stage, placement, path }) => {
    const target = moduleTarget(placement.module, [...path, 'module'])
    const key = target && JSON.stringify(target)
    if (key && placed.has(key)) problems.error([...path, 'module'], `Module ${placement.module} is placed twice on the ladder`)
    if (key) placed.set(key, path)
    if (placement.occupations?.length && !placement.exit) problems.error([...path, 'occupations'], 'Only an exit point names target occupations; mark the module as an exit or remove them')
    ;(placement.occupations ?? []).forEach((soc, k) => look.occupations.has(soc) || problems.error([...path, 'occupations', k], `${soc} is not a SOC 2018 occupation`))
    return { target, stage, placement }
  })
  const occupations = p.occupations ?? []
  occupations.forEach((o, i) => occupations.findIndex((x) => x.socCode === o.socCode) !== i && problems.error(['pathway', 'occupations', i, 'socCode'], `Occupation ${o.socCode} is listed twice`))
  checkSupports(p.supports ?? [], ['pathway', 'supports'], look, problems)
  if (p.familyWageHourly != null && !p.familyWageSource?.trim()) problems.error(['pathway', 'familyWageSource'], 'Say where the family-sustaining wage comes from')
  let action: Action = 'create'
  if (existing) {
    const row = (await findPathway(db, existing.id))!
    const current = await ladderOf(db, existing.id, writerView(actor))
    const codes = new Map((await moduleRows(db, current.map((c) => c.moduleId))).map((m) => [m.id, m.code]))
    const { entry } = await pathwayEntry(db, row, current, (id) => codes.get(id)!)
    action = sameEntry(entry, { ...p, uuid: existing.uuid }) ? 'unchanged' : 'update'
    if (action === 'update' && actor && !ownsRow(actor, existing.organisationId)) problems.error(['pathway'], `Pathway "${existing.title}" belongs to another organisation; only its own people can change it`)
    else if (action === 'update' && (existing.status === 'review' || existing.status === 'archived')) problems.error(['pathway'], `Pathway "${existing.title}" is ${existing.status === 'review' ? 'in review' : 'archived'}; it cannot be changed by an import now`)
  }
  return { existing, action, ladder }
}

type ArticulationRow = Awaited<ReturnType<typeof articulationsInto>>[number]

export async function planArticulations(
  db: Db, actor: Viewer, pkg: RungsPackage, moduleTarget: Resolve<ModuleTarget>, credentialTarget: Resolve<CredentialTarget>,
  moduleExisting: readonly (DbModule | null)[], credentialExisting: readonly ({ id: number } | null)[], problems: PackageProblems,
) {
  const list = pkg.articulations ?? []
  const resolved = list.map((a, i) => {
    if ((a.fromModule === undefined) === (a.fromCredential === undefined)) problems.error(['articulations', i, 'fromModule'], 'Give exactly one of fromModule or fromCredential')
    return {
      entry: a,
      from: a.fromModule !== undefined ? moduleTarget(a.fromModule, ['articulations', i, 'fromModule']) : null,
      fromCredential: a.fromCredential !== undefined ? credentialTarget(a.fromCredential, ['articulations', i, 'fromCredential']) : null,
      to: moduleTarget(a.toModule, ['articulations', i, 'toModule']),
    }
  })
  // An instance id for a target when it has one (a package module matched to an instance row has one too).
  const idOf = (t: ModuleTarget | CredentialTarget | null, existing: (i: number) => number | undefined) => (t === null ? undefined : 'id' in t ? t.id : existing(t.index))
  const moduleId = (t: ModuleTarget | null) => idOf(t, (i) => moduleExisting[i]?.id)
  const rows = await articulationsInto(db, [...new Set(resolved.flatMap((r) => moduleId(r.to) ?? []))])
  return resolved.map((r, i) => {
    const to = moduleId(r.to)
    const from = moduleId(r.from)
    const fromCredential = idOf(r.fromCredential, (i) => credentialExisting[i]?.id)
    const match = to === undefined ? undefined : rows.find((row: ArticulationRow) => row.toModuleId === to && row.kind === r.entry.kind
      && (r.entry.fromModule !== undefined ? row.fromModuleId === from : row.fromCredentialId === fromCredential && fromCredential !== undefined))
    let action: Action = 'create'
    if (match) {
      action = (match.credits ?? null) === (r.entry.credits ?? null) && (match.description ?? null) === (r.entry.description ?? null) ? 'unchanged' : 'update'
      if (action === 'update' && actor && !ownsRow(actor, match.organisationId)) problems.error(['articulations', i], 'This articulation belongs to another organisation; only its own people can change it')
    }
    return { ...r, existing: match ?? null, action }
  })
}
