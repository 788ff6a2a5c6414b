// Closing a campaign (asked in a dialog: links stop working, results are recorded) and reopening a closed one
// until a new last day.
import { createSignal, Show } from 'solid-js'
import { Day } from '../../../shared/schemas/validation'
import { problemText } from '../../lib/form'
import { ActionDialog } from '../analysis/ActionDialog'

type Props = {
  title: string
  status: 'open' | 'closed'
  onClose: () => Promise<unknown>
  onReopen: (closesOn: string) => Promise<unknown>
}

export function CampaignActions(props: Props) {
  const [asking, setAsking] = createSignal(false)
  const [busy, setBusy] = createSignal(false)
  const [problem, setProblem] = createSignal('')
  const [closesOn, setClosesOn] = createSignal('')
  const [dayError, setDayError] = createSignal('')
  const run = async (action: () => Promise<unknown>, after: () => void) => {
    setBusy(true)
    setProblem('')
    try {
      await action()
      after()
    } catch (error) {
      setProblem(problemText(error))
    } finally {
      setBusy(false)
    }
  }
  const reopen = (event: SubmitEvent) => {
    event.preventDefault()
    const checked = Day.safeParse(closesOn())
    setDayError(checked.success ? '' : (checked.error.issues[0]?.message ?? 'Choose a day'))
    if (checked.success) void run(() => props.onReopen(checked.data), () => setClosesOn(''))
  }
  return (
    <>
      <Show when={props.status === 'open'}>
        <p>
          <button type="button" class="button" onClick={() => setAsking(true)}>
            Close campaign and record results
          </button>
        </p>
        <Show when={asking()}>
          <ActionDialog
            id="close-campaign"
            title={`Close "${props.title}"?`}
            problem={problem()}
            busy={busy()}
            submitLabel="Close and record results"
            onSubmit={() => void run(props.onClose, () => setAsking(false))}
            onClose={() => setAsking(false)}
          >
            <p>Invitation links stop taking answers today, and each competency's consensus is recorded for the gap analysis.</p>
            <p>You can reopen the campaign later; its results are then recorded again when it closes.</p>
          </ActionDialog>
        </Show>
      </Show>
      <Show when={props.status === 'closed'}>
        <form class="validation-form reopen-form" onSubmit={reopen} aria-labelledby="reopen-heading">
          <h2 id="reopen-heading">Reopen</h2>
          <div>
            <label for="reopen-closes">New last day employers can answer</label>
            <input
              id="reopen-closes"
              type="date"
              value={closesOn()}
              onInput={(e) => setClosesOn(e.currentTarget.value)}
              aria-invalid={dayError() ? 'true' : undefined}
              aria-describedby="reopen-closes-error"
            />
            <span id="reopen-closes-error" class="save-state save-state-failed">
              {dayError()}
            </span>
          </div>
          <div>
            <button type="submit" class="button" disabled={busy()}>
              Reopen campaign
            </button>
          </div>
          <Show when={problem()}>
            <p class="error" role="alert">
              {problem()}
            </p>
          </Show>
        </form>
      </Show>
    </>
  )
}
