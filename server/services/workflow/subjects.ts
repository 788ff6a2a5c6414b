// The modules and pathways the workflow acts on, read as the person sees them, and the actions on them.
import { can, modulePermission, ownsRow, type Actor } from '../../../shared/domain/permissions'
import type { WorkflowInput } from '../../../shared/schemas/workflow'
import type { Db } from '../../db/connect'
import { findPathway, findPathwayBySlug } from '../../db/queries/pathways'
import { NotFound } from '../../errors'
import { canSee, type Viewer } from '../access'
import { requireModule } from '../modules/read'
import { takeAction, workflowView, type Subject } from './transition'

// A module as a workflow subject, or 404 when the viewer may not see it.
async function moduleSubject(db: Db, viewer: Viewer, id: number): Promise<Subject> {
  const module = await requireModule(db, id)
  if (!canSee(viewer, module)) throw new NotFound('Module', id)
  const editor = viewer !== null && ownsRow(viewer, module.organisationId) && can(viewer.role, modulePermission(module.kind))
  return { entity: 'module', id, label: `Module ${module.code}`, ...pick(module), editor }
}

// A pathway as a workflow subject, or 404.
async function pathwaySubject(db: Db, viewer: Viewer, key: string | number): Promise<Subject> {
  const pathway = typeof key === 'number' ? await findPathway(db, key) : await findPathwayBySlug(db, key)
  if (!pathway) throw new NotFound('Pathway', key)
  const editor = viewer !== null && ownsRow(viewer, pathway.organisationId) && can(viewer.role, 'pathway:write')
  return { entity: 'pathway', id: pathway.id, label: `Pathway ${pathway.slug}`, ...pick(pathway), editor }
}

const pick = (row: Pick<Subject, 'organisationId' | 'status' | 'version' | 'approvedVersion'>) => ({
  organisationId: row.organisationId,
  status: row.status,
  version: row.version,
  approvedVersion: row.approvedVersion,
})

// The workflow of a module as the viewer sees it.
export async function moduleWorkflow(db: Db, viewer: Viewer, id: number) {
  return workflowView(db, viewer, await moduleSubject(db, viewer, id))
}

// Takes one action on a module and answers its workflow as it now is.
export async function actOnModule(db: Db, actor: Actor, id: number, input: WorkflowInput) {
  await takeAction(db, actor, await moduleSubject(db, actor, id), input)
  return moduleWorkflow(db, actor, id)
}

// The workflow of a pathway (by slug for reads, by id for actions) as the viewer sees it.
export async function pathwayWorkflow(db: Db, viewer: Viewer, key: string | number) {
  return workflowView(db, viewer, await pathwaySubject(db, viewer, key))
}

// Takes one action on a pathway (by id, as every pathway write) and answers its workflow as it now is.
export async function actOnPathway(db: Db, actor: Actor, id: number, input: WorkflowInput) {
  await takeAction(db, actor, await pathwaySubject(db, actor, id), input)
  return pathwayWorkflow(db, actor, id)
}
