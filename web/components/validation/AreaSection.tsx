// One area of the reviewer page: a collapsible section with its competencies to rate, the employer's own
// suggestions so far, and the "something is missing" form.
import { For, Show } from 'solid-js'
import type { RatingInput } from '../../../shared/schemas/validation'
import { RatingItem, type SavedRating } from './RatingItem'
import { SuggestForm } from './SuggestForm'

export type ReviewGroup = {
  areaId: number | null
  code: string | null
  title: string
  items: { id: number; code: string; statement: string }[]
}

export function AreaSection(props: {
  group: ReviewGroup
  open: boolean
  ratings: ReadonlyMap<number, SavedRating>
  suggestions: readonly { id: number; statement: string }[]
  onRate: (competencyId: number, input: RatingInput) => Promise<void>
  onSuggest: (areaId: number, statement: string) => Promise<void>
}) {
  const rated = () => props.group.items.filter((c) => props.ratings.has(c.id)).length
  return (
    <details class="review-area" open={props.open}>
      <summary>
        <span>{props.group.title}</span>
        <span class="muted">
          {rated()} of {props.group.items.length} rated
        </span>
      </summary>
      <div class="review-area-body">
        <For each={props.group.items}>
          {(competency) => (
            <RatingItem competency={competency} saved={props.ratings.get(competency.id)} onSave={(input) => props.onRate(competency.id, input)} />
          )}
        </For>
        <Show when={props.group.areaId}>
          {(areaId) => (
            <>
              <Show when={props.suggestions.length}>
                <p>Your suggestions for this area:</p>
                <ul>
                  <For each={props.suggestions}>{(s) => <li>{s.statement}</li>}</For>
                </ul>
              </Show>
              <SuggestForm areaId={areaId()} areaTitle={props.group.title} onSuggest={(statement) => props.onSuggest(areaId(), statement)} />
            </>
          )}
        </Show>
      </div>
    </details>
  )
}
