// The entry level of the adults a bridge is for: the NRS Educational Functioning Levels grouped by scale (ABE,
// ESL), each naming the basic-skill level its learners work at.
import { For, Show } from 'solid-js'
import { ENTRY_LEVEL_SCALE_LABELS, ENTRY_LEVEL_SCALES } from '../../../shared/domain/vocabulary'
import type { SkillLevelScales } from '../../api'

type Props = {
  id: string
  scales: SkillLevelScales
  // The chosen entry level's code, or '' for none yet.
  value: string
  error?: string
  onChange: (code: string) => void
}

// The select with its label and hint.
export function EntryLevelSelect(props: Props) {
  const levelsOf = (scale: string) => props.scales.entryLevels.filter((l) => l.scale === scale)
  const describedBy = () => [`${props.id}-hint`, props.error && `${props.id}-error`].filter(Boolean).join(' ')
  return (
    <div class="field" classList={{ 'field-invalid': Boolean(props.error) }}>
      <label for={props.id}>Entry level</label>
      <select
        id={props.id}
        name={props.id}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy()}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <option value="" selected={props.value === ''} disabled>
          Choose an entry level…
        </option>
        <For each={ENTRY_LEVEL_SCALES.filter((scale) => levelsOf(scale).length)}>
          {(scale) => (
            <optgroup label={ENTRY_LEVEL_SCALE_LABELS[scale]}>
              <For each={levelsOf(scale)}>
                {(level) => (
                  <option value={level.code} selected={level.code.toLowerCase() === props.value.toLowerCase()}>
                    {level.code}: {level.label} (basic-skill level {level.skillLevel})
                  </option>
                )}
              </For>
            </optgroup>
          )}
        </For>
      </select>
      <p class="hint" id={`${props.id}-hint`}>
        Where the adults start, by NRS Educational Functioning Level. The list below shows what the target needs from
        that level up.
      </p>
      <Show when={props.error}>
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  )
}
