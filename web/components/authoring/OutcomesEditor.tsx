// The learning outcomes of a module: add, edit, reorder (Move up/Move down or drag by the handle) and delete,
// each with its own alignments. Focus follows the outcome that moved, and every change is announced.
import { createSignal, For, Show } from 'solid-js'
import type { Depth } from '../../../shared/domain/vocabulary'
import type { RichTextDoc } from '../../../shared/schemas/rich-text'
import type { AlignTarget, CompetencySource } from '../../editor/competency-search'
import type { DraftAlignment, DraftOutcome } from '../../lib/autosave-module'
import { OutcomeItem } from './OutcomeItem'

type Props = {
  outcomes: readonly DraftOutcome[]
  source: CompetencySource
  onAdd: () => void
  onContent: (key: string, doc: RichTextDoc) => void
  onAlignments: (key: string, alignments: DraftAlignment[]) => void
  onRemoveAlignment: (key: string, index: number) => void
  onAlign: (key: string, target: AlignTarget, depth: Depth) => void
  // The module version last saved: open suggestion panels read their outcome's suggestions again after it.
  savedVersion: number
  // Puts the outcome at `index` of the list.
  onMoveTo: (key: string, index: number) => void
  // Deletes the outcome once the person has confirmed it (false: they kept it).
  onRemove: (key: string) => Promise<boolean>
}

// The outcomes section of the module editor.
export function OutcomesEditor(props: Props) {
  let list!: HTMLOListElement
  let addButton!: HTMLButtonElement
  const [dragging, setDragging] = createSignal<string | null>(null)
  const [over, setOver] = createSignal<string | null>(null)
  const [announcement, setAnnouncement] = createSignal('')
  const indexOf = (key: string) => props.outcomes.findIndex((o) => o.key === key)

  // After the list re-renders, put focus back on the moved outcome's button (or its other one at an end).
  const refocus = (key: string, action: 'up' | 'down') =>
    queueMicrotask(() => {
      const item = list.querySelector(`[data-outcome="${key}"]`)
      const wanted = item?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)
      const other = item?.querySelector<HTMLButtonElement>(`[data-action="${action === 'up' ? 'down' : 'up'}"]`)
      ;(wanted && !wanted.disabled ? wanted : other)?.focus()
    })

  const move = (key: string, to: number, how: 'up' | 'down' | 'drag') => {
    props.onMoveTo(key, to)
    setAnnouncement(`Outcome moved to position ${to + 1} of ${props.outcomes.length}.`)
    if (how !== 'drag') refocus(key, how)
  }
  const remove = async (key: string) => {
    const at = indexOf(key)
    if (!(await props.onRemove(key))) return
    setAnnouncement(`Outcome ${at + 1} deleted.`)
    queueMicrotask(() => {
      const next = props.outcomes[Math.min(at, props.outcomes.length - 1)]
      const target = next && list.querySelector<HTMLElement>(`[data-outcome="${next.key}"] [data-action="up"]:not(:disabled), [data-outcome="${next.key}"] [data-action="down"]`)
      ;(target ?? addButton).focus()
    })
  }
  const add = () => {
    props.onAdd()
    setAnnouncement(`Outcome ${props.outcomes.length} added.`)
    queueMicrotask(() => list.querySelector<HTMLElement>('li:last-child .editor-input')?.focus())
  }
  const drop = (target: string) => {
    const from = dragging()
    setDragging(null)
    setOver(null)
    if (from && from !== target) move(from, indexOf(target), 'drag')
  }

  return (
    <section class="outcomes-editor" aria-labelledby="outcomes-heading">
      <h2 id="outcomes-heading">Learning outcomes</h2>
      <Show when={props.outcomes.length} fallback={<p class="empty">No outcomes yet.</p>}>
        <p class="hint">Reorder with Move up and Move down, or drag an outcome by its handle.</p>
      </Show>
      <ol class="outcome-editor-list" ref={list}>
        <For each={props.outcomes}>
          {(outcome, index) => (
            <OutcomeItem
              outcome={outcome}
              number={index() + 1}
              count={props.outcomes.length}
              source={props.source}
              savedVersion={props.savedVersion}
              dropTarget={over() === outcome.key && dragging() !== outcome.key}
              onContent={(doc) => props.onContent(outcome.key, doc)}
              onAlignments={(alignments) => props.onAlignments(outcome.key, alignments)}
              onRemoveAlignment={(index) => props.onRemoveAlignment(outcome.key, index)}
              onAlign={(target, depth) => props.onAlign(outcome.key, target, depth)}
              onMove={(delta) => move(outcome.key, index() + delta, delta < 0 ? 'up' : 'down')}
              onRemove={() => void remove(outcome.key)}
              onDragStart={() => setDragging(outcome.key)}
              onDragOver={() => setOver(outcome.key)}
              onDrop={() => drop(outcome.key)}
              onDragEnd={() => {
                setDragging(null)
                setOver(null)
              }}
            />
          )}
        </For>
      </ol>
      <button type="button" class="button" ref={addButton} onClick={add}>
        Add an outcome
      </button>
      <p class="visually-hidden" role="status">
        {announcement()}
      </p>
    </section>
  )
}
