// Employers' suggestions of missing competencies, each accepted into the framework or declined by faculty.
import { createSignal, For, Show } from 'solid-js'
import type { AcceptSuggestionInput } from '../../../shared/schemas/validation'
import type { CampaignResults } from '../../api'
import { AcceptSuggestion } from './AcceptSuggestion'
import { problemText } from '../../lib/form'

type Suggestion = CampaignResults['suggestions'][number]

type Props = {
  suggestions: readonly Suggestion[]
  groups: CampaignResults['groups']
  onAccept: (id: number, input: AcceptSuggestionInput) => Promise<void>
  onDecline: (id: number) => Promise<void>
}

// What became of a decided suggestion, in words: the draft it became (code and framework), or declined.
const decision = (s: Suggestion) =>
  s.status === 'declined' ? 'Declined' : `Accepted as ${s.competencyStatus === 'draft' ? 'draft ' : ''}${s.competencyCode ?? 'a competency since deleted'}${s.competencyFramework ? ` in ${s.competencyFramework}` : ''}`

export function SuggestionList(props: Props) {
  const [problem, setProblem] = createSignal<string | null>(null)
  const [accepting, setAccepting] = createSignal<Suggestion | null>(null)
  const decline = async (id: number) => {
    setProblem(null)
    try {
      await props.onDecline(id)
    } catch (error) {
      setProblem(problemText(error))
    }
  }
  const accept = async (input: AcceptSuggestionInput) => {
    await props.onAccept(accepting()!.id, input)
    setAccepting(null)
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
                fallback={<p>{decision(s)}</p>}
              >
                <p>
                  <button type="button" class="button" onClick={() => setAccepting(s)} aria-label={`Accept: ${s.statement}`}>
                    Accept
                  </button>{' '}
                  <button type="button" class="button" onClick={() => void decline(s.id)} aria-label={`Decline: ${s.statement}`}>
                    Decline
                  </button>
                </p>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={accepting()} keyed>
        {(s) => <AcceptSuggestion suggestion={s} groups={props.groups} onAccept={accept} onClose={() => setAccepting(null)} />}
      </Show>
      <Show when={problem()}>
        <p class="error" role="alert">
          {problem()}
        </p>
      </Show>
    </Show>
  )
}
