// /review/:token (an invitation link, no account) and /my/invitations/:id (an employer account): rate a
// pathway's competencies area by area, suggest missing ones, submit and sign off. Built for a phone.
import { useParams } from '@solidjs/router'
import { createMemo, createResource, createSignal, For, Show } from 'solid-js'
import type { RatingInput } from '../../shared/schemas/validation'
import { ApiError, client, data, type ReviewForm } from '../api'
import { closedText } from '../lib/campaign-dates'
import { formatDate } from '../lib/format'
import { Loadable } from '../components/Loadable'
import { Title } from '../components/Title'
import { AreaSection } from '../components/validation/AreaSection'
import type { SavedRating } from '../components/validation/RatingItem'
import { ReviewProgress } from '../components/validation/ReviewProgress'
import { SubmitPanel } from '../components/validation/SubmitPanel'
import '../components/validation/validation.css'

type Source = {
  load: () => Promise<ReviewForm>
  rate: (competencyId: number, input: RatingInput) => Promise<unknown>
  suggest: (areaId: number, statement: string) => Promise<{ id: number; areaId: number; statement: string }>
  submit: () => Promise<{ submittedAt: string }>
}

function tokenSource(token: string): Source {
  const review = client.review[':token']
  return {
    load: () => data(review.$get({ param: { token } })),
    rate: (competencyId, json) => data(review.ratings[':competencyId'].$put({ param: { token, competencyId: String(competencyId) }, json })),
    suggest: (areaId, statement) => data(review.suggestions.$post({ param: { token }, json: { areaId, statement } })),
    submit: () => data(review.submit.$post({ param: { token } })),
  }
}

function accountSource(id: string): Source {
  const invitation = client.my.invitations[':id']
  return {
    load: () => data(invitation.$get({ param: { id } })),
    rate: (competencyId, json) => data(invitation.ratings[':competencyId'].$put({ param: { id, competencyId: String(competencyId) }, json })),
    suggest: (areaId, statement) => data(invitation.suggestions.$post({ param: { id }, json: { areaId, statement } })),
    submit: () => data(invitation.submit.$post({ param: { id } })),
  }
}

export default function ReviewPage() {
  const params = useParams<{ token?: string; id?: string }>()
  const source = createMemo(() => (params.token ? tokenSource(params.token) : accountSource(params.id ?? '')))
  const [form] = createResource(source, (s) => s.load())
  // A withdrawn invitation (410) is a state to explain calmly, not a failure to load.
  const gone = () => (form.error instanceof ApiError && form.error.status === 410 ? form.error.message : null)
  return (
    <Show when={gone()} fallback={<Loadable resource={form} what="this invitation">{(loaded) => <ReviewView form={loaded} source={source()} />}</Loadable>}>
      {(reason) => (
        <section class="card review-closed" aria-labelledby="gone-heading">
          <Title>Invitation withdrawn</Title>
          <h1 id="gone-heading">This invitation can no longer be used</h1>
          <p>{reason()}</p>
        </section>
      )}
    </Show>
  )
}

function ReviewView(props: { form: ReviewForm; source: Source }) {
  const [ratings, setRatings] = createSignal<ReadonlyMap<number, SavedRating>>(new Map(props.form.ratings.map((r) => [r.competencyId, r])))
  const total = () => props.form.groups.reduce((n, g) => n + g.items.length, 0)
  return (
    <>
      <Title>{`Review: ${props.form.campaign.title}`}</Title>
      <header class="review-header">
        <h1>{props.form.campaign.title}</h1>
        <p>
          For {props.form.invite.employerName}, {props.form.invite.company}. Pathway: {props.form.campaign.pathwayTitle}.
          <Show when={!props.form.closed}> Open until {formatDate(props.form.campaign.closesOn)}.</Show>
        </p>
        <Show when={props.form.campaign.message}>{(message) => <p class="review-message">{message()}</p>}</Show>
        <Show when={!props.form.closed}>
          <p class="muted">
            Rate how much each competency matters for the job in your company. Each answer is saved as you go: you can leave and
            come back with the same link. Your answers are seen only by the college, never by other employers.
          </p>
        </Show>
      </header>
      <Show when={props.form.closed} fallback={<ReviewSections {...props} ratings={ratings()} setRatings={setRatings} total={total()} />}>
        {(reason) => (
          <section class="card review-closed" aria-labelledby="closed-heading">
            <h2 id="closed-heading">This validation has closed</h2>
            <p>{props.form.closedOn ? closedText(props.form.closedOn) : reason()}</p>
            <p>
              You rated {ratings().size} of {total()} competencies
              {props.form.invite.submittedAt ? ` and submitted on ${formatDate(props.form.invite.submittedAt)}` : ''}.
            </p>
          </section>
        )}
      </Show>
    </>
  )
}

// The areas to rate, suggestions, and the submit panel of an invitation still open.
function ReviewSections(props: {
  form: ReviewForm
  source: Source
  ratings: ReadonlyMap<number, SavedRating>
  setRatings: (update: (old: ReadonlyMap<number, SavedRating>) => ReadonlyMap<number, SavedRating>) => void
  total: number
}) {
  const [suggestions, setSuggestions] = createSignal(props.form.suggestions)
  const [submittedAt, setSubmittedAt] = createSignal(props.form.invite.submittedAt)
  const ratings = () => props.ratings
  const total = () => props.total
  // Open the first area with something left to rate, so a returning employer lands where they left off.
  const firstOpen = props.form.groups.findIndex((g) => g.items.some((c) => !ratings().has(c.id)))
  const rate = async (competencyId: number, input: RatingInput) => {
    await props.source.rate(competencyId, input)
    props.setRatings((old) => new Map(old).set(competencyId, input))
  }
  const suggest = async (areaId: number, statement: string) => {
    const created = await props.source.suggest(areaId, statement)
    setSuggestions((old) => [...old, { ...created, createdAt: new Date().toISOString() }])
  }
  const submit = async () => {
    setSubmittedAt((await props.source.submit()).submittedAt)
  }
  return (
    <>
      <ReviewProgress rated={ratings().size} total={total()} />
      <For each={props.form.groups}>
        {(group, index) => (
          <AreaSection
            group={group}
            open={index() === (firstOpen === -1 ? 0 : firstOpen)}
            ratings={ratings()}
            suggestions={suggestions().filter((s) => s.areaId === group.areaId)}
            onRate={rate}
            onSuggest={suggest}
          />
        )}
      </For>
      <SubmitPanel rated={ratings().size} total={total()} submittedAt={submittedAt()} closesOn={formatDate(props.form.campaign.closesOn)} onSubmit={submit} />
    </>
  )
}
