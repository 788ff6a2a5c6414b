// Use cases for credentials: read with stacking and the modules leading to them, create, edit, delete. A credential
// belongs to the organisation of the person who created it; only that organisation (and admins) change it.
import type { CredentialInput, CredentialPatch } from '../../shared/schemas/credential'
import type { Db } from '../db/connect'
import {
  articulationsFromCredential,
  credentialsByIds,
  credentialUseCounts,
  deleteCredential as deleteCredentialRow,
  findCredential,
  insertCredential,
  modulesLeadingTo,
  replaceStacks,
  stackEdges,
  stacksAround,
  updateCredential as updateCredentialRow,
} from '../db/queries/credentials'
import { credentialOccupationsOf, replaceCredentialOccupations } from '../db/queries/exit-occupations'
import { occupationsByCodes } from '../db/queries/occupations'
import { toFlag } from '../db/stamps'
import { InUse, Invalid, NotFound } from '../errors'
import { recordAudit } from './audit'
import { assertCanEdit, ownerForNew, writerView, type Viewer } from './access'
import { loopThrough } from '../../shared/domain/graph'
import { refuseDuplicates, refuseMissing } from './id-checks'
import { requireKnownOccupations } from './labor/occupations'

export { listCredentials } from '../db/queries/credentials'

async function requireCredential(db: Db, id: number) {
  const credential = await findCredential(db, id)
  if (!credential) throw new NotFound('Credential', id)
  return credential
}

// A credential with what it stacks into, what stacks into it, and the modules that lead to it (those the viewer
// may see).
export async function getCredential(db: Db, id: number, viewer: Viewer) {
  const credential = await requireCredential(db, id)
  const [stacks, modules, jobs] = await Promise.all([stacksAround(db, id), modulesLeadingTo(db, id, viewer), credentialOccupationsOf(db, [id])])
  const titles = new Map((await occupationsByCodes(db, jobs.map((j) => j.socCode))).map((o) => [o.socCode, o.title]))
  return { ...credential, ...stacks, modules, occupations: jobs.map((j) => ({ socCode: j.socCode, title: titles.get(j.socCode) ?? j.socCode })) }
}

// The credential, once the actor is known to be allowed to change it (403 otherwise).
async function requireEditable(db: Db, actor: Viewer, id: number) {
  const credential = await requireCredential(db, id)
  assertCanEdit(actor, credential, 'Credential', id)
  return credential
}

// Replaces what a credential stacks into; unknown ids, itself and loops are refused with 422.
async function setStacks(db: Db, credential: { id: number; title: string }, toIds: readonly number[]) {
  const field = 'stacksIntoIds'
  refuseDuplicates(toIds, 'Credential', field)
  if (toIds.includes(credential.id)) throw new Invalid(`Credential "${credential.title}" cannot stack into itself`, { field })
  refuseMissing('Credential', toIds, await credentialsByIds(db, toIds), field)
  const loop = loopThrough(await stackEdges(db), credential.id, toIds)
  if (loop) {
    const titles = new Map((await credentialsByIds(db, loop)).map((c) => [c.id, c.title]))
    const names = loop.map((id) => (id === credential.id ? credential.title : (titles.get(id) ?? String(id))))
    throw new Invalid(`Stacking would form a loop: ${names.join(' → ')}`, { field, loop })
  }
  await replaceStacks(db, credential.id, toIds)
}

// Creates a credential owned by the actor's organisation (for the system, `owner`) with what it stacks into, and
// returns it.
export async function createCredential(db: Db, actor: Viewer, input: CredentialInput, { owner = null }: { owner?: number | null } = {}) {
  const { stacksIntoIds, industryRecognised, occupations, ...fields } = input
  const organisationId = ownerForNew(actor, owner)
  await requireKnownOccupations(db, occupations, 'occupations')
  const id = await insertCredential(db, { ...fields, industryRecognised: toFlag(industryRecognised), organisationId })
  await setStacks(db, { id, title: fields.title }, stacksIntoIds)
  await replaceCredentialOccupations(db, id, occupations)
  const created = await getCredential(db, id, writerView(actor))
  await recordAudit(db, actor, { action: 'create', table: 'credentials', rowId: id, summary: `Created credential "${created.title}"`, after: created })
  return created
}

// Edits a credential; stacksIntoIds, when given, replaces what it stacks into.
export async function updateCredential(db: Db, actor: Viewer, id: number, patch: CredentialPatch) {
  const current = await requireEditable(db, actor, id)
  const before = await getCredential(db, id, writerView(actor))
  const { stacksIntoIds, industryRecognised, occupations, ...fields } = patch
  if (occupations) await requireKnownOccupations(db, occupations, 'occupations')
  const flag = industryRecognised === undefined ? undefined : toFlag(industryRecognised)
  await updateCredentialRow(db, id, { ...fields, industryRecognised: flag })
  if (stacksIntoIds) await setStacks(db, { id, title: fields.title ?? current.title }, stacksIntoIds)
  if (occupations) await replaceCredentialOccupations(db, id, occupations)
  const after = await getCredential(db, id, writerView(actor))
  await recordAudit(db, actor, { action: 'update', table: 'credentials', rowId: id, summary: `Edited credential "${after.title}"`, before, after })
  return after
}

const unseen = (count: number, what: string) => (count > 0 ? [`${count} ${what}${count > 1 ? 's' : ''} you cannot see`] : [])

// Deletes a credential, refused while modules lead to it, it stacks with others or articulations start from it
// (modules the actor may not see are counted, never named).
export async function deleteCredential(db: Db, actor: Viewer, id: number): Promise<void> {
  const credential = await requireEditable(db, actor, id)
  const reader = writerView(actor)
  const [modules, stacks, articulations, counts] = await Promise.all([
    modulesLeadingTo(db, id, reader),
    stacksAround(db, id),
    articulationsFromCredential(db, id, reader),
    credentialUseCounts(db, id),
  ])
  const references = [
    ...modules.map((m) => `module ${m.code}`),
    ...unseen(counts.modules - modules.length, 'module'),
    ...stacks.stacksInto.map((c) => `stacking into "${c.title}"`),
    ...stacks.stackedFrom.map((c) => `stacking from "${c.title}"`),
    ...articulations.map((a) => `articulation to ${a.toModuleCode}`),
    ...unseen(counts.articulations - articulations.length, 'articulation'),
  ]
  if (references.length) throw new InUse(`Credential "${credential.title}"`, references)
  await deleteCredentialRow(db, id)
  await recordAudit(db, actor, { action: 'delete', table: 'credentials', rowId: id, summary: `Deleted credential "${credential.title}"`, before: credential })
}
