// For a pathway's owners: bridge and integrated modules that ABE instructors of other organisations propose for
// its stages, each to approve (it is placed on the stage) or decline. Shown only while some wait.
import { A } from '@solidjs/router'
import { createResource, createSignal, For, Show } from 'solid-js'
import { client, data } from '../../api'
import { formatDate } from '../../lib/format'
import { problemText } from '../../lib/form'
import { FormProblem } from '../FormProblem'

// The last decision's sentence, by pathway. An approval reloads the road map, which draws this section anew, so the
// sentence is kept outside it to be announced after the reload.
const [lastDecision, setLastDecision] = createSignal<{ slug: string; text: string } | null>(null)

export function ProposedPlacements(props: { slug: string; onDecided: () => void }) {
  const proposals = client.pathways[':slug']['placement-proposals']
  const [list, { refetch }] = createResource(() => props.slug, (slug) => data(proposals.$get({ param: { slug } })))
  const done = () => (lastDecision()?.slug === props.slug ? lastDecision()!.text : '')
  const setDone = (text: string) => setLastDecision(text ? { slug: props.slug, text } : null)
  const [problem, setProblem] = createSignal<string | null>(null)
  const decide = async (id: number, code: string, decision: 'approve' | 'decline') => {
    setProblem(null)
    setDone('')
    try {
      const param = { slug: props.slug, id: String(id) }
      const answer = await data(decision === 'approve' ? proposals[':id'].approve.$post({ param }) : proposals[':id'].decline.$post({ param }))
      setDone(answer.state === 'approved' ? `${code} is now on stage ${answer.stage}.` : `The placement of ${code} was declined.`)
      void refetch()
      if (answer.state === 'approved') props.onDecided()
    } catch (error) {
      setProblem(problemText(error))
    }
  }
  return (
    <Show when={list()?.items.length || done()}>
      <section class="card" aria-labelledby="proposals-heading">
        <h2 id="proposals-heading">Proposed placements</h2>
        <Show when={list()?.items.length} fallback={<p class="empty">No placements wait for a decision.</p>}>
          <p class="muted">Bridge and integrated modules other organisations propose for this pathway. Approving places them on the stage named.</p>
          <ul class="proposal-list">
            <For each={list()!.items}>
              {(p) => (
                <li>
                  <A href={`/modules/${p.moduleId}`} class="code">{p.code}</A> {p.title}, for stage {p.stage}
                  <span class="muted"> · proposed by {p.proposerName ?? 'a former member'}{p.organisationName ? ` of ${p.organisationName}` : ''} on {formatDate(p.proposedAt)}</span>
                  <div class="proposal-actions">
                    <button type="button" class="button" onClick={() => void decide(p.id, p.code, 'approve')} aria-label={`Approve ${p.code} on stage ${p.stage}`}>Approve</button>
                    <button type="button" class="button" onClick={() => void decide(p.id, p.code, 'decline')} aria-label={`Decline ${p.code}`}>Decline</button>
                  </div>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <FormProblem summary="Not decided. " message={problem()} />
        <p role="status">{done()}</p>
      </section>
    </Show>
  )
}
