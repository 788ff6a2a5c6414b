// Entering one term of a module's or credential's outcomes by hand or through the API: the rows replace that
// term's, in the caller's transaction, audited. Only people who may edit the module (or credential) report its
// outcomes.
import { modulePermission } from '../../../shared/domain/permissions'
import type { OutcomeTermInput } from '../../../shared/schemas/outcomes'
import type { Db } from '../../db/connect'
import { deleteCredentialOutcomeTerm, replaceCredentialOutcomeTerm } from '../../db/queries/credential-outcome-counts'
import { findCredential } from '../../db/queries/credentials'
import { findModule } from '../../db/queries/modules'
import { deleteOutcomeTerm, replaceOutcomeTerm } from '../../db/queries/outcome-counts'
import { NotFound } from '../../errors'
import { assertActorMay, assertCanEdit, assertCanEditModule, type Viewer } from '../access'
import { recordAudit } from '../audit'

const rowCount = (n: number) => `${n} row${n === 1 ? '' : 's'}`

async function writableModule(db: Db, actor: NonNullable<Viewer>, moduleId: number) {
  const module = await findModule(db, moduleId)
  if (!module) throw new NotFound('Module', moduleId)
  assertCanEditModule(actor, module, moduleId)
  assertActorMay(actor, modulePermission(module.kind), `report the outcomes of ${module.kind} modules`)
  return module
}

// Replaces the term's rows of the module with these.
export async function enterOutcomeTerm(db: Db, actor: NonNullable<Viewer>, moduleId: number, term: string, input: OutcomeTermInput): Promise<void> {
  const module = await writableModule(db, actor, moduleId)
  await replaceOutcomeTerm(db, moduleId, term, module.organisationId, input.rows, actor.id)
  await recordAudit(db, actor, {
    action: 'update', table: 'modules', rowId: moduleId,
    summary: `Outcomes of ${module.code} for ${term}: ${rowCount(input.rows.length)}`,
    after: input.rows,
  })
}

// Removes the term's rows of the module; 404 when it had none.
export async function removeOutcomeTerm(db: Db, actor: NonNullable<Viewer>, moduleId: number, term: string): Promise<void> {
  const module = await writableModule(db, actor, moduleId)
  const removed = await deleteOutcomeTerm(db, moduleId, term)
  if (removed === 0) throw new NotFound(`Outcomes of ${module.code} for term`, term)
  await recordAudit(db, actor, { action: 'update', table: 'modules', rowId: moduleId, summary: `Removed the outcomes of ${module.code} for ${term} (${removed} rows)` })
}

// A credential's outcomes are reported by its organisation's people who write credentials.
async function writableCredential(db: Db, actor: NonNullable<Viewer>, credentialId: number) {
  const credential = await findCredential(db, credentialId)
  if (!credential) throw new NotFound('Credential', credentialId)
  assertCanEdit(actor, credential, 'Credential', credentialId)
  return credential
}

// Replaces the term's rows of the credential with these.
export async function enterCredentialOutcomeTerm(db: Db, actor: NonNullable<Viewer>, credentialId: number, term: string, input: OutcomeTermInput): Promise<void> {
  const credential = await writableCredential(db, actor, credentialId)
  await replaceCredentialOutcomeTerm(db, credentialId, term, credential.organisationId, input.rows, actor.id)
  await recordAudit(db, actor, {
    action: 'update', table: 'credentials', rowId: credentialId,
    summary: `Outcomes of credential "${credential.title}" for ${term}: ${rowCount(input.rows.length)}`,
    after: input.rows,
  })
}

// Removes the term's rows of the credential; 404 when it had none.
export async function removeCredentialOutcomeTerm(db: Db, actor: NonNullable<Viewer>, credentialId: number, term: string): Promise<void> {
  const credential = await writableCredential(db, actor, credentialId)
  const removed = await deleteCredentialOutcomeTerm(db, credentialId, term)
  if (removed === 0) throw new NotFound(`Outcomes of credential "${credential.title}" for term`, term)
  await recordAudit(db, actor, { action: 'update', table: 'credentials', rowId: credentialId, summary: `Removed the outcomes of credential "${credential.title}" for ${term} (${removed} rows)` })
}
