// The plain fields of a module: code, title, level, kind, clock hours (and the team-taught share of an integrated
// module), credits, entry level, delivery formats that suit working adults (status
// moves through the approval workflow on the module page, never here).
import { Term } from '../glossary/Term'
import { For, Show } from 'solid-js'
import {
  DELIVERY_FORMAT_LABELS,
  DELIVERY_FORMATS,
  LEVEL_LABELS,
  LEVELS,
  MODULE_KIND_LABELS,
  MODULE_KINDS,
  type DeliveryFormat,
} from '../../../shared/domain/vocabulary'
import type { ModuleDraft } from '../../lib/autosave-module'
import type { FieldErrors } from '../../lib/form'
import { entryLevelChoices } from '../../lib/levels'
import { SelectField, TextField } from '../Fields'

export type ModuleFieldValues = Pick<
  ModuleDraft,
  'code' | 'title' | 'level' | 'kind' | 'clockHours' | 'teamTaughtShare' | 'credits' | 'durationWeeks' | 'costToStudent' | 'entryLevel' | 'delivery'
>

type Props = {
  values: ModuleFieldValues
  errors: FieldErrors
  // The NRS levels an entry level is chosen from.
  entryLevels: readonly { code: string; label: string }[]
  onChange: <K extends keyof ModuleFieldValues>(field: K, value: ModuleFieldValues[K]) => void
}

const choices = <T extends string>(values: readonly T[], labels?: Record<T, string>) =>
  values.map((value) => ({ value, label: labels?.[value] ?? value[0]!.toUpperCase() + value.slice(1) }))

// The module's own fields.
export function ModuleFields(props: Props) {
  const toggleDelivery = (format: DeliveryFormat, on: boolean) =>
    props.onChange(
      'delivery',
      DELIVERY_FORMATS.filter((f) => (f === format ? on : props.values.delivery.includes(f))),
    )
  return (
    <div class="module-fields">
      <TextField id="module-code" label="Code" autocomplete="off" value={props.values.code} error={props.errors.code}
        onInput={(v) => props.onChange('code', v)} />
      <TextField id="module-title" label="Title" autocomplete="off" value={props.values.title} error={props.errors.title}
        onInput={(v) => props.onChange('title', v)} />
      <SelectField id="module-level" label="Level" choices={choices(LEVELS, LEVEL_LABELS)} value={props.values.level}
        onChange={(v) => props.onChange('level', v as ModuleFieldValues['level'])} />
      <SelectField id="module-kind" label="Kind" choices={choices(MODULE_KINDS, MODULE_KIND_LABELS)} value={props.values.kind}
        hint={<>A <Term id="bridge">bridge</Term> readies adults for a program; <Term id="iet">integrated education and training</Term> teaches basic skills and the trade together.</>}
        onChange={(v) => props.onChange('kind', v as ModuleFieldValues['kind'])} />
      <TextField id="module-hours" label="Clock hours" autocomplete="off" value={props.values.clockHours} error={props.errors.clockHours}
        hint="Whole hours; leave empty if not recorded." onInput={(v) => props.onChange('clockHours', v)} />
      <Show when={props.values.kind === 'integrated'}>
        <TextField id="module-share" label="Team-taught share (%)" autocomplete="off" value={props.values.teamTaughtShare} error={props.errors.teamTaughtShare}
          hint="Share of the hours a basic-skills and an occupational instructor teach together." onInput={(v) => props.onChange('teamTaughtShare', v)} />
      </Show>
      <TextField id="module-credits" label="Credits" autocomplete="off" value={props.values.credits} error={props.errors.credits}
        hint="For example 1.5; leave empty for non-credit." onInput={(v) => props.onChange('credits', v)} />
      <TextField id="module-weeks" label="Duration (weeks)" autocomplete="off" value={props.values.durationWeeks} error={props.errors.durationWeeks}
        hint="Whole weeks from start to finish (1-260); leave empty if not known." onInput={(v) => props.onChange('durationWeeks', v)} />
      <TextField id="module-cost" label="Cost to student ($)" autocomplete="off" value={props.values.costToStudent} error={props.errors.costToStudent}
        hint="Whole dollars for tuition, fees, books and tools, before aid." onInput={(v) => props.onChange('costToStudent', v)} />
      <SelectField id="module-entry" label="Entry level" choices={entryLevelChoices(props.entryLevels, props.values.entryLevel)}
        value={props.values.entryLevel} error={props.errors.entryLevel}
        hint={<>The <Term id="nrs-efl">NRS Educational Functioning Level</Term> an adult needs to start.</>} onChange={(v) => props.onChange('entryLevel', v)} />
      <fieldset class="delivery-formats">
        <legend>Delivery formats</legend>
        <p class="hint">Ways working adults can take this module.</p>
        <ul class="plain-list inline-checks">
          <For each={DELIVERY_FORMATS}>
            {(format) => (
              <li>
                <label>
                  <input
                    type="checkbox"
                    checked={props.values.delivery.includes(format)}
                    onChange={(event) => toggleDelivery(format, event.currentTarget.checked)}
                  />{' '}
                  {DELIVERY_FORMAT_LABELS[format]}
                </label>
              </li>
            )}
          </For>
        </ul>
      </fieldset>
    </div>
  )
}
