// Writes a plan without errors in the caller's transaction: credentials, modules and their collections in bulk,
// then the pathway and the articulations. Every written module becomes a new draft version of its organisation.
import type { PackageModule, RungsPackage } from '../../../shared/package/schema'
import { textOf } from '../../../shared/schemas/rich-text'
import type { Db } from '../../db/connect'
import { updateArticulation } from '../../db/queries/articulations'
import { updateCredential } from '../../db/queries/credentials'
import {
  clearCredentialCollections, clearModuleCollections, clearPathwayLadder, deleteOutcomesById, insertAlignments, insertArticulations, insertCredentials, insertModules, insertOutcomes, insertRows, outcomeIdsByUuid, updateOutcomeRow,
} from '../../db/queries/package-write'
import { insertPathway, replaceFrameworks, replaceOccupations, updatePathwayAtVersion } from '../../db/queries/pathways'
import { updateModuleAtVersion } from '../../db/queries/modules'
import { newUuid, toFlag } from '../../db/stamps'
import { Conflict } from '../../errors'
import { ownerForNew, writerView, type Viewer } from '../access'
import { unpackedContent } from './content'
import type { CredentialTarget, ModuleTarget, Plan } from './plan'
import type { Lookups } from './references'

const lower = (s: string) => s.toLowerCase()

type AlignmentRow = { moduleId: number; outcomeId: number | null; competencyId: number; depth: string; assessed: number }

function moduleFields({ entry: m, content }: Plan['modules'][number]) {
  return {
    code: m.code, title: m.title, level: m.level, kind: m.kind, clockHours: m.clockHours ?? null, credits: m.credits ?? null, entryLevel: m.entryLevel ?? null,
    teamTaughtShare: m.teamTaughtShare ?? null, durationWeeks: m.durationWeeks ?? null, costToStudent: m.costToStudent ?? null,
    delivery: JSON.stringify(m.delivery ?? []),
    description: JSON.stringify(content.description ?? unpackedContent('')),
  }
}

const supportRow = (look: Lookups, s: NonNullable<PackageModule['supports']>[number], position: number) => ({
  kind: s.kind, description: s.description, organisationId: s.provider ? (look.organisations.get(s.provider) ?? null) : null,
  contactName: s.contactName ?? null, contactEmail: s.contactEmail ?? null, contactPhone: s.contactPhone ?? null, contactNotes: s.contactNotes ?? null, position,
})

