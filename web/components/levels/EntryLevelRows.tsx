// The NRS Educational Functioning Levels as editable rows: code, scale (ABE or ESL), label and the basic-skill
// level an adult placed there works at, chosen from the scale above; moved and removed by buttons.
import { For, Show } from 'solid-js'
import { ENTRY_LEVEL_SCALES, type EntryLevelScale } from '../../../shared/domain/vocabulary'
import { CellInput, CellSelect } from './Cells'
import { EditableRows, type RowAdder } from './EditableRows'
import { blankEntry, type EntryRow, type RowErrors, type SkillRow } from './level-rows'

type Props = {
  rows: readonly EntryRow[]
  skills: readonly SkillRow[]
  errors: RowErrors
  onChange: (rows: EntryRow[]) => void
}

const SCALE_NAMES: Record<EntryLevelScale, string> = { abe: 'ABE', esl: 'ESL' }

export function EntryLevelRows(props: Props) {
  const nameOf = (row: EntryRow, i: number) => row.code.trim() || `entry level ${i + 1}`
  const skillName = (s: SkillRow, i: number) => [s.code.trim() || `Level ${i + 1}`, s.label.trim()].filter(Boolean).join(' – ')
  // A new level goes after the last one of its scale, where it most likely belongs.
  const adders = ENTRY_LEVEL_SCALES.map(
    (scale): RowAdder<EntryRow> => ({
      label: `Add an ${SCALE_NAMES[scale]} level`,
      add: () => {
        const at = props.rows.findLastIndex((r) => r.scale === scale) + 1 || props.rows.length
        return { at, row: blankEntry(scale), said: `${SCALE_NAMES[scale]} entry level added at place ${at + 1}.` }
      },
    }),
  )

  return (
    <EditableRows
      rows={props.rows}
      idPrefix="entry"
      errors={props.errors}
      listError={props.errors.entryLevels}
      caption="Educational Functioning Levels, lowest first within each scale"
      columns={['Code', 'Scale', 'Label', 'Works at basic-skill level']}
      nameOf={nameOf}
      adders={adders}
      onChange={props.onChange}
    >
      {({ row, index, id, error, set }) => (
        <>
          <td>
            <CellInput id={id('code')} label={`Code of entry level ${index + 1}`} size={7} value={row().code} error={error('code')} onInput={(code) => set({ code })} />
          </td>
          <td>
            <CellSelect id={id('scale')} label={`Scale of ${nameOf(row(), index)}`} error={error('scale')} onChange={(scale) => set({ scale: scale as EntryLevelScale })}>
              <For each={ENTRY_LEVEL_SCALES}>
                {(scale) => (
                  <option value={scale} selected={scale === row().scale}>
                    {SCALE_NAMES[scale]}
                  </option>
                )}
              </For>
            </CellSelect>
          </td>
          <td>
            <CellInput id={id('label')} label={`Label of ${nameOf(row(), index)}`} size={22} value={row().label} error={error('label')} onInput={(label) => set({ label })} />
          </td>
          <td>
            <CellSelect id={id('skillLevel')} label={`Basic-skill level of ${nameOf(row(), index)}`} error={error('skillLevel')} onChange={(skillKey) => set({ skillKey })}>
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
            </CellSelect>
          </td>
        </>
      )}
    </EditableRows>
  )
}
