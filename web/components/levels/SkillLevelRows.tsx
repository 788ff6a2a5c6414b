// The basic-skill levels (e.g. CCRS A–E) as editable rows, lowest first: code, label and description, moved
// and removed by buttons, added at the top of the scale.
import { CellInput } from './Cells'
import { EditableRows } from './EditableRows'
import { blankSkill, type RowErrors, type SkillRow } from './level-rows'

type Props = {
  rows: readonly SkillRow[]
  errors: RowErrors
  // The entry levels that name the level with this key, so removing it can say which need another level.
  usedBy: (key: string) => string[]
  onChange: (rows: SkillRow[]) => void
}

export function SkillLevelRows(props: Props) {
  const nameOf = (row: SkillRow, i: number) => (row.code.trim() ? `level ${row.code.trim()}` : `basic-skill level ${i + 1}`)
  const afterRemoval = (row: SkillRow) => {
    const users = props.usedBy(row.key)
    return users.length ? ` Choose another basic-skill level for ${users.join(', ')}.` : ''
  }
  const adder = {
    label: 'Add a basic-skill level',
    add: () => ({ at: props.rows.length, row: blankSkill(), said: `Basic-skill level ${props.rows.length + 1} added at the top of the scale.` }),
  }

  return (
    <EditableRows
      rows={props.rows}
      idPrefix="skill"
      errors={props.errors}
      listError={props.errors.skillLevels}
      caption="Basic-skill levels, lowest first"
      columns={['Code', 'Label', 'Description']}
      nameOf={nameOf}
      afterRemoval={afterRemoval}
      adders={[adder]}
      onChange={props.onChange}
    >
      {({ row, index, id, error, set }) => (
        <>
          <td>
            <CellInput id={id('code')} label={`Code of basic-skill level ${index + 1}`} size={6} value={row().code} error={error('code')} onInput={(code) => set({ code })} />
          </td>
          <td>
            <CellInput id={id('label')} label={`Label of ${nameOf(row(), index)}`} size={36} value={row().label} error={error('label')} onInput={(label) => set({ label })} />
          </td>
          <td>
            <CellInput
              id={id('description')}
              label={`Description of ${nameOf(row(), index)}`}
              size={22}
              value={row().description}
              error={error('description')}
              onInput={(description) => set({ description })}
            />
          </td>
        </>
      )}
    </EditableRows>
  )
}