export async function writePlan(db: Db, actor: Viewer, pkg: RungsPackage, plan: Plan) {
  const { look } = plan
  const writer = writerView(actor)
  const owner = ownerForNew(actor)

  // Credentials first: modules and articulations point at them.
  // New ones in batches, changed ones one by one.
  const credentialIds = new Map<number, number>()
  const credentialFields = ({ entry: c }: Plan['credentials'][number]) =>
    ({ title: c.title, kind: c.kind, issuer: c.issuer ?? null, industryRecognised: toFlag(c.industryRecognised ?? false), description: c.description ?? null })
  const newCredentials = plan.credentials.flatMap((c, i) => (c.existing ? [] : [{ i, uuid: lower(c.entry.uuid) }]))
  const credentialIdOf = await insertCredentials(db, newCredentials.map(({ i, uuid }) => ({ ...credentialFields(plan.credentials[i]!), uuid, organisationId: owner })))
  for (const { i, uuid } of newCredentials) credentialIds.set(i, credentialIdOf.get(uuid)!)
  for (const [i, c] of plan.credentials.entries()) {
    if (!c.existing) continue
    credentialIds.set(i, c.existing.id)
    if (c.action === 'update') await updateCredential(db, c.existing.id, credentialFields(c))
  }
  const credentialId = (t: CredentialTarget) => ('id' in t ? t.id : credentialIds.get(t.index)!)
  const rewritten = plan.credentials.flatMap((c, i) => (c.action === 'unchanged' ? [] : [i]))
  await clearCredentialCollections(db, rewritten.map((i) => credentialIds.get(i)!))
  await insertRows(db, 'credential_stacks', rewritten.flatMap((i) => plan.credentials[i]!.stacks.map((t) => ({ fromId: credentialIds.get(i)!, toId: credentialId(t!) }))))
  await insertRows(db, 'credential_occupations', rewritten.flatMap((i) => (plan.credentials[i]!.entry.occupations ?? []).map((socCode, position) => ({ credentialId: credentialIds.get(i)!, socCode, position }))))

  // Modules: new ones in batches, changed ones one by one at the version read (a concurrent edit fails the import).
  const moduleIds = new Map<number, number>()
  const created = plan.modules.flatMap((m, i) => (m.existing ? [] : [{ i, uuid: lower(m.entry.uuid ?? newUuid()) }]))
  const newIds = await insertModules(db, created.map(({ i, uuid }) => ({ ...moduleFields(plan.modules[i]!), uuid, organisationId: owner, status: 'draft', approvedVersion: null })))
  for (const { i, uuid } of created) moduleIds.set(i, newIds.get(uuid)!)
  for (const [i, m] of plan.modules.entries()) {
    if (!m.existing) continue
    moduleIds.set(i, m.existing.id)
    if (m.action === 'update' && !(await updateModuleAtVersion(db, m.existing.id, m.existing.version, { ...moduleFields(m), status: 'draft' }))) {
      throw new Conflict('stale_version', `Module ${m.entry.code} was changed by someone else while the package was imported; preview it again`)
    }
  }
  const moduleId = (t: ModuleTarget) => ('id' in t ? t.id : moduleIds.get(t.index)!)
  const written = plan.modules.flatMap((m, i) => (m.action === 'unchanged' ? [] : [i]))
  const writtenIds = written.map((i) => moduleIds.get(i)!)
  await clearModuleCollections(db, writtenIds, writer)
  const outcomeAlignments = await writeOutcomes(db, plan, written, moduleIds)
  const rowsOf = <T>(make: (m: Plan['modules'][number], id: number) => T[]) => written.flatMap((i) => make(plan.modules[i]!, moduleIds.get(i)!))
  const moduleAlignments = rowsOf((m, id) => (m.entry.alignments ?? []).map((a, j): AlignmentRow => ({ moduleId: id, outcomeId: null, competencyId: m.content.alignments[j]!, depth: a.depth, assessed: toFlag(a.assessed ?? false) })))
  // One insert of every alignment (the outcomes' first, as before), so a statewide package's go in as one large write.
  await insertAlignments(db, outcomeAlignments.concat(moduleAlignments))
  await insertRows(db, 'module_prerequisites', rowsOf((m, id) => m.refs.prerequisites.map((t) => ({ moduleId: id, prerequisiteId: moduleId(t!) }))))
  await insertRows(db, 'bridge_targets', rowsOf((m, id) => m.refs.prepares.map((t) => ({ bridgeId: id, targetId: moduleId(t!) }))))
  await insertRows(db, 'module_credentials', rowsOf((m, id) => m.refs.credentials.map((t) => ({ moduleId: id, credentialId: credentialId(t!) }))))
  await insertRows(db, 'supports', rowsOf((m, id) => (m.entry.supports ?? []).map((s, position) => ({ ...supportRow(look, s, position), moduleId: id, pathwayId: null, stage: null }))))
  await insertRows(db, 'module_funding', rowsOf((m, id) => (m.entry.funding ?? []).map((f, position) => ({ moduleId: id, source: f.source, notes: f.notes ?? null, position }))))

  const pathwayId = await writePathway(db, actor, pkg, plan, moduleId)
  const articulationFields = (a: Plan['articulations'][number]) => ({
    fromModuleId: a.from ? moduleId(a.from) : null, fromCredentialId: a.fromCredential ? credentialId(a.fromCredential) : null, toModuleId: moduleId(a.to!),
    credits: a.entry.credits ?? null, kind: a.entry.kind, description: a.entry.description ?? null,
  })
  for (const a of plan.articulations) if (a.existing && a.action === 'update') await updateArticulation(db, a.existing.id, articulationFields(a))
  await insertArticulations(db, plan.articulations.flatMap((a) => (a.existing ? [] : [{ ...articulationFields(a), organisationId: owner }])))
  return pathwayId
}

