// Creating and editing modules; an edit names the version it was read at (optimistic concurrency).
import { emptyDoc } from '../../../shared/schemas/rich-text'
import type { ModuleInput, ModulePatch } from '../../../shared/schemas/module'
import type { Db } from '../../db/connect'
import { findModuleByCode, insertModule, updateModuleAtVersion } from '../../db/queries/modules'
import { Conflict } from '../../errors'
import { checkRichText } from '../rich-text'
import { prepareOutcomes, replaceCollections } from './collections'
import { getModule, requireModule } from './read'

async function checkCodeFree(db: Db, code: string) {
  if (await findModuleByCode(db, code)) {
    throw new Conflict('duplicate', `Module code ${code} is already used`, { field: 'code' })
  }
}

const staleVersion = (code: string, readAt: number, currentVersion: number) =>
  new Conflict(
    'stale_version',
    `Module ${code} was changed by someone else since version ${readAt} (it is now at version ${currentVersion}); reload it and apply your edits again`,
    { currentVersion },
  )

// Creates a module with whichever collections are given and returns it.
export async function createModule(db: Db, input: ModuleInput) {
  const { outcomes, alignments, prerequisiteIds, credentialIds, description, ...fields } = input
  const checked = checkRichText(description ?? emptyDoc())
  const prepared = outcomes && prepareOutcomes(outcomes)
  await checkCodeFree(db, fields.code)
  const id = await insertModule(db, {
    ...fields,
    clockHours: fields.clockHours ?? null,
    credits: fields.credits ?? null,
    description: JSON.stringify(checked),
  })
  await replaceCollections(db, { id, code: fields.code }, { outcomes: prepared, alignments, prerequisiteIds, credentialIds })
  return getModule(db, id)
}

// Edits a module read at `patch.version`: 409 stale_version when someone saved in between; collections given
// are replaced in the caller's transaction, so any refusal leaves the module as it was.
export async function updateModule(db: Db, id: number, patch: ModulePatch) {
  const current = await requireModule(db, id)
  const { version, outcomes, alignments, prerequisiteIds, credentialIds, description, ...fields } = patch
  if (version !== current.version) throw staleVersion(current.code, version, current.version)
  const checked = description && JSON.stringify(checkRichText(description))
  const prepared = outcomes && prepareOutcomes(outcomes)
  if (fields.code !== undefined && fields.code !== current.code) await checkCodeFree(db, fields.code)
  if (!(await updateModuleAtVersion(db, id, version, { ...fields, description: checked }))) {
    const now = await requireModule(db, id)
    throw staleVersion(now.code, version, now.version)
  }
  const code = fields.code ?? current.code
  await replaceCollections(db, { id, code }, { outcomes: prepared, alignments, prerequisiteIds, credentialIds })
  return getModule(db, id)
}
