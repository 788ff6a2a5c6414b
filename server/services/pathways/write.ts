// Creating, editing and deleting pathways; collections given in an edit replace the old ones in one transaction.
import type { Occupation, PathwayInput, PathwayModulePlacement, PathwayPatch } from '../../../shared/schemas/pathway'
import type { Db } from '../../db/connect'
import { modulesByIds } from '../../db/queries/modules'
import {
  deletePathway as deletePathwayRows,
  findPathway,
  findPathwayBySlug,
  frameworksByIds,
  insertPathway,
  replaceFrameworks,
  replaceOccupations,
  replacePlacements,
  updatePathway as updatePathwayRow,
} from '../../db/queries/pathways'
import { Conflict, Invalid, NotFound } from '../../errors'
import { refuseDuplicates, refuseMissing } from '../modules/id-checks'
import { getPathway } from './read'

type Collections = { occupations?: Occupation[]; frameworkIds?: number[]; modules?: PathwayModulePlacement[] }

async function checkSlugFree(db: Db, slug: string, selfId?: number) {
  const taken = await findPathwayBySlug(db, slug)
  if (taken && taken.id !== selfId) {
    throw new Conflict('duplicate', `Slug ${slug} is already used by pathway "${taken.title}"`, { field: 'slug' })
  }
}

async function checkCollections(db: Db, { occupations, frameworkIds, modules }: Collections) {
  if (occupations) {
    const codes = occupations.map((o) => o.socCode)
    const twice = codes.filter((code, i) => codes.indexOf(code) !== i)
    if (twice.length) throw new Invalid(`Occupation ${twice[0]} is listed twice`, { field: 'occupations' })
  }
  if (frameworkIds) {
    refuseDuplicates(frameworkIds, 'Framework', 'frameworkIds')
    refuseMissing('Framework', frameworkIds, await frameworksByIds(db, frameworkIds), 'frameworkIds')
  }
  if (modules) {
    const ids = modules.map((m) => m.moduleId)
    refuseDuplicates(ids, 'Module', 'modules')
    refuseMissing('Module', ids, await modulesByIds(db, ids), 'modules')
  }
}

async function replaceCollections(db: Db, pathwayId: number, { occupations, frameworkIds, modules }: Collections) {
  if (occupations) await replaceOccupations(db, pathwayId, occupations)
  if (frameworkIds) await replaceFrameworks(db, pathwayId, frameworkIds)
  if (modules) await replacePlacements(db, pathwayId, modules)
}

// Creates a pathway with its occupations, frameworks and module placements, and returns its road map.
export async function createPathway(db: Db, input: PathwayInput) {
  const { occupations, frameworkIds, modules, ...fields } = input
  await checkSlugFree(db, fields.slug)
  await checkCollections(db, input)
  const id = await insertPathway(db, fields)
  await replaceCollections(db, id, { occupations, frameworkIds, modules })
  return getPathway(db, id)
}

// Edits a pathway's fields and replaces each collection given; unknown ids are refused with 422.
export async function updatePathway(db: Db, id: number, patch: PathwayPatch) {
  if (!(await findPathway(db, id))) throw new NotFound('Pathway', id)
  const { occupations, frameworkIds, modules, ...fields } = patch
  if (fields.slug) await checkSlugFree(db, fields.slug, id)
  await checkCollections(db, patch)
  await updatePathwayRow(db, id, fields)
  await replaceCollections(db, id, { occupations, frameworkIds, modules })
  return getPathway(db, id)
}

// Deletes a pathway and its placements; the modules, frameworks and credentials stay.
export async function deletePathway(db: Db, id: number): Promise<void> {
  if (!(await deletePathwayRows(db, id))) throw new NotFound('Pathway', id)
}
