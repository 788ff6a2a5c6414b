// The alignments of a module or of one outcome, editable in place: depth, assessed, remove; and the picker that
// adds more, behind a disclosure button so a long list of outcomes stays readable.
import { createSignal, Index, Show } from 'solid-js'
import { DEPTH_LABELS, DEPTHS, type Depth } from '../../../shared/domain/vocabulary'
import type { CompetencySource } from '../../editor/competency-search'
import type { DraftAlignment } from '../../lib/autosave-module'
import { depthSelectId } from '../../lib/module-editor-focus'
import { AlignmentPicker } from './AlignmentPicker'

type Props = {
  id: string
  // Names the list for screen readers, e.g. "Alignments of outcome 2".
  label: string
  alignments: readonly DraftAlignment[]
  source: CompetencySource
  onChange: (alignments: DraftAlignment[]) => void
  // Given, Remove asks here first (the editor shows what the removal would do) instead of removing at once.
  onRemove?: (index: number) => void
}

// An editable list of alignments.
export function AlignmentList(props: Props) {
  const [adding, setAdding] = createSignal(false)
  const update = (index: number, change: Partial<DraftAlignment>) =>
    props.onChange(props.alignments.map((a, i) => (i === index ? { ...a, ...change } : a)))
  const remove = (index: number) => (props.onRemove ? props.onRemove(index) : props.onChange(props.alignments.filter((_, i) => i !== index)))

  return (
    <div class="alignment-list">
      <Show when={props.alignments.length} fallback={<p class="empty">No alignments yet.</p>}>
        <ul class="plain-list" aria-label={props.label}>
          <Index each={props.alignments}>
            {(alignment, index) => (
              <li class="alignment-row">
                <span class="alignment-name">
                  <span class="code">{alignment().code}</span> <span class="muted">{alignment().statement}</span>
                </span>
                <label>
                  <span class="visually-hidden">Depth of {alignment().code}</span>
                  <select id={depthSelectId(props.id, alignment().competencyId)} value={alignment().depth} onChange={(event) => update(index, { depth: event.currentTarget.value as Depth })}>
                    {DEPTHS.map((d) => (
                      <option value={d}>{DEPTH_LABELS[d]}</option>
                    ))}
                  </select>
                </label>
                <label>
                  <input
                    type="checkbox"
                    checked={alignment().assessed}
                    onChange={(event) => update(index, { assessed: event.currentTarget.checked })}
                  />{' '}
                  Assessed<span class="visually-hidden"> ({alignment().code})</span>
                </label>
                <button type="button" class="button button-quiet" onClick={() => remove(index)}>
                  Remove<span class="visually-hidden"> {alignment().code}</span>
                </button>
              </li>
            )}
          </Index>
        </ul>
      </Show>
      <button
        type="button"
        class="button button-quiet"
        aria-expanded={adding()}
        aria-controls={`${props.id}-picker`}
        onClick={() => setAdding(!adding())}
      >
        {adding() ? 'Close the competency search' : 'Align to a competency…'}
      </button>
      <div id={`${props.id}-picker`}>
        <Show when={adding()}>
          <AlignmentPicker
            id={props.id}
            source={props.source}
            aligned={props.alignments.map((a) => a.competencyId)}
            onAdd={(alignment) => props.onChange([...props.alignments, alignment])}
          />
        </Show>
      </div>
    </div>
  )
}
