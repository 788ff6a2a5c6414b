// Opens the module editor where a finding's action points (lib/module-editor-focus.ts): the alignment to the
// competency with the suggested depth chosen (saved like any edit) and its depth focused, or the credentials or
// prerequisites in view with their first box focused. Answers a sentence saying what it did, for a status line.
import { useSearchParams } from '@solidjs/router'
import { createSignal, onMount, type Accessor } from 'solid-js'
import { DEPTH_LABELS, type Depth } from '../../../shared/domain/vocabulary'
import type { ModuleDraft } from '../../lib/autosave-module'
import { alignmentPlace, depthSelectId, editorFocusOf } from '../../lib/module-editor-focus'

type Place = NonNullable<ReturnType<typeof alignmentPlace>>

const bringIntoView = (element: HTMLElement | null | undefined, focus: HTMLElement | null | undefined) => {
  element?.scrollIntoView({ block: 'center' })
  focus?.focus({ preventScroll: true })
}

// Call once from the editor; `setDepth` makes the edit through the editor's own autosaving path.
export function useEditorFocus(draft: ModuleDraft, setDepth: (place: Place, depth: Depth) => void): Accessor<string> {
  const [search] = useSearchParams<{ competency?: string; depth?: string; focus?: string }>()
  const [note, setNote] = createSignal('')
  onMount(() => {
    const focus = editorFocusOf(search)
    if (focus.list) {
      const list = document.getElementById(`module-${focus.list}`)
      requestAnimationFrame(() => bringIntoView(list, list?.querySelector<HTMLElement>('input[type=checkbox]')))
      return
    }
    if (focus.competencyId === undefined) return
    const place = alignmentPlace(draft, focus.competencyId)
    if (!place) return setNote('This module no longer aligns to that competency.')
    const listId = place.outcomeKey === null ? 'module-alignments' : `${place.outcomeKey}-alignments`
    const alignments = place.outcomeKey === null ? draft.alignments : draft.outcomes.find((o) => o.key === place.outcomeKey)!.alignments
    const alignment = alignments[place.index]!
    if (focus.depth && focus.depth !== alignment.depth) {
      setDepth(place, focus.depth)
      setNote(`${alignment.code} is now ${DEPTH_LABELS[focus.depth]} here, as the finding suggests, and saves by itself. Choose another depth to change it.`)
    }
    requestAnimationFrame(() => {
      const select = document.getElementById(depthSelectId(listId, alignment.competencyId))
      bringIntoView(select, select)
    })
  })
  return note
}
