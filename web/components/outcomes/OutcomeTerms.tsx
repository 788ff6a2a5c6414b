// A module's or credential's learner outcomes for the people who report them: the terms reported (all learners
// and how many subgroup rows), each to edit or delete (after a confirmation), and a form to enter a term by hand.
import { A } from '@solidjs/router'
import { createResource, createSignal, For, Show } from 'solid-js'
import { termOrder } from '../../../shared/domain/outcomes/terms'
import type { PublishedOutcome } from '../../api'
import { problemText } from '../../lib/form'
import { FormProblem } from '../FormProblem'
import { Loadable } from '../Loadable'
import { blankTerm, draftOf, type TermDraft } from './outcome-draft'
import { OutcomeEntryForm } from './OutcomeEntryForm'
import type { OutcomeSubject } from './outcome-subject'

type Term = { term: string; all: PublishedOutcome | undefined; rows: PublishedOutcome[] }

const figure = (value: number | null) => (value === null ? '—' : value.toLocaleString('en-US'))

// `heading` names the section; `about` says what the counts of this kind of subject are.
export function OutcomeTerms(props: { subject: OutcomeSubject; heading: string; about?: string }) {
  const [outcomes, { refetch }] = createResource(() => props.subject, (subject) => subject.load())
  const [editing, setEditing] = createSignal<{ draft: TermDraft; existing: boolean } | null>(null)
  const [message, setMessage] = createSignal<string | null>(null)
  const [problem, setProblem] = createSignal<string | null>(null)

  const terms = (): Term[] => {
    const byTerm = new Map<string, PublishedOutcome[]>()
    for (const row of outcomes()?.rows ?? []) if (row.term !== 'all') byTerm.set(row.term, [...(byTerm.get(row.term) ?? []), row])
    return [...byTerm].sort(([a], [b]) => termOrder(b) - termOrder(a)).map(([term, rows]) => ({ term, rows, all: rows.find((r) => r.subgroupDimension === '') }))
  }
  const source = () => (outcomes()?.sources.length === 1 ? outcomes()!.sources[0]! : '')

  async function remove(term: string) {
    if (!window.confirm(`Delete the outcomes of ${props.subject.name} for ${term}? Every row of the term goes.`)) return
    setProblem(null)
    try {
      await props.subject.remove(term)
      setMessage(`Deleted the outcomes for ${term}.`)
      await refetch()
    } catch (failure) {
      setProblem(problemText(failure))
    }
  }

  async function saved(term: string) {
    setEditing(null)
    setMessage(`Saved the outcomes for ${term}.`)
    await refetch()
  }

  return (
    <section aria-labelledby="learner-outcomes-heading">
      <h2 id="learner-outcomes-heading">{props.heading}</h2>
      <p class="muted">
        {props.about ? `${props.about} ` : ''}
        Aggregate counts per term, never records of single learners. People outside your organisation see counts under the instance's threshold as "fewer than".
        To bring many terms at once, use the <A href="/import">import page</A>.
      </p>
      <p role="status" class="status">{message()}</p>
      <FormProblem summary="Not deleted. " message={problem()} />
      <Loadable resource={outcomes} what={`the outcomes of ${props.subject.what}`}>
        {() => (
          <Show when={terms().length} fallback={<p class="empty">No terms reported yet.</p>}>
            <div class="table-wrap">
              <table class="outcome-terms">
                <caption>Terms reported for {props.subject.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Term</th>
                    <th scope="col">Enrolled</th>
                    <th scope="col">Completed</th>
                    <th scope="col">Earned the credential</th>
                    <th scope="col">Subgroup rows</th>
                    <th scope="col"><span class="visually-hidden">Actions</span></th>
                  </tr>
                </thead>
                <tbody>
                  <For each={terms()}>
                    {(term) => (
                      <tr>
                        <th scope="row">{term.term}</th>
                        <td>{figure(term.all?.enrolled ?? null)}</td>
                        <td>{figure(term.all?.completed ?? null)}</td>
                        <td>{figure(term.all?.credentialEarned ?? null)}</td>
                        <td>{term.rows.length - 1}</td>
                        <td class="actions">
                          <button type="button" class="button" aria-label={`Edit ${term.term}`} onClick={() => (setMessage(null), setEditing({ draft: draftOf(term.term, term.rows, source()), existing: true }))}>
                            Edit
                          </button>{' '}
                          <button type="button" class="button button-danger" aria-label={`Delete ${term.term}`} onClick={() => void remove(term.term)}>
                            Delete
                          </button>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        )}
      </Loadable>
      <Show
        when={editing()}
        keyed
        fallback={<button type="button" class="button" onClick={() => (setMessage(null), setEditing({ draft: blankTerm(), existing: false }))}>Enter a term</button>}
      >
        {(open) => <OutcomeEntryForm subject={props.subject} initial={open.draft} editing={open.existing} onSaved={(term) => void saved(term)} onCancel={() => setEditing(null)} />}
      </Show>
    </section>
  )
}
