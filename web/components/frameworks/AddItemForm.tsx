// Adding an item to a framework: at the top level, or as a child of the selected item.
import { createSignal } from 'solid-js'
import { createStore } from 'solid-js/store'
import { COMPETENCY_KIND_LABELS, COMPETENCY_KINDS, type CompetencyKind } from '../../../shared/domain/vocabulary'
import { problemText, refusedFields } from '../../lib/form'
import { SelectField, TextField } from '../Fields'
import { SaveMessage, type SaveOutcome } from '../SaveMessage'
import { addItem } from './framework-api'

type Props = {
  frameworkId: number
  // The item it goes under (null: the top level), with its code for the words of the form.
  parent: { id: number; code: string } | null
  onAdded: (item: { id: number; code: string }) => void
}

const blank = () => ({ code: '', statement: '', kind: 'competency' as CompetencyKind, level: '' })

export function AddItemForm(props: Props) {
  const [form, setForm] = createStore(blank())
  const [errors, setErrors] = createSignal<Record<string, string>>({})
  const [message, setMessage] = createSignal<SaveOutcome | null>(null)
  const prefix = () => (props.parent ? `add-child-${props.parent.id}` : 'add-item')
  const heading = () => (props.parent ? `Add an item under ${props.parent.code}` : 'Add a top-level item')
  return (
    <form
      class="add-item-form"
      aria-label={heading()}
      onSubmit={async (event) => {
        event.preventDefault()
        setErrors({})
        try {
          const added = await addItem({ frameworkId: props.frameworkId, parentId: props.parent?.id ?? null, code: form.code, statement: form.statement, kind: form.kind, level: form.level || null })
          setForm(blank())
          setMessage({ ok: true, text: `Added ${added.code}.` })
          props.onAdded(added)
        } catch (error) {
          setErrors(refusedFields(error))
          setMessage({ ok: false, text: problemText(error) })
        }
      }}
    >
      <fieldset>
        <legend>{heading()}</legend>
        <TextField id={`${prefix()}-code`} label="Code" autocomplete="off" value={form.code} error={errors().code} onInput={(v) => setForm('code', v)} />
        <TextField id={`${prefix()}-statement`} label="Statement" autocomplete="off" value={form.statement} error={errors().statement} onInput={(v) => setForm('statement', v)} />
        <SelectField
          id={`${prefix()}-kind`}
          label="Kind"
          choices={COMPETENCY_KINDS.map((k) => ({ value: k, label: COMPETENCY_KIND_LABELS[k] }))}
          value={form.kind}
          onChange={(v) => setForm('kind', v as CompetencyKind)}
        />
        <TextField id={`${prefix()}-level`} label="Level (optional)" autocomplete="off" value={form.level} error={errors().level} onInput={(v) => setForm('level', v)} />
        <div class="form-actions">
          <button type="submit" class="button">
            Add item
          </button>
          <SaveMessage message={message()} />
        </div>
      </fieldset>
    </form>
  )
}
