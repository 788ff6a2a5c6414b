// The wage a pathway calls family-sustaining: an hourly amount (its full-time annual equivalent shown beside it),
// the region and year it holds for, and where it comes from. The road map marks exit jobs at or above it.
import { Show } from 'solid-js'
import { annualOf, type FamilyWageDraft } from '../../lib/family-wage-draft'
import { TextField } from '../Fields'

type Props = {
  value: FamilyWageDraft
  // Messages by the API's field names (familyWageHourly, familyWageRegion, familyWageSource, familyWageYear).
  errors: Record<string, string>
  onChange: (value: FamilyWageDraft) => void
}

// The family-sustaining wage fields.
export function FamilyWageFields(props: Props) {
  const set = (field: keyof FamilyWageDraft, text: string) => props.onChange({ ...props.value, [field]: text })
  return (
    <fieldset class="family-wage-fields">
      <legend>Family-sustaining wage</legend>
      <p class="hint">
        The hourly wage that supports a family in the pathway's region, e.g. a living-wage calculation for one adult and one child. Leave
        the amount empty for none.
      </p>
      <div class="form-grid">
        <div>
          <TextField
            id="family-wage-hourly"
            label="Dollars an hour"
            autocomplete="off"
            value={props.value.hourly}
            error={props.errors.familyWageHourly}
            onInput={(v) => set('hourly', v)}
          />
          <Show when={annualOf(props.value.hourly)}>
            {(annual) => (
              <p class="hint" aria-live="polite">
                About {annual()} full time (2,080 hours).
              </p>
            )}
          </Show>
        </div>
        <TextField
          id="family-wage-region"
          label="Region"
          hint="e.g. Greater Dayton, Ohio"
          autocomplete="off"
          value={props.value.region}
          error={props.errors.familyWageRegion}
          onInput={(v) => set('region', v)}
        />
        <TextField id="family-wage-year" label="Year" autocomplete="off" value={props.value.year} error={props.errors.familyWageYear} onInput={(v) => set('year', v)} />
      </div>
      <TextField
        id="family-wage-source"
        label="Source"
        hint="Where the figure comes from, e.g. MIT Living Wage Calculator, 1 adult 1 child"
        autocomplete="off"
        value={props.value.source}
        error={props.errors.familyWageSource}
        onInput={(v) => set('source', v)}
      />
    </fieldset>
  )
}
