// Writing an import plan, inside the caller's transaction: the framework through the framework services (so it
// is audited), competencies and links through the shared query functions in bulk, then one audit entry that
// names what the import did.
import type { FrameworkKind } from '../../../shared/domain/vocabulary'
import { FrameworkInput } from '../../../shared/schemas/framework'
import type { ImportOptions } from '../../../shared/schemas/import'
import type { Db } from '../../db/connect'
import { updateCompetency } from '../../db/queries/competencies'
import { setUuid } from '../../db/queries/identity'
import { insertCompetencies, insertLinks, type NewCompetency } from '../../db/queries/import'
import { setCompetencyCaseData, setFrameworkCaseExtra } from '../../db/queries/import-case'
import { assertCanEdit, type Viewer } from '../access'
import { recordAudit } from '../audit'
import { getFramework } from '../frameworks/read'
import { createFramework, updateFramework } from '../frameworks/write'
import type { ParsedFramework } from './model'
import type { ImportPlan } from './plan'

// New competencies written per multi-row insert (the insert splits it further for the dialects' limits).
const BATCH_ROWS = 2000

async function writeFramework(db: Db, actor: Viewer, parsed: ParsedFramework, plan: ImportPlan, options: ImportOptions): Promise<number> {
  const fields = parsed.framework
  if (plan.framework.id !== null) {
    const current = await getFramework(db, plan.framework.id)
    // Importing into a framework changes it: only its organisation's people (and admins) may.
    assertCanEdit(actor, current, 'Framework', current.id)
    const patch = parsed.format === 'sheet' ? { ...(options.title ? { title: options.title } : {}), ...(options.kind ? { kind: options.kind } : {}) }
      : FrameworkInput.partial().parse({ ...fields, title: options.title || fields.title, kind: options.kind ?? current.kind })
    const changed = Object.entries(patch).some(([key, value]) => current[key as keyof typeof current] !== value)
    if (changed) await updateFramework(db, actor, current.id, patch)
    return current.id
  }
  const kind: FrameworkKind = options.kind ?? fields.kind ?? 'occupational'
  const created = await createFramework(db, actor, FrameworkInput.parse({ ...fields, title: options.title || fields.title, kind }))
  await setUuid(db, 'frameworks', created.id, plan.framework.uuid)
  return created.id
}

// Told how many of the plan's rows (new and changed competencies, then links) are written, of how many.
export type Progress = (done: number, total: number) => void

// Applies the plan and returns the framework's id. Parents are written before their children, so each new
// competency is inserted with its parent's id.
export async function commitPlan(db: Db, actor: Viewer, parsed: ParsedFramework, plan: ImportPlan, options: ImportOptions, onProgress?: Progress): Promise<number> {
  const total = plan.counts.create + plan.counts.update + plan.links.length
  let done = 0
  const wrote = (rows: number) => onProgress?.((done += rows), total)
  const frameworkId = await writeFramework(db, actor, parsed, plan, options)
  if (plan.frameworkExtra) await setFrameworkCaseExtra(db, frameworkId, JSON.stringify(plan.frameworkExtra))
  const ids = new Map<string, number>(plan.parents)
  for (const entry of plan.items) if (entry.existing) ids.set(entry.item.key, entry.existing.id)
  let batch: NewCompetency[] = []
  let batchKeys: string[] = []
  const flush = async () => {
    const inserted = await insertCompetencies(db, batch)
    batchKeys.forEach((key, i) => ids.set(key, inserted.get(batch[i]!.uuid)!))
    wrote(batch.length)
    batch = []
    batchKeys = []
  }
  for (const { item, uuid, position, existing, caseData } of plan.items) {
    if (existing) continue
    // A parent still waiting in the batch must be written first; a full batch goes too, so progress moves.
    if ((item.parentKey !== null && !ids.has(item.parentKey)) || batch.length >= BATCH_ROWS) await flush()
    const parentId = item.parentKey === null ? null : ids.get(item.parentKey)!
    batch.push({ uuid, frameworkId, parentId, code: item.code, statement: item.statement, kind: item.kind, level: item.level, subject: item.subject ?? null, position, caseExtra: caseData?.caseExtra ?? null, codeGenerated: caseData?.codeGenerated ?? 0 })
    batchKeys.push(item.key)
  }
  await flush()
  let updated = 0
  for (const { item, existing, patch, caseData } of plan.items) {
    if (!existing || !(patch || caseData)) continue
    const parentId = item.parentKey === null ? null : ids.get(item.parentKey)!
    if (patch) await updateCompetency(db, existing.id, { ...patch, ...('parentId' in patch ? { parentId } : {}) })
    if (caseData) await setCompetencyCaseData(db, existing.id, caseData)
    if (++updated % BATCH_ROWS === 0) wrote(BATCH_ROWS)
  }
  wrote(updated % BATCH_ROWS)
  const idOfUuid = new Map(plan.items.map((i) => [i.uuid, ids.get(i.item.key)!]))
  const idOf = (uuid: string) => idOfUuid.get(uuid) ?? plan.outside.get(uuid)!
  await insertLinks(db, plan.links.map((l) => ({ fromId: idOf(l.from), toId: idOf(l.to), relation: l.relation, caseExtra: l.caseExtra })))
  wrote(plan.links.length)
  const { create, update, links } = plan.counts
  await recordAudit(db, actor, {
    action: 'update', table: 'frameworks', rowId: frameworkId,
    summary: `Imported ${parsed.format} file into "${plan.framework.title}": ${create} competencies added, ${update} changed, ${links} links added`,
  })
  return frameworkId
}
