// The NRS Educational Functioning Levels as editable rows: code, scale (ABE or ESL), label and the basic-skill
// level an adult placed there works at, chosen from the scale above; moved and removed by buttons.
import { createSignal, For, Index, Show } from 'solid-js'
import { ENTRY_LEVEL_SCALES, type EntryLevelScale } from '../../../shared/domain/vocabulary'
import { CellError, CellInput } from './CellInput'
import { blankEntry, moved, type EntryRow, type RowErrors, type SkillRow } from './level-rows'
import { focusAfter, RowActions } from './RowActions'

type Props = {
  rows: readonly EntryRow[]
  skills: readonly SkillRow[]
  errors: RowErrors
  onChange: (rows: EntryRow[]) => void
}

const SCALE_NAMES: Record<EntryLevelScale, string> = { abe: 'ABE', esl: 'ESL' }

export function EntryLevelRows(props: Props) {
  let body!: HTMLTableSectionElement
  let addButton!: HTMLButtonElement
  const [announcement, setAnnouncement] = createSignal('')
  const nameOf = (row: EntryRow, i: number) => row.code.trim() || `entry level ${i + 1}`
  const skillName = (s: SkillRow, i: number) => [s.code.trim() || `Level ${i + 1}`, s.label.trim()].filter(Boolean).join(' – ')
  const set = (index: number, change: Partial<EntryRow>) => props.onChange(props.rows.map((r, i) => (i === index ? { ...r, ...change } : r)))

  const move = (index: number, delta: -1 | 1) => {
    const row = props.rows[index]!
    props.onChange(moved(props.rows, index, delta))
    setAnnouncement(`${nameOf(row, index)} moved to place ${index + delta + 1} of ${props.rows.length}.`)
    focusAfter(body, index + delta, delta < 0 ? 'up' : 'down', addButton)
  }
  const remove = (index: number) => {
    const row = props.rows[index]!
    props.onChange(props.rows.filter((_, i) => i !== index))
    setAnnouncement(`${nameOf(row, index)} removed.`)
    focusAfter(body, index, 'remove', addButton)
  }
  // A new level goes after the last one of its scale, where it most likely belongs.
  const add = (scale: EntryLevelScale) => {
    const at = props.rows.findLastIndex((r) => r.scale === scale) + 1 || props.rows.length
    props.onChange([...props.rows.slice(0, at), blankEntry(scale), ...props.rows.slice(at)])
    setAnnouncement(`${SCALE_NAMES[scale]} entry level added at place ${at + 1}.`)
    queueMicrotask(() => body.querySelectorAll('tr')[at]?.querySelector<HTMLInputElement>('input')?.focus())
  }

  return (
    <div class="level-rows">
      <Show when={props.errors.entryLevels}>{(message) => <p class="field-error">{message()}</p>}</Show>
      <div class="table-wrap">
        <table class="level-table">
          <caption class="visually-hidden">Educational Functioning Levels, lowest first within each scale</caption>
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">Code</th>
              <th scope="col">Scale</th>
              <th scope="col">Label</th>
              <th scope="col">Works at basic-skill level</th>
              <th scope="col">Order and removal</th>
            </tr>
          </thead>
          <tbody ref={body}>
            <Index each={props.rows}>
              {(row, i) => {
                const id = (field: string) => `entry-${row().key}-${field}`
                const error = (field: string) => props.errors[`${row().key}.${field}`]
                return (
                  <tr>
                    <td class="level-place">{i + 1}</td>
                    <td>
                      <CellInput id={id('code')} label={`Code of entry level ${i + 1}`} size={7} value={row().code} error={error('code')} onInput={(code) => set(i, { code })} />
                    </td>
                    <td>
                      <div class="level-cell" classList={{ 'field-invalid': Boolean(error('scale')) }}>
                        <label class="visually-hidden" for={id('scale')}>
                          Scale of {nameOf(row(), i)}
                        </label>
                        <select
                          id={id('scale')}
                          aria-invalid={error('scale') ? 'true' : undefined}
                          aria-describedby={error('scale') ? `${id('scale')}-error` : undefined}
                          onChange={(e) => set(i, { scale: e.currentTarget.value as EntryLevelScale })}
                        >
                          <For each={ENTRY_LEVEL_SCALES}>
                            {(scale) => (
                              <option value={scale} selected={scale === row().scale}>
                                {SCALE_NAMES[scale]}
                              </option>
                            )}
                          </For>
                        </select>
                        <CellError id={id('scale')} error={error('scale')} />
                      </div>
                    </td>
                    <td>
                      <CellInput id={id('label')} label={`Label of ${nameOf(row(), i)}`} size={22} value={row().label} error={error('label')} onInput={(label) => set(i, { label })} />
                    </td>
                    <td>
                      <div class="level-cell" classList={{ 'field-invalid': Boolean(error('skillLevel')) }}>
                        <label class="visually-hidden" for={id('skillLevel')}>
                          Basic-skill level of {nameOf(row(), i)}
                        </label>
                        <select
                          id={id('skillLevel')}
                          aria-invalid={error('skillLevel') ? 'true' : undefined}
                          aria-describedby={error('skillLevel') ? `${id('skillLevel')}-error` : undefined}
                          onChange={(e) => set(i, { skillKey: e.currentTarget.value })}
                        >
                          <Show when={!props.skills.some((s) => s.key === row().skillKey)}>
                            <option value="" selected>
                              Choose a level
                            </option>
                          </Show>
                          <For each={props.skills}>
                            {(skill, n) => (
                              <option value={skill.key} selected={skill.key === row().skillKey}>
                                {skillName(skill, n())}
                              </option>
                            )}
                          </For>
                        </select>
                        <CellError id={id('skillLevel')} error={error('skillLevel')} />
                      </div>
                    </td>
                    <td>
                      <RowActions name={nameOf(row(), i)} first={i === 0} last={i === props.rows.length - 1} onMove={(d) => move(i, d)} onRemove={() => remove(i)} />
                    </td>
                  </tr>
                )
              }}
            </Index>
          </tbody>
        </table>
      </div>
      <div class="form-actions">
        <button type="button" class="button" ref={addButton} onClick={() => add('abe')}>
          Add an ABE level
        </button>
        <button type="button" class="button" onClick={() => add('esl')}>
          Add an ESL level
        </button>
      </div>
      <p class="visually-hidden" role="status">
        {announcement()}
      </p>
    </div>
  )
}
