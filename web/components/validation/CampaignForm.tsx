// The form that opens a campaign: title, closing day, fewest respondents, message, and the scope (every framework or chosen areas).
import { createSignal, For, Show } from 'solid-js'
import { DEFAULT_MIN_RESPONDENTS } from '../../../shared/domain/consensus'
import { CampaignInput } from '../../../shared/schemas/validation'
import { problemText, validate, type FieldErrors } from '../../lib/form'

type Area = { id: number; code: string | null; title: string; frameworkTitle: string; count: number }

export function CampaignForm(props: { areas: readonly Area[]; onCreate: (input: CampaignInput) => Promise<void> }) {
  const [title, setTitle] = createSignal('')
  const [closesOn, setClosesOn] = createSignal('')
  const [message, setMessage] = createSignal('')
  const [minimum, setMinimum] = createSignal(String(DEFAULT_MIN_RESPONDENTS))
  const [chosen, setChosen] = createSignal<number[]>([])
  const [limit, setLimit] = createSignal(false)
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [problem, setProblem] = createSignal<string | null>(null)
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    setProblem(null)
    const minRespondents = minimum().trim() === '' ? undefined : Number(minimum())
    const checked = validate(CampaignInput, { title: title(), closesOn: closesOn(), message: message(), minRespondents, areaIds: limit() ? chosen() : [] })
    if (checked.errors) return setErrors(checked.errors)
    if (limit() && !chosen().length) return setErrors({ areaIds: 'Choose at least one area, or ask about every framework.' })
    setErrors({})
    try {
      await props.onCreate(checked.value)
      setTitle('')
      setMessage('')
    } catch (error) {
      setProblem(problemText(error))
    }
  }
  const toggle = (id: number, on: boolean) => setChosen((old) => (on ? [...old, id] : old.filter((x) => x !== id)))
  const error = (field: string) => errors()[field]
  return (
    <form class="validation-form" onSubmit={submit} aria-labelledby="new-campaign-heading">
      <h2 id="new-campaign-heading">Open a campaign</h2>
      <div>
        <label for="campaign-title">Title</label>
        <input id="campaign-title" value={title()} onInput={(e) => setTitle(e.currentTarget.value)} aria-invalid={error('title') ? 'true' : undefined} aria-describedby="campaign-title-error" />
        <span id="campaign-title-error" class="save-state save-state-failed">{error('title')}</span>
      </div>
      <div>
        <label for="campaign-closes">Closes on (last day employers can answer)</label>
        <input id="campaign-closes" type="date" value={closesOn()} onInput={(e) => setClosesOn(e.currentTarget.value)} aria-invalid={error('closesOn') ? 'true' : undefined} aria-describedby="campaign-closes-error" />
        <span id="campaign-closes-error" class="save-state save-state-failed">{error('closesOn')}</span>
      </div>
      <div>
        <label for="campaign-minimum">Fewest respondents for a consensus</label>
        <input
          id="campaign-minimum"
          type="number"
          inputmode="numeric"
          min="1"
          max="100"
          value={minimum()}
          onInput={(e) => setMinimum(e.currentTarget.value)}
          aria-invalid={error('minRespondents') ? 'true' : undefined}
          aria-describedby="campaign-minimum-hint campaign-minimum-error"
        />
        <span id="campaign-minimum-hint" class="muted">
          With fewer employers rating a competency, it shows "not enough responses" and feeds no finding.
        </span>
        <span id="campaign-minimum-error" class="save-state save-state-failed">{error('minRespondents')}</span>
      </div>
      <div>
        <label for="campaign-message">Message to employers (optional)</label>
        <textarea id="campaign-message" rows="3" value={message()} onInput={(e) => setMessage(e.currentTarget.value)} />
      </div>
      <fieldset>
        <legend>Competencies to validate</legend>
        <label>
          <input type="radio" name="campaign-scope" checked={!limit()} onChange={() => setLimit(false)} /> Every framework of the pathway
        </label>
        <label>
          <input type="radio" name="campaign-scope" checked={limit()} onChange={() => setLimit(true)} /> Only the areas I choose
        </label>
        <Show when={limit()}>
          <For each={props.areas}>
            {(area) => (
              <label>
                <input type="checkbox" checked={chosen().includes(area.id)} onChange={(e) => toggle(area.id, e.currentTarget.checked)} /> {area.title}{' '}
                <span class="muted">({area.code}, {area.count} items)</span>
              </label>
            )}
          </For>
          <span class="save-state save-state-failed">{error('areaIds')}</span>
        </Show>
      </fieldset>
      <div>
        <button type="submit" class="button button-primary">
          Open campaign
        </button>
      </div>
      <Show when={problem()}>
        <p class="error" role="alert">
          {problem()}
        </p>
      </Show>
    </form>
  )
}
