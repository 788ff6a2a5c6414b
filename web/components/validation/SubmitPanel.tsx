// Submit and sign off: a confirmation the employer ticks, then one button; after submitting, the date is shown
// and answers can still be changed (and submitted again) until the campaign closes.
import { createSignal, Show } from 'solid-js'
import { formatWhen } from '../../lib/format'
import { problemText } from '../../lib/form'

export function SubmitPanel(props: { rated: number; total: number; submittedAt: string | null; closesOn: string; onSubmit: () => Promise<void> }) {
  const [confirmed, setConfirmed] = createSignal(false)
  const [problem, setProblem] = createSignal<string | null>(null)
  const [busy, setBusy] = createSignal(false)
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    setProblem(null)
    if (!confirmed()) {
      setProblem('Tick the box to confirm before submitting.')
      return
    }
    setBusy(true)
    try {
      await props.onSubmit()
    } catch (error) {
      setProblem(problemText(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section aria-labelledby="submit-heading" class="card">
      <h2 id="submit-heading">Submit and sign off</h2>
      <Show when={props.rated < props.total}>
        <p>
          {props.total - props.rated} competencies are not rated yet. You can submit anyway; unrated ones count as not
          answered.
        </p>
      </Show>
      <form class="validation-form" onSubmit={submit}>
        <label>
          <input type="checkbox" checked={confirmed()} onChange={(e) => setConfirmed(e.currentTarget.checked)} /> I confirm these
          ratings reflect what my company needs
        </label>
        <div>
          <button type="submit" class="button button-primary" disabled={busy()}>
            {props.submittedAt ? 'Submit again' : 'Submit and sign off'}
          </button>
        </div>
        <div role="status">
          <Show when={props.submittedAt}>
            {(at) => (
              <p>
                <strong>Submitted {formatWhen(at())}.</strong> Thank you. You can change ratings and submit again until{' '}
                {props.closesOn}.
              </p>
            )}
          </Show>
        </div>
        <Show when={problem()}>
          <p class="save-state save-state-failed" role="alert">
            {problem()}
          </p>
        </Show>
      </form>
    </section>
  )
}
