// One competency to rate: a radio group (essential / important / not needed / don't know), then optional
// frequency and comment. Each change is saved at once through `onSave`, and the save state is shown and announced.
import { createSignal, For, Show } from 'solid-js'
import { FREQUENCIES, FREQUENCY_LABELS, RATINGS, RATING_LABELS, type Frequency, type Rating } from '../../../shared/domain/consensus'
import type { RatingInput } from '../../../shared/schemas/validation'
import { problemText } from '../../lib/form'

export type SavedRating = { rating: Rating; frequency: Frequency | null; comment: string | null }

type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; message: string }

export function RatingItem(props: {
  competency: { id: number; code: string; statement: string }
  saved: SavedRating | undefined
  onSave: (input: RatingInput) => Promise<void>
}) {
  const [value, setValue] = createSignal<SavedRating | undefined>(props.saved)
  const [state, setState] = createSignal<SaveState>({ kind: props.saved ? 'saved' : 'idle' })
  const id = `c${props.competency.id}`
  const save = async (next: SavedRating) => {
    setValue(next)
    setState({ kind: 'saving' })
    try {
      await props.onSave(next)
      setState({ kind: 'saved' })
    } catch (error) {
      setState({ kind: 'failed', message: problemText(error) })
    }
  }
  const change = (patch: Partial<SavedRating>) => {
    const current = value()
    if (current) void save({ ...current, ...patch })
  }
  return (
    <fieldset class="rating-item" aria-describedby={`${id}-state`}>
      <legend>
        <span class="code">{props.competency.code}</span> {props.competency.statement}
      </legend>
      <div class="rating-choices">
        <For each={RATINGS}>
          {(rating) => (
            <label>
              <input
                type="radio"
                name={`${id}-rating`}
                value={rating}
                checked={value()?.rating === rating}
                onChange={() => void save({ frequency: null, comment: null, ...value(), rating })}
              />
              {RATING_LABELS[rating]}
            </label>
          )}
        </For>
      </div>
      <Show when={value()}>
        {(current) => (
          <div class="rating-detail">
            <div>
              <label for={`${id}-frequency`}>How often is it done? (optional)</label>
              <select id={`${id}-frequency`} onChange={(e) => change({ frequency: (e.currentTarget.value || null) as Frequency | null })}>
                <option value="" selected={current().frequency === null}>
                  Not said
                </option>
                <For each={FREQUENCIES}>
                  {(f) => (
                    <option value={f} selected={current().frequency === f}>
                      {FREQUENCY_LABELS[f]}
                    </option>
                  )}
                </For>
              </select>
            </div>
            <div>
              <label for={`${id}-comment`}>Comment (optional)</label>
              <textarea id={`${id}-comment`} rows="2" maxLength={2000} value={current().comment ?? ''} onChange={(e) => change({ comment: e.currentTarget.value.trim() || null })} />
            </div>
          </div>
        )}
      </Show>
      <span id={`${id}-state`} class="save-state" classList={{ 'save-state-failed': state().kind === 'failed' }} role="status">
        {(() => {
          const s = state()
          if (s.kind === 'saving') return 'Saving…'
          if (s.kind === 'saved') return 'Saved'
          if (s.kind === 'failed') return `Not saved: ${s.message}`
          return 'Not rated yet'
        })()}
      </span>
    </fieldset>
  )
}
