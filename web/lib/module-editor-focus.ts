// Where a finding's action opens the module editor: at one alignment with a depth chosen (?competency=&depth=),
// or at its credentials or prerequisites (?focus=). Read by the editor, written by the findings' actions.
import { DEPTHS, type Depth } from '../../shared/domain/vocabulary'

export const EDITOR_LISTS = ['credentials', 'prerequisites'] as const
export type EditorList = (typeof EDITOR_LISTS)[number]
export type EditorFocus = { competencyId?: number; depth?: Depth; list?: EditorList }

// The editor's address for a module, opened at `focus`.
export function moduleEditHref(moduleId: number, focus: EditorFocus = {}): string {
  const query = new URLSearchParams()
  if (focus.competencyId !== undefined) query.set('competency', String(focus.competencyId))
  if (focus.depth) query.set('depth', focus.depth)
  if (focus.list) query.set('focus', focus.list)
  const text = query.toString()
  return `/modules/${moduleId}/edit${text ? `?${text}` : ''}`
}

// The focus an editor address asks for; anything malformed is ignored.
export function editorFocusOf(search: { competency?: string; depth?: string; focus?: string }): EditorFocus {
  const id = Number(search.competency)
  return {
    competencyId: Number.isInteger(id) && id > 0 ? id : undefined,
    depth: DEPTHS.find((d) => d === search.depth),
    list: EDITOR_LISTS.find((l) => l === search.focus),
  }
}

// Where the module's alignment to a competency sits in a draft: the module's own list (outcome null) or an
// outcome's, the module's own first.
export function alignmentPlace(
  draft: { alignments: readonly { competencyId: number }[]; outcomes: readonly { key: string; alignments: readonly { competencyId: number }[] }[] },
  competencyId: number,
): { outcomeKey: string | null; index: number } | undefined {
  const own = draft.alignments.findIndex((a) => a.competencyId === competencyId)
  if (own >= 0) return { outcomeKey: null, index: own }
  for (const outcome of draft.outcomes) {
    const index = outcome.alignments.findIndex((a) => a.competencyId === competencyId)
    if (index >= 0) return { outcomeKey: outcome.key, index }
  }
  return undefined
}

// The id of the depth select of an alignment in the editor (AlignmentList names them so).
export const depthSelectId = (listId: string, competencyId: number) => `${listId}-depth-${competencyId}`
