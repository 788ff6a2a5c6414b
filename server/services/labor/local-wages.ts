// A partnership's local wages: entered, edited and deleted by the people of the organisation that owns them (and
// admins), audited; they take precedence over national figures on that organisation's road maps.
import { ownsRow } from '../../../shared/domain/permissions'
import type { LocalWageInput, LocalWagePatch } from '../../../shared/schemas/labor'
import type { Db } from '../../db/connect'
import {
  deleteLocalWage as deleteRow,
  findLocalWage,
  insertLocalWage,
  localWagesOfOrganisation,
  updateLocalWage as updateRow,
  type LocalWageFields,
} from '../../db/queries/local-wages'
import { findOrganisation } from '../../db/queries/users'
import { AppError, Conflict, Invalid, NotFound } from '../../errors'
import { assertCanEdit, type Viewer } from '../access'
import { recordAudit } from '../audit'
import { wageOrderProblem } from './local-wage-rules'
import { requireKnownOccupations } from './occupations'

export { listLocalWages } from '../../db/queries/local-wages'

const figures = ['hourlyMedian', 'annualMedian', 'hourlyP25', 'hourlyP75', 'annualP25', 'annualP75'] as const

// The organisation a person enters local wages for: their own, or for an admin the one named (an admin with no
// organisation must name one). Naming another organisation than one's own is refused like editing its rows.
export async function wageOwner(db: Db, actor: NonNullable<Viewer>, named: number | undefined): Promise<number> {
  const owner = named ?? actor.organisationId
  if (owner === null) {
    throw new Invalid('organisationId: local wages belong to a partnership; name the organisation they are for', { field: 'organisationId' })
  }
  if (!ownsRow(actor, owner)) throw new AppError('forbidden', 403, 'Local wages can only be entered for your own organisation.')
  if (!(await findOrganisation(db, owner))) throw new Invalid(`organisationId: organisation ${owner} does not exist`, { field: 'organisationId' })
  return owner
}

function checkOrder(w: Partial<LocalWageFields>) {
  const problem = wageOrderProblem(w)
  if (problem) throw new Invalid(`${problem.field}: ${problem.message}`, { field: problem.field })
}

const fieldsOf = (input: LocalWageInput): LocalWageFields =>
  ({
  socCode: input.socCode,
  region: input.region,
  source: input.source,
  year: input.year,
  ...Object.fromEntries(figures.map((f) => [f, input[f] ?? null])),
}) as LocalWageFields

const sameKey = (a: Pick<LocalWageFields, 'socCode' | 'region' | 'source' | 'year'>, b: typeof a) =>
  a.socCode === b.socCode && a.year === b.year && a.region.toLowerCase() === b.region.toLowerCase() && a.source.toLowerCase() === b.source.toLowerCase()

async function refuseDuplicate(db: Db, organisationId: number, fields: LocalWageFields, selfId?: number) {
  const rows = await localWagesOfOrganisation(db, organisationId, [fields.socCode])
  if (rows.some((r) => r.id !== selfId && sameKey(r, fields))) {
    throw new Conflict('duplicate', `Local wages for ${fields.socCode} in ${fields.region} from ${fields.source} ${fields.year} are already entered; edit that row`)
  }
}

async function requireLocalWage(db: Db, id: number) {
  const row = await findLocalWage(db, id)
  if (!row) throw new NotFound('Local wage', id)
  return row
}

// One local wage row, or 404.
export const getLocalWage = requireLocalWage

// Enters local wages for an occupation, owned by the actor's organisation (or the one an admin names).
export async function createLocalWage(db: Db, actor: NonNullable<Viewer>, input: LocalWageInput & { organisationId?: number }) {
  const organisationId = await wageOwner(db, actor, input.organisationId)
  await requireKnownOccupations(db, [input.socCode], 'socCode')
  const fields = fieldsOf(input)
  checkOrder(fields)
  await refuseDuplicate(db, organisationId, fields)
  const id = await insertLocalWage(db, organisationId, fields)
  const created = await requireLocalWage(db, id)
  await recordAudit(db, actor, { action: 'create', table: 'occupation_wages', rowId: id, summary: `Entered local wages for ${input.socCode} (${input.region})`, after: created })
  return created
}

// Edits a local wage row of the actor's organisation.
export async function updateLocalWage(db: Db, actor: NonNullable<Viewer>, id: number, patch: LocalWagePatch) {
  const before = await requireLocalWage(db, id)
  assertCanEdit(actor, before, 'Local wage', id)
  if (patch.socCode) await requireKnownOccupations(db, [patch.socCode], 'socCode')
  const merged = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as LocalWageFields
  if (merged.hourlyMedian == null && merged.annualMedian == null) throw new Invalid('hourlyMedian: give an hourly or an annual median wage', { field: 'hourlyMedian' })
  checkOrder(merged)
  await refuseDuplicate(db, before.organisationId!, merged, id)
  await updateRow(db, id, patch)
  const after = await requireLocalWage(db, id)
  await recordAudit(db, actor, { action: 'update', table: 'occupation_wages', rowId: id, summary: `Edited local wages for ${after.socCode} (${after.region})`, before, after })
  return after
}

// Deletes a local wage row of the actor's organisation.
export async function deleteLocalWage(db: Db, actor: NonNullable<Viewer>, id: number): Promise<void> {
  const before = await requireLocalWage(db, id)
  assertCanEdit(actor, before, 'Local wage', id)
  await deleteRow(db, id)
  await recordAudit(db, actor, { action: 'delete', table: 'occupation_wages', rowId: id, summary: `Deleted local wages for ${before.socCode} (${before.region})`, before })
}
