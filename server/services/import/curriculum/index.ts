// Curriculum workbook imports end to end: read the workbook, compare it with the pathway, and either list what
// would change (preview) or make every change through the module and pathway services (apply), in the caller's
// transaction, refusing the whole workbook when anything in it is wrong.
import { createHash } from 'node:crypto'
import { ownsRow } from '../../../../shared/domain/permissions'
import type { CurriculumSummary, FieldChange } from '../../../../shared/schemas/curriculum'
import { ModuleInput, ModulePatch } from '../../../../shared/schemas/module'
import type { PathwayModulePlacement } from '../../../../shared/schemas/pathway'
import type { Db } from '../../../db/connect'
import { Conflict, Invalid } from '../../../errors'
import type { Viewer } from '../../access'
import { recordAudit } from '../../audit'
import { createModule, updateModule } from '../../modules/write'
import { updatePathway } from '../../pathways/write'
import { Problems, Unreadable } from '../model'
import { readCurriculum } from './export'
import { fieldsOf, planModule, type ModuleWrite } from './plan'
import { namedOf, pathwaySupportsOf, supportsChange, termsOf, type Terms } from './plan-terms'
import { readCurriculumWorkbook, type PathwayVersionCell } from './read'
import { resolveNames } from './resolve'

type Pathway = Awaited<ReturnType<typeof readCurriculum>>['pathway']

async function prepare(db: Db, actor: Viewer, slug: string, bytes: Buffer) {
  const { pathway, modules } = await readCurriculum(db, slug, actor)
  const problems = new Problems()
  const fileHash = createHash('sha256').update(bytes).digest('hex')
  const writes: ModuleWrite[] = []
  let unchanged = 0
  let supports: PathwaySupports = null
  try {
    const workbook = readCurriculumWorkbook(bytes, problems)
    const placed = new Map(modules.map((m) => [m.code, m]))
    const lookups = await resolveNames(db, actor, workbook, new Set(placed.keys()), problems)
    const terms = termsOf(workbook, lookups)
    for (const row of workbook.modules) {
      const current = placed.get(row.code) ?? lookups.outside.get(row.code) ?? null
      const write = planModule(row, current, placed.get(row.code), workbook, lookups, terms, problems)
      if (write?.current && actor && !ownsRow(actor, write.current.organisationId)) {
        problems.error(`Module ${row.code} belongs to another organisation; only its own people can change it, so leave its rows as exported`, row.at('code'))
      }
      if (write) writes.push(write)
      else unchanged++
    }
    supports = planPathwaySupports(pathway, terms)
    if (supports && actor && !ownsRow(actor, pathway.organisationId)) {
      problems.error('This pathway belongs to another organisation; only its own people can change its supports, so leave its rows as exported', { sheet: 'Supports' })
    }
    const redo = [writes.some(movesOnLadder) && 'your moves of modules', supports && 'your changes to the pathway\'s supports'].filter((w) => typeof w === 'string')
    checkLadderVersion(workbook.pathwayVersion, pathway, redo.join(' and '), problems)
    const listed = new Set(workbook.modules.map((m) => m.code))
    for (const m of modules.filter((m) => !listed.has(m.code))) problems.warning(`Module ${m.code} is not in the Modules sheet; it was left as it is`, { sheet: 'Modules' })
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error
    problems.error(error.message, error.where)
  }
  const summary: CurriculumSummary = {
    pathway: { slug: pathway.slug, title: pathway.title },
    fileHash,
    modules: writes.map((w) => w.change),
    pathwayChanges: supports ? [supports.change] : [],
    unchanged,
    problems: problems.list,
    ok: !problems.hasErrors,
  }
  return { pathway, writes, supports, summary }
}

// The pathway's own supports (whole and stages) the workbook gives, when they differ from what is stored.
type PathwaySupports = { change: FieldChange; list: ReturnType<typeof pathwaySupportsOf> } | null

function planPathwaySupports(pathway: Pathway, terms: Terms): PathwaySupports {
  const change = supportsChange(pathway.supports.map(namedOf), terms.pathway)
  return change && terms.pathway ? { change, list: pathwaySupportsOf(terms.pathway) } : null
}

// True when applying the write puts a module on the ladder or moves it (stage, entry or exit).
const movesOnLadder = (w: ModuleWrite) => w.change.fields.some((f) => ['stage', 'entry', 'exit'].includes(f.field))

// Moving modules rewrites the pathway's ladder (and new pathway supports replace its supports), so a workbook
// exported before someone else changed the pathway would put the old one back: refused, as a stale module version is.
function checkLadderVersion(exported: PathwayVersionCell, pathway: Pathway, redo: string, problems: Problems) {
  if (!redo) return
  if (exported === null) {
    problems.warning(`This workbook does not say which version of the pathway it was exported from, so ${redo.replaceAll('your ', '')} are applied over the pathway as it is now (version ${pathway.version})`, { sheet: 'About' })
  } else if (exported.version !== pathway.version) {
    problems.error(`The pathway changed since this workbook was exported (v${exported.version} → v${pathway.version}); export it again and redo ${redo}`, exported.where)
  }
}

