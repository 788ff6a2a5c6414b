// One learning outcome in the module editor: its rich text, buttons to move or delete it, a drag handle, its
// own alignments and, once saved, the competencies suggested for it.
import { Show } from 'solid-js'
import type { Depth } from '../../../shared/domain/vocabulary'
import type { RichTextDoc } from '../../../shared/schemas/rich-text'
import type { AlignTarget, CompetencySource } from '../../editor/competency-search'
import { RichTextEditor } from '../../editor/RichTextEditor'
import type { DraftAlignment, DraftOutcome } from '../../lib/autosave-module'
import { AlignmentList } from './AlignmentList'
import { dismissForOutcome, loadOutcomeSuggestions } from './suggestions-api'
import { SuggestionsPanel } from './SuggestionsPanel'

type Props = {
  outcome: DraftOutcome
  number: number
  count: number
  source: CompetencySource
  dropTarget: boolean
  onContent: (doc: RichTextDoc) => void
  onAlignments: (alignments: DraftAlignment[]) => void
  onRemoveAlignment: (index: number) => void
  onAlign: (target: AlignTarget, depth: Depth) => void
  savedVersion: number
  onMove: (delta: -1 | 1) => void
  onRemove: () => void
  onDragStart: () => void
  onDragOver: () => void
  onDrop: () => void
  onDragEnd: () => void
}

// An outcome as an editable list item.
export function OutcomeItem(props: Props) {
  let item!: HTMLLIElement
  const key = () => props.outcome.key
  const headingId = () => `${key()}-heading`
  return (
    <li
      class="outcome-editor"
      classList={{ 'drop-target': props.dropTarget }}
      data-outcome={key()}
      ref={item}
      onDragOver={(event) => {
        event.preventDefault()
        props.onDragOver()
      }}
      onDrop={(event) => {
        event.preventDefault()
        props.onDrop()
      }}
    >
      <div class="outcome-head">
        <span
          class="drag-handle"
          draggable="true"
          title="Drag to reorder (or use Move up and Move down)"
          aria-hidden="true"
          onDragStart={(event) => {
            // A private type, so a text field dropped on does not take the key as text.
            event.dataTransfer?.setData('application/x-rungs-outcome', key())
            if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move'
            event.dataTransfer?.setDragImage(item, 16, 16)
            props.onDragStart()
          }}
          onDragEnd={() => props.onDragEnd()}
        >
          ⠿
        </span>
        <h3 id={headingId()}>Outcome {props.number}</h3>
        <div class="outcome-actions" role="group" aria-labelledby={headingId()}>
          <button type="button" class="button button-quiet" data-action="up" disabled={props.number === 1} onClick={() => props.onMove(-1)}>
            Move up
          </button>
          <button
            type="button"
            class="button button-quiet"
            data-action="down"
            disabled={props.number === props.count}
            onClick={() => props.onMove(1)}
          >
            Move down
          </button>
          <button type="button" class="button button-quiet button-danger" onClick={() => props.onRemove()}>
            Delete<span class="visually-hidden"> outcome {props.number}</span>
          </button>
        </div>
      </div>
      <RichTextEditor
        id={`${key()}-text`}
        labelId={headingId()}
        toolbarLabel="Outcome formatting"
        content={props.outcome.content}
        source={props.source}
        onChange={props.onContent}
        onAlign={props.onAlign}
      />
      <h4 class="outcome-alignments-heading">Alignments of outcome {props.number}</h4>
      <AlignmentList
        id={`${key()}-alignments`}
        label={`Alignments of outcome ${props.number}`}
        alignments={props.outcome.alignments}
        source={props.source}
        onChange={props.onAlignments}
        onRemove={props.onRemoveAlignment}
      />
      <Show when={props.outcome.id} fallback={<p class="hint">Competencies are suggested for this outcome once it is saved.</p>}>
        {(outcomeId) => (
          <SuggestionsPanel
            id={`${key()}-suggestions`}
            subject={`outcome ${props.number}`}
            version={props.savedVersion}
            load={() => loadOutcomeSuggestions(outcomeId())}
            aligned={props.outcome.alignments.map((a) => a.competencyId)}
            onAccept={(s, depth) => props.onAlign({ id: s.competencyId, code: s.code, statement: s.statement }, depth)}
            onDismiss={(s) => dismissForOutcome(outcomeId(), s.competencyId)}
          />
        )}
      </Show>
    </li>
  )
}
