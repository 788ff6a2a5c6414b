// Where the keyboard moves of an item take it (up, down, indent under the item above, outdent after its parent),
// as the parent and place the move API takes; null when the move is not possible from where the item is.
import type { CompetencyMove } from '../../../shared/schemas/framework'
import type { CompetencyNode } from '../../api'

export type MoveKind = 'up' | 'down' | 'indent' | 'outdent'

export const MOVE_LABELS: Record<MoveKind, string> = { up: 'Move up', down: 'Move down', indent: 'Indent', outdent: 'Outdent' }

type Place = { parent: CompetencyNode | null; siblings: readonly CompetencyNode[]; index: number }

// The parent, siblings and place of an item in the tree, or undefined when it is not in it.
export function placeOf(roots: readonly CompetencyNode[], id: number, parent: CompetencyNode | null = null): Place | undefined {
  const index = roots.findIndex((n) => n.id === id)
  if (index >= 0) return { parent, siblings: roots, index }
  for (const node of roots) {
    const found = placeOf(node.children, id, node)
    if (found) return found
  }
  return undefined
}

// The move API's body for a move of the item, or null when it cannot go that way.
export function moveTarget(roots: readonly CompetencyNode[], id: number, kind: MoveKind): CompetencyMove | null {
  const place = placeOf(roots, id)
  if (!place) return null
  const parentId = place.parent?.id ?? null
  switch (kind) {
    case 'up':
      return place.index > 0 ? { parentId, index: place.index - 1 } : null
    case 'down':
      return place.index < place.siblings.length - 1 ? { parentId, index: place.index + 1 } : null
    case 'indent': {
      const above = place.siblings[place.index - 1]
      return above ? { parentId: above.id, index: above.children.length } : null
    }
    case 'outdent': {
      if (!place.parent) return null
      const parentPlace = placeOf(roots, place.parent.id)!
      return { parentId: parentPlace.parent?.id ?? null, index: parentPlace.index + 1 }
    }
  }
}

// Where dropping a dragged item on another puts it: just before that item, among its siblings.
export function dropTarget(roots: readonly CompetencyNode[], draggedId: number, ontoId: number): CompetencyMove | null {
  if (draggedId === ontoId) return null
  const onto = placeOf(roots, ontoId)
  const from = placeOf(roots, draggedId)
  if (!onto || !from) return null
  const parentId = onto.parent?.id ?? null
  // Taking the item out of the same list first shifts the places after it by one.
  const sameList = (from.parent?.id ?? null) === parentId
  return { parentId, index: sameList && from.index < onto.index ? onto.index - 1 : onto.index }
}
