// A choice of minimum level on the basic-skill scale (lowest first), or none.
import { For } from 'solid-js'
import { levelName, type SkillLevel } from './requirement-model'

type Props = {
  id: string
  label: string
  levels: readonly SkillLevel[]
  value: string | null
  onChange: (code: string | null) => void
  // Keeps the label for screen readers only, and names levels by code, where the row already says what it is.
  compact?: boolean
}

// The level select with its label.
export function LevelSelect(props: Props) {
  // A level the scale no longer has stays visible rather than silently showing another one.
  const offScale = () => props.value !== null && !props.levels.some((l) => l.code === props.value)
  return (
    <span class="level-select">
      <label for={props.id} classList={{ 'visually-hidden': props.compact }}>
        {props.label}
      </label>{' '}
      <select id={props.id} onChange={(event) => props.onChange(event.currentTarget.value || null)}>
        <option value="" selected={props.value === null}>
          {props.compact ? 'Any level' : 'No minimum level'}
        </option>
        <For each={props.levels}>
          {(level) => (
            <option value={level.code} selected={level.code === props.value}>
              {props.compact ? `Level ${level.code}` : levelName(props.levels, level.code)}
            </option>
          )}
        </For>
        {offScale() && (
          <option value={props.value!} selected>
            {props.value}
          </option>
        )}
      </select>
    </span>
  )
}
