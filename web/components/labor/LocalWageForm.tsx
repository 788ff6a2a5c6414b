// Entering or editing one local wage row: the occupation (picked from the SOC list), region, source, year and the
// median and 25th/75th percentile figures an hour and a year. Checked with the server's schema first; the server's
// refusals appear beside the field they name, a clash with an existing row above the form.
import { createSignal, For } from 'solid-js'
import { LocalWageInput } from '../../../shared/schemas/labor'
import { focusFirstInvalid, validate, type FieldErrors } from '../../lib/form'
import { FIGURE_LABELS, WAGE_FIGURES, wageInput, wageTypos, type LocalWageDraft } from '../../lib/local-wage-draft'
import type { OccupationHit } from '../../lib/occupation-search'
import { TextField } from '../Fields'
import { FormProblem } from '../FormProblem'
import { OccupationPicker } from './OccupationPicker'

type Props = {
  heading: string
  initial: LocalWageDraft
  search: (q: string) => Promise<OccupationHit[]>
  // Resolves when saved; the page shows a refusal through `problem` and `refused`.
  onSave: (body: LocalWageInput) => Promise<void>
  onCancel: () => void
  problem: string | null
  refused: FieldErrors
}

// The local wage form.
export function LocalWageForm(props: Props) {
  const [draft, setDraft] = createSignal<LocalWageDraft>({ ...props.initial })
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [busy, setBusy] = createSignal(false)
  const set = <K extends keyof LocalWageDraft>(name: K, value: LocalWageDraft[K]) => setDraft({ ...draft(), [name]: value })
  const errorOf = (field: string) => errors()[field] ?? props.refused[field]

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    const form = event.currentTarget as HTMLFormElement
    const typos = wageTypos(draft())
    const checked = validate(LocalWageInput, wageInput(draft()))
    if (!draft().occupation.length) typos.socCode = 'Choose the occupation these wages are for'
    setErrors({ ...checked.errors, ...typos })
    if (!checked.value || Object.keys(typos).length) return focusFirstInvalid(form)
    setBusy(true)
    try {
      await props.onSave(checked.value)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="form card" novalidate onSubmit={onSubmit} aria-labelledby="wage-form-heading">
      <h2 id="wage-form-heading">{props.heading}</h2>
      <FormProblem summary="Could not save the wages." message={props.problem} />
      <OccupationPicker
        id="wage-occupation"
        legend="Occupation"
        max={1}
        chosen={draft().occupation}
        search={props.search}
        error={errorOf('socCode')}
        onChange={(list) => set('occupation', list)}
      />
      <div class="form-grid">
        <TextField id="wage-region" label="Region" hint="e.g. Greater Dayton, Ohio" autocomplete="off" value={draft().region} error={errorOf('region')} onInput={(v) => set('region', v)} />
        <TextField id="wage-source" label="Source" hint="e.g. Ohio LMI OEWS estimates" autocomplete="off" value={draft().source} error={errorOf('source')} onInput={(v) => set('source', v)} />
        <TextField id="wage-year" label="Year" autocomplete="off" value={draft().year} error={errorOf('year')} onInput={(v) => set('year', v)} />
      </div>
      <fieldset>
        <legend>Wages</legend>
        <p class="hint">Give an hourly or an annual median; leave a figure the source does not publish empty.</p>
        <div class="form-grid">
          <For each={WAGE_FIGURES}>
            {(f) => (
              <TextField id={`wage-${f}`} label={FIGURE_LABELS[f]} autocomplete="off" value={draft()[f]} error={errorOf(f)} onInput={(v) => set(f, v)} />
            )}
          </For>
        </div>
      </fieldset>
      <div class="form-actions">
        <button type="submit" class="button button-primary" disabled={busy()}>
          {busy() ? 'Saving…' : 'Save wages'}
        </button>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </form>
  )
}
