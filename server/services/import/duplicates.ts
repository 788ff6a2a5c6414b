// Is the file being imported a framework Rungs already holds? Importing the same file twice used to make a
// second framework without a word. A preview names the framework the file looks like, so the person can update it
// instead: the one whose CASE identifier the file carries (which an import updates anyway), or one whose codes
// and statements are at least 90% the file's (half will do when the titles are the same too).
import { ownsRow } from '../../../shared/domain/permissions'
import type { ImportDuplicate } from '../../../shared/schemas/import'
import type { Db } from '../../db/connect'
import { frameworkContent, frameworksSharingCodes } from '../../db/queries/import-duplicates'
import type { Viewer } from '../access'
import type { ParsedFramework } from './model'
import type { ImportPlan } from './plan'

const SAME = 0.9
const SAME_WITH_TITLE = 0.5
// Codes looked up to find candidates: enough to find a framework that shares half of them, few enough to bind.
const SAMPLE = 200

const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase()
const keyOf = (item: { code: string; statement: string }) => `${norm(item.code)}\n${norm(item.statement)}`

// Spread over the whole file, so a file that adds rows at its end is still recognised.
function sample<T>(list: readonly T[], size: number): T[] {
  if (list.length <= size) return [...list]
  return Array.from({ length: size }, (_, i) => list[Math.floor((i * list.length) / size)]!)
}

// The share of items the file and the framework have in common, of the larger of the two.
function sameShare(file: ReadonlySet<string>, items: readonly { code: string; statement: string }[]): number {
  const theirs = new Set(items.map(keyOf))
  let common = 0
  for (const key of file) if (theirs.has(key)) common++
  return common / Math.max(file.size, theirs.size, 1)
}

// The framework the file looks like, or undefined. `plan.framework.id` is set when the file's identifier (or the
// option `frameworkId`) names one; the caller asks only when no framework was chosen.
export async function findDuplicate(db: Db, actor: Viewer, parsed: ParsedFramework, plan: ImportPlan): Promise<ImportDuplicate | undefined> {
  const describe = async (id: number, reason: ImportDuplicate['reason'], share: number) => {
    const found = await frameworkContent(db, id)
    if (!found) return undefined
    const { framework } = found
    return { id, title: framework.title, createdAt: framework.createdAt, competencyCount: framework.competencyCount, reason, sameShare: Math.round(share * 100) / 100, mayUpdate: actor === null || ownsRow(actor, framework.organisationId) }
  }
  const file = new Set(parsed.items.map(keyOf))
  if (plan.framework.id !== null) {
    const found = await frameworkContent(db, plan.framework.id)
    return describe(plan.framework.id, 'identifier', found ? sameShare(file, found.items) : 0)
  }
  const codes = sample([...new Set(parsed.items.map((i) => norm(i.code)))], SAMPLE)
  const candidates = await frameworksSharingCodes(db, codes, Math.ceil(codes.length * SAME_WITH_TITLE), 3)
  const title = norm(plan.framework.title)
  for (const id of candidates) {
    const found = await frameworkContent(db, id)
    if (!found) continue
    const share = sameShare(file, found.items)
    if (share >= SAME || (share >= SAME_WITH_TITLE && norm(found.framework.title) === title)) return describe(id, 'content', share)
  }
  return undefined
}
