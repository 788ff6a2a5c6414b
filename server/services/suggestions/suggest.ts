// Suggested competencies for an outcome (from its text) and for a module (from its title and description): the
// best items of the frameworks its pathways use that it does not align to yet and nobody dismissed there.
import { textOf } from '../../../shared/schemas/rich-text'
import type { RichTextDoc } from '../../../shared/schemas/rich-text'
import type { SuggestionQuery } from '../../../shared/schemas/suggestions'
import type { Db } from '../../db/connect'
import { findOutcome } from '../../db/queries/outcomes'
import { alignedTo, dismissedFor } from '../../db/queries/suggestions'
import { NotFound } from '../../errors'
import { canSee, type Viewer } from '../access'
import { requireModule } from '../modules/read'
import { moduleFrameworks } from './frameworks'
import { describeSuggestions, rankText } from './rank'

// An outcome and its module, for a viewer who may see the module; 404 (as for a missing outcome) otherwise.
export async function requireVisibleOutcome(db: Db, viewer: Viewer, outcomeId: number) {
  const outcome = await findOutcome(db, outcomeId)
  const module = outcome && (await requireModule(db, outcome.moduleId))
  if (!outcome || !module || !canSee(viewer, module)) throw new NotFound('Outcome', outcomeId)
  return { outcome, module }
}

// A module a viewer may see; 404 otherwise.
export async function requireVisibleModule(db: Db, viewer: Viewer, moduleId: number) {
  const module = await requireModule(db, moduleId)
  if (!canSee(viewer, module)) throw new NotFound('Module', moduleId)
  return module
}

export async function outcomeSuggestions(db: Db, viewer: Viewer, outcomeId: number, query: SuggestionQuery) {
  const { outcome, module } = await requireVisibleOutcome(db, viewer, outcomeId)
  const frameworks = await moduleFrameworks(db, module, query.frameworkId)
  const exclude = new Set([...(await alignedTo(db, module.id, outcome.id)), ...(await dismissedFor(db, module.id, outcome.id))])
  const ranked = await rankText(db, frameworks, outcome.text, exclude, query.limit)
  return { outcomeId: outcome.id, moduleId: module.id, frameworks, items: await describeSuggestions(db, ranked) }
}

export async function moduleSuggestions(db: Db, viewer: Viewer, moduleId: number, query: SuggestionQuery) {
  const module = await requireVisibleModule(db, viewer, moduleId)
  const frameworks = await moduleFrameworks(db, module, query.frameworkId)
  const text = `${module.title}\n${textOf(JSON.parse(module.description) as RichTextDoc)}`
  const exclude = new Set([...(await alignedTo(db, module.id, null)), ...(await dismissedFor(db, module.id, null))])
  const ranked = await rankText(db, frameworks, text, exclude, query.limit)
  return { moduleId: module.id, frameworks, items: await describeSuggestions(db, ranked) }
}
