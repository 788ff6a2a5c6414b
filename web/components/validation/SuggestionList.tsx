// Employers' suggestions of missing competencies, each accepted into the framework or declined by faculty.
import { createSignal, For, Show } from 'solid-js'
import type { CampaignResults } from '../../api'
import { problemText } from '../../lib/form'

type Suggestion = CampaignResults['suggestions'][number]

export function SuggestionList(props: { suggestions: readonly Suggestion[]; onDecide: (id: number, accept: boolean) => Promise<void> }) {
  const [problem, setProblem] = createSignal<string | null>(null)
  const decide = async (id: number, accept: boolean) => {
    setProblem(null)
    try {
      await props.onDecide(id, accept)
    } catch (error) {
      setProblem(problemText(error))
    }
  }
  return (
    <Show when={props.suggestions.length} fallback={<p class="empty">No suggestions yet.</p>}>
      <ul class="card-list">
        <For each={props.suggestions}>
          {(s) => (
            <li class="card">
              <p>
                <strong>{s.statement}</strong>
              </p>
              <p class="muted">
                Under {s.areaCode} {s.areaStatement}, from {s.company}
                {s.fromRevoked ? ' (invitation revoked)' : ''}
              </p>
              <Show
                when={s.status === 'pending'}
                fallback={<p>{s.status === 'accepted' ? `Accepted as competency ${s.competencyId}` : 'Declined'}</p>}
              >
                <p>
                  <button type="button" class="button" onClick={() => void decide(s.id, true)} aria-label={`Accept: ${s.statement}`}>
                    Accept
                  </button>{' '}
                  <button type="button" class="button" onClick={() => void decide(s.id, false)} aria-label={`Decline: ${s.statement}`}>
                    Decline
                  </button>
                </p>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={problem()}>
        <p class="error" role="alert">
          {problem()}
        </p>
      </Show>
    </Show>
  )
}
