// /crosswalks?from=&to=: choose two frameworks; Rungs proposes equivalent / related pairs of their items, best
// first, for a reviewer to accept (they become links) or reject by keyboard, one by one or in bulk; then the
// items of the first framework with no counterpart in the second.
import { A, useSearchParams } from '@solidjs/router'
import { createResource, createSignal, Match, Show, Switch } from 'solid-js'
import { client, data, type Crosswalk, type CrosswalkDecisions } from '../api'
import { CrosswalkCoverage } from '../components/crosswalk/CrosswalkCoverage'
import { ProposalReview, type Decision } from '../components/crosswalk/ProposalReview'
import { ErrorMessage } from '../components/ErrorMessage'
import { SelectField } from '../components/Fields'
import { Loadable } from '../components/Loadable'
import { Title } from '../components/Title'
import { problemText } from '../lib/form'
import { plural } from '../lib/format'
import '../styles/crosswalk.css'

const describe = (done: CrosswalkDecisions) => {
  const parts = [
    done.accepted && `accepted ${plural(done.accepted, 'pair')} as links`,
    done.rejected && `rejected ${plural(done.rejected, 'pair')}`,
    done.alreadyLinked && `${plural(done.alreadyLinked, 'pair')} already linked`,
    done.alreadyRejected && `${plural(done.alreadyRejected, 'pair')} already rejected`,
  ].filter(Boolean)
  const text = parts.join(', ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

export default function CrosswalkPage() {
  const [search, setSearch] = useSearchParams<{ from?: string; to?: string }>()
  const [frameworks] = createResource(() => data(client.frameworks.$get({ query: { limit: '500' } })))
  const pair = () => (search.from && search.to && search.from !== search.to ? { from: search.from, to: search.to } : undefined)
  const [crosswalk, { refetch }] = createResource(pair, (q) => data(client.crosswalks.$get({ query: q })))
  // The answer for the frameworks chosen now (a previous pair's stays hidden while the new one loads).
  const shownNow = () => {
    const latest = crosswalk.latest
    return latest && String(latest.from.id) === search.from && String(latest.to.id) === search.to ? latest : undefined
  }
  const [busy, setBusy] = createSignal(false)
  const [message, setMessage] = createSignal('')
  const [error, setError] = createSignal('')

  const decide = async (shown: Crosswalk, decision: Decision) => {
    setBusy(true)
    setMessage('')
    setError('')
    try {
      const done = await data(client.crosswalks.decisions.$post({ json: { from: shown.from.id, to: shown.to.id, ...decision } }))
      await refetch()
      setMessage(describe(done))
    } catch (problem) {
      setError(problemText(problem))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <A href="/frameworks">Frameworks</A>
          </li>
        </ol>
      </nav>
      <Title>Crosswalk two frameworks</Title>
      <h1>Crosswalk two frameworks</h1>
      <p class="lede">
        Rungs proposes which items of one framework are equivalent or related to items of another, from the words of their statements. People decide:
        accepted pairs become links (exported in CASE as exactMatchOf and isRelatedTo), rejected pairs are not proposed again.
      </p>
      <Loadable resource={frameworks} what="the frameworks">
        {(page) => {
          const choices = [{ value: '', label: 'Choose a framework' }, ...page.items.map((f) => ({ value: String(f.id), label: f.title }))]
          return (
            <div class="crosswalk-choice">
              <SelectField id="crosswalk-from" label="Framework to cover" value={search.from ?? ''} choices={choices} onChange={(from) => setSearch({ from: from || undefined })} />
              <SelectField id="crosswalk-to" label="Framework to match it against" value={search.to ?? ''} choices={choices} onChange={(to) => setSearch({ to: to || undefined })} />
            </div>
          )
        }}
      </Loadable>
      <Show when={search.from && search.from === search.to}>
        <p class="error" role="alert">
          Choose two different frameworks.
        </p>
      </Show>
      <p class="status" role="status">
        {message()}
      </p>
      <Show when={error()}>
        <p class="error" role="alert">
          {error()}
        </p>
      </Show>
      {/* The last answer stays on screen while a decision reloads it, so the table keeps the reviewer's place. */}
      <Switch>
        <Match when={crosswalk.error}>{(problem) => <ErrorMessage error={problem()} what="the crosswalk" />}</Match>
        <Match when={pair() && shownNow()}>
          {(shown) => (
            <>
              <ProposalReview
                proposals={shown().proposals}
                fromTitle={shown().from.title}
                toTitle={shown().to.title}
                mayDecide={shown().mayDecide}
                busy={busy()}
                onDecide={(decision) => decide(shown(), decision)}
              />
              <CrosswalkCoverage crosswalk={shown()} />
            </>
          )}
        </Match>
        <Match when={crosswalk.loading}>
          <p class="status" role="status">
            Loading the crosswalk…
          </p>
        </Match>
      </Switch>
    </>
  )
}
