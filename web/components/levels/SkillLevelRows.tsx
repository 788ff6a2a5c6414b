// The basic-skill levels (e.g. CCRS A–E) as editable rows, lowest first: code, label and description, moved
// and removed by buttons, added at the top of the scale.
import { createSignal, Index, Show } from 'solid-js'
import { CellInput } from './CellInput'
import { blankSkill, moved, type RowErrors, type SkillRow } from './level-rows'
import { focusAfter, RowActions } from './RowActions'

type Props = {
  rows: readonly SkillRow[]
  errors: RowErrors
  // The entry levels that name the level with this key, so removing it can say which need another level.
  usedBy: (key: string) => string[]
  onChange: (rows: SkillRow[]) => void
}

export function SkillLevelRows(props: Props) {
  let body!: HTMLTableSectionElement
  let addButton!: HTMLButtonElement
  const [announcement, setAnnouncement] = createSignal('')
  const nameOf = (row: SkillRow, i: number) => (row.code.trim() ? `level ${row.code.trim()}` : `basic-skill level ${i + 1}`)
  const set = (index: number, change: Partial<SkillRow>) => props.onChange(props.rows.map((r, i) => (i === index ? { ...r, ...change } : r)))

  const move = (index: number, delta: -1 | 1) => {
    const row = props.rows[index]!
    props.onChange(moved(props.rows, index, delta))
    setAnnouncement(`${nameOf(row, index)} moved to place ${index + delta + 1} of ${props.rows.length}.`)
    focusAfter(body, index + delta, delta < 0 ? 'up' : 'down', addButton)
  }
  const remove = (index: number) => {
    const row = props.rows[index]!
    const users = props.usedBy(row.key)
    props.onChange(props.rows.filter((_, i) => i !== index))
    const after = users.length ? ` Choose another basic-skill level for ${users.join(', ')}.` : ''
    setAnnouncement(`${nameOf(row, index)} removed.${after}`)
    focusAfter(body, index, 'remove', addButton)
  }
  const add = () => {
    props.onChange([...props.rows, blankSkill()])
    setAnnouncement(`Basic-skill level ${props.rows.length} added at the top of the scale.`)
    queueMicrotask(() => body.querySelector<HTMLInputElement>('tr:last-child input')?.focus())
  }

  return (
    <div class="level-rows">
      <Show when={props.errors.skillLevels}>{(message) => <p class="field-error">{message()}</p>}</Show>
      <div class="table-wrap">
        <table class="level-table">
          <caption class="visually-hidden">Basic-skill levels, lowest first</caption>
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">Code</th>
              <th scope="col">Label</th>
              <th scope="col">Description</th>
              <th scope="col">Order and removal</th>
            </tr>
          </thead>
          <tbody ref={body}>
            <Index each={props.rows}>
              {(row, i) => {
                const id = (field: string) => `skill-${row().key}-${field}`
                const error = (field: string) => props.errors[`${row().key}.${field}`]
                return (
                  <tr>
                    <td class="level-place">{i + 1}</td>
                    <td>
                      <CellInput id={id('code')} label={`Code of basic-skill level ${i + 1}`} size={6} value={row().code} error={error('code')} onInput={(code) => set(i, { code })} />
                    </td>
                    <td>
                      <CellInput id={id('label')} label={`Label of ${nameOf(row(), i)}`} size={36} value={row().label} error={error('label')} onInput={(label) => set(i, { label })} />
                    </td>
                    <td>
                      <CellInput
                        id={id('description')}
                        label={`Description of ${nameOf(row(), i)}`}
                        size={22}
                        value={row().description}
                        error={error('description')}
                        onInput={(description) => set(i, { description })}
                      />
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
      <button type="button" class="button" ref={addButton} onClick={add}>
        Add a basic-skill level
      </button>
      <p class="visually-hidden" role="status">
        {announcement()}
      </p>
    </div>
  )
}
