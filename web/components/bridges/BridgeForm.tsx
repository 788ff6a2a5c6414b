// The new module's own fields under the builder's list: kind (bridge or integrated education and training),
// code, title, clock hours and, for an integrated module, the share of hours taught by two instructors.
import { createSignal, For, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { MODULE_KIND_LABELS } from '../../../shared/domain/vocabulary'
import type { BridgeInput } from '../../../shared/schemas/bridge'
import { focusFirstInvalid, type FieldErrors } from '../../lib/form'
import { plural } from '../../lib/format'
import { TextField } from '../Fields'
import { bridgeInputOf, refusalOf, type BridgeContext, type BridgeFields, type BridgeKind } from './bridge-input'
import { FormProblem } from '../FormProblem'

type Props = {
  context: BridgeContext
  // How many skills the list offers, to say how many of them are chosen.
  offered: number
  // Creates the module (and leaves the page); a refusal is thrown as the server's ApiError.
  onCreate: (input: BridgeInput) => Promise<void>
}

const KINDS: { kind: BridgeKind; hint: string }[] = [
  { kind: 'bridge', hint: 'Basic skills taught through the tasks of the occupation, before the target module.' },
  { kind: 'integrated', hint: 'Basic-skills and occupational outcomes in one set of objectives, taught at the same time, often by two instructors.' },
]
const FORM_FIELDS = ['kind', 'code', 'title', 'clockHours', 'teamTaughtShare', 'skillIds']

// The form and its Create button.
export function BridgeForm(props: Props) {
  const [fields, setFields] = createStore<BridgeFields>({ kind: 'bridge', code: '', title: '', clockHours: '', teamTaughtShare: '' })
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [problem, setProblem] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  const set = (field: keyof BridgeFields) => (value: string) => setFields(field, value as never)

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (busy()) return
    const form = event.currentTarget as HTMLFormElement
    const checked = bridgeInputOf(fields, props.context)
    setErrors(checked.errors ?? {})
    setProblem(checked.errors ? 'Check the fields marked below.' : '')
    if (!checked.value) return focusFirstInvalid(form)
    setBusy(true)
    try {
      await props.onCreate(checked.value)
    } catch (error) {
      const refusal = refusalOf(error, FORM_FIELDS)
      setErrors(refusal.errors)
      setProblem(refusal.problem)
      focusFirstInvalid(form)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="form card bridge-form" novalidate aria-labelledby="bridge-form-heading" onSubmit={onSubmit}>
      <h2 id="bridge-form-heading">Create the module</h2>
      <FormProblem summary="Could not create the module." message={problem()} />
      <fieldset class="bridge-kinds">
        <legend>Kind of module</legend>
        <For each={KINDS}>
          {(option) => (
            <label class="bridge-kind">
              <input type="radio" name="bridge-kind" value={option.kind} checked={fields.kind === option.kind} onChange={() => setFields('kind', option.kind)} />{' '}
              <span>
                <strong>{MODULE_KIND_LABELS[option.kind]}</strong>
                <span class="hint">{option.hint}</span>
              </span>
            </label>
          )}
        </For>
      </fieldset>
      <div class="form-grid">
        <TextField id="bridge-code" label="Code" autocomplete="off" hint="For example ABE 090." value={fields.code} error={errors().code} onInput={set('code')} />
        <TextField id="bridge-title" label="Title" autocomplete="off" value={fields.title} error={errors().title} onInput={set('title')} />
        <TextField id="bridge-hours" label="Clock hours" autocomplete="off" hint="Whole hours; leave empty if not known yet." value={fields.clockHours}
          error={errors().clockHours} onInput={set('clockHours')} />
        <Show when={fields.kind === 'integrated'}>
          <TextField id="bridge-share" label="Team-taught share (%)" autocomplete="off" hint="Share of the hours a basic-skills and an occupational instructor teach together."
            value={fields.teamTaughtShare} error={errors().teamTaughtShare} onInput={set('teamTaughtShare')} />
        </Show>
      </div>
      <div class="form-actions">
        <button type="submit" class="button button-primary" aria-describedby="bridge-skill-count">
          {busy() ? 'Creating…' : `Create ${fields.kind === 'integrated' ? 'integrated' : 'bridge'} module`}
        </button>
        <p id="bridge-skill-count" classList={{ 'field-error': Boolean(errors().skillIds) }}>
          {errors().skillIds ?? `It will teach ${props.context.skillIds.length} of the ${plural(props.offered, 'basic skill')} listed above.`}
        </p>
      </div>
    </form>
  )
}