// Outcomes keep their identity by uuid: those the package names again are updated in place, new ones inserted,
// the others deleted; answers every outcome's alignments as rows to insert.
async function writeOutcomes(db: Db, plan: Plan, written: readonly number[], moduleIds: ReadonlyMap<number, number>) {
  // Only a module that was in the instance already has outcomes to keep or delete.
  const before = await outcomeIdsByUuid(db, written.flatMap((i) => (plan.modules[i]!.existing ? [moduleIds.get(i)!] : [])))
  const ids = new Map<string, number>()
  const inserts: Record<string, unknown>[] = []
  const alignments: { uuid: string; moduleId: number; competencyId: number; depth: string; assessed: number }[] = []
  for (const i of written) {
    const id = moduleIds.get(i)!
    const { entry, content } = plan.modules[i]!
    for (const [position, o] of (entry.outcomes ?? []).entries()) {
      const doc = content.outcomes[position]!
      const fields = { position, content: JSON.stringify(doc), text: textOf(doc) }
      const uuid = lower(o.uuid ?? newUuid())
      const had = before.get(uuid)
      if (had && had.moduleId === id) {
        ids.set(uuid, had.id)
        await updateOutcomeRow(db, had.id, fields)
      } else inserts.push({ ...fields, uuid, moduleId: id })
      ;(o.alignments ?? []).forEach((a, j) => alignments.push({ uuid, moduleId: id, competencyId: content.outcomeAlignments[position]![j]!, depth: a.depth, assessed: toFlag(a.assessed ?? false) }))
    }
  }
  const kept = new Set(ids.values())
  await deleteOutcomesById(db, [...before.values()].filter((o) => !kept.has(o.id)).map((o) => o.id))
  for (const [uuid, id] of await insertOutcomes(db, inserts)) ids.set(uuid, id)
  return alignments.map(({ uuid, ...a }): AlignmentRow => ({ ...a, outcomeId: ids.get(uuid)! }))
}

async function writePathway(db: Db, actor: Viewer, pkg: RungsPackage, plan: Plan, moduleId: (t: ModuleTarget) => number): Promise<number> {
  const p = pkg.pathway
  const { existing, action, ladder } = plan.pathway
  const fields = {
    slug: p.slug, title: p.title, sector: p.sector, description: p.description ?? null,
    familyWageHourly: p.familyWageHourly ?? null, familyWageSource: p.familyWageSource ?? null, familyWageRegion: p.familyWageRegion ?? null, familyWageYear: p.familyWageYear ?? null,
  }
  if (existing && action === 'unchanged') return existing.id
  let id: number
  if (existing) {
    id = existing.id
    if (!(await updatePathwayAtVersion(db, id, existing.version, { ...fields, status: 'draft' }))) {
      throw new Conflict('stale_version', `Pathway "${existing.title}" was changed by someone else while the package was imported; preview it again`)
    }
  } else id = await insertPathway(db, { ...fields, organisationId: ownerForNew(actor), status: 'draft', approvedVersion: null }, lower(p.uuid ?? newUuid()))
  await replaceOccupations(db, id, p.occupations ?? [])
  await replaceFrameworks(db, id, (p.frameworks ?? []).map((uuid) => plan.look.frameworks.get(lower(uuid))!.id))
  await clearPathwayLadder(db, id, writerView(actor))
  const positions = new Map<number, number>()
  const placements = ladder.map(({ target, stage, placement }) => {
    const position = positions.get(stage) ?? 0
    positions.set(stage, position + 1)
    return { pathwayId: id, moduleId: moduleId(target!), stage, position, isEntry: toFlag(placement.entry ?? false), isExit: toFlag(placement.exit ?? false), occupations: placement.occupations ?? [] }
  })
  await insertRows(db, 'pathway_modules', placements.map(({ occupations: _o, ...row }) => row))
  await insertRows(db, 'pathway_exit_occupations', placements.flatMap((pl) => pl.occupations.map((socCode, position) => ({ pathwayId: id, moduleId: pl.moduleId, socCode, position }))))
  await insertRows(db, 'supports', (p.supports ?? []).map((s, position) => ({ ...supportRow(plan.look, s, position), pathwayId: id, stage: s.stage ?? null, moduleId: null })))
  return id
}