const strip = <T extends { code: string }>({ code: _code, ...rest }: T) => rest

// Creates or edits the module of one write and returns its id.
async function writeModule(db: Db, actor: Viewer, w: ModuleWrite): Promise<number> {
  const values = fieldsOf(w.row, w.current)
  const outcomes = w.outcomes.map((o) => ({ ...(o.id ? { id: o.id } : {}), content: o.content, alignments: o.alignments.map(strip) }))
  const alignments = w.alignments.map(strip)
  if (!w.current) {
    const input = ModuleInput.parse({ code: w.row.code, ...values, credentialIds: w.credentialIds, outcomes, alignments, funding: w.funding, supports: w.supports })
    return (await createModule(db, actor, input)).id
  }
  const { edits } = w
  if (!edits.fields.length && !edits.credentials && !edits.outcomes && !edits.alignments && !edits.funding && !edits.supports) return w.current.id
  const patch = ModulePatch.parse({
    version: w.current.version,
    ...Object.fromEntries(edits.fields.map((f) => [f, values[f]])),
    ...(edits.credentials ? { credentialIds: w.credentialIds } : {}),
    ...(edits.outcomes ? { outcomes } : {}),
    ...(edits.alignments ? { alignments } : {}),
    ...(edits.funding ? { funding: w.funding } : {}),
    ...(edits.supports ? { supports: w.supports } : {}),
  })
  await updateModule(db, actor, w.current.id, patch)
  return w.current.id
}

// The pathway's placements with each written module at its workbook stage (moved or new ones at the stage's end).
function placementsAfter(pathway: Pathway, written: { id: number; write: ModuleWrite }[]): PathwayModulePlacement[] {
  const list: PathwayModulePlacement[] = pathway.stages.flatMap((s) => s.modules.map((m) => ({ moduleId: m.id, stage: m.stage, position: m.position, isEntry: m.isEntry, isExit: m.isExit })))
  for (const { id, write } of written) {
    const { stage, isEntry, isExit } = write.placement
    const at = list.find((p) => p.moduleId === id)
    const last = Math.max(-1, ...list.filter((p) => p.stage === stage && p.moduleId !== id).map((p) => p.position))
    const position = at && at.stage === stage ? at.position : last + 1
    if (at) Object.assign(at, { stage, position, isEntry, isExit })
    else list.push({ moduleId: id, stage, position, isEntry, isExit })
  }
  return list
}

// What applying the workbook would change in the pathway, with every problem found; writes nothing.
export async function previewCurriculum(db: Db, actor: Viewer, slug: string, bytes: Buffer): Promise<CurriculumSummary> {
  return (await prepare(db, actor, slug, bytes)).summary
}

// Applies the workbook, or refuses it whole (422 with the problems, 409 when it is not the previewed file or a
// module changed meanwhile); the caller's transaction makes it all or nothing.
export async function applyCurriculum(db: Db, actor: Viewer, slug: string, bytes: Buffer, expectedHash?: string): Promise<CurriculumSummary> {
  const { pathway, writes, supports, summary } = await prepare(db, actor, slug, bytes)
  if (expectedHash && expectedHash !== summary.fileHash) {
    throw new Conflict('file_changed', 'This is not the workbook that was previewed; preview it again before applying it')
  }
  if (!summary.ok) {
    const errors = summary.problems.filter((p) => p.severity === 'error')
    const first = errors[0]
    const where = first ? ` (first: ${first.sheet ?? ''} row ${first.row ?? '?'}${first.column ? `, column ${first.column}` : ''}: ${first.message})` : ''
    throw new Invalid(`The workbook was not applied: ${errors.length} problem${errors.length === 1 ? '' : 's'}${where}`, { problems: summary.problems })
  }
  const written = []
  for (const write of writes) written.push({ id: await writeModule(db, actor, write), write })
  const moved = written.filter((w) => movesOnLadder(w.write))
  // Moving or adding placements edits the pathway, so it bumps the pathway's version (read in this transaction):
  // an editor open on the pathway then gets a conflict instead of putting the old ladder back.
  if (moved.length || supports) {
    await updatePathway(db, actor, pathway.id, {
      version: pathway.version,
      ...(moved.length ? { modules: placementsAfter(pathway, moved) } : {}),
      ...(supports ? { supports: supports.list } : {}),
    })
  }
  const created = writes.filter((w) => !w.current).length
  await recordAudit(db, actor, {
    action: 'update', table: 'pathways', rowId: pathway.id,
    summary: `Imported the curriculum workbook of "${pathway.title}": ${created} modules added, ${writes.length - created} changed${supports ? ', the pathway\'s supports replaced' : ''}`,
  })
  return summary
}
