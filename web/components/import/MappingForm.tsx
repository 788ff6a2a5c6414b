// One select per field of a competency: which column of the sheet holds it. Code and statement are required.
import { For } from 'solid-js'
import { SHEET_FIELD_LABELS, SHEET_FIELDS, type ColumnMapping, type SheetField } from '../../../shared/schemas/import'

const REQUIRED: readonly SheetField[] = ['code', 'statement']

export function MappingForm(props: { headers: string[]; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void }) {
  const choose = (field: SheetField, header: string) => props.onChange({ ...props.mapping, [field]: header || null })
  return (
    <fieldset class="mapping">
      <legend>Which column holds each field?</legend>
      <div class="mapping-grid">
        <For each={SHEET_FIELDS}>
          {(field) => (
            <div class="field">
              <label for={`map-${field}`}>
                {SHEET_FIELD_LABELS[field]}
                {REQUIRED.includes(field) ? ' (required)' : ''}
              </label>
              <select id={`map-${field}`} value={props.mapping[field] ?? ''} onChange={(e) => choose(field, e.currentTarget.value)}>
                <option value="">Not in the file</option>
                <For each={props.headers}>{(header) => <option value={header}>{header}</option>}</For>
              </select>
            </div>
          )}
        </For>
      </div>
    </fieldset>
  )
}
