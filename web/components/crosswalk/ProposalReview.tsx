// The proposed pairs of a crosswalk as a table a reviewer walks by keyboard: j / k (or the arrows) move, a accepts
// the pair, r rejects it, space selects it; "Accept selected" and "Reject selected" decide the selected pairs at
// once. Rows are kept by position, so after a decision the next pair takes the decided one's place under focus.
import { createEffect, createSignal, Index, on, Show } from 'solid-js'
import type { CrosswalkDecisionsInput } from '../../../shared/schemas/crosswalk'
import type { CrosswalkProposal } from '../../api'
import { plural } from '../../lib/format'
import { MatchedText } from './MatchedText'

type Relation = CrosswalkProposal['relation']
export type Decision = Pick<CrosswalkDecisionsInput, 'accept' | 'reject'>

type Props = {
  proposals: readonly CrosswalkProposal[]
  fromTitle: string
  toTitle: string
  mayDecide: boolean
  busy: boolean
  onDecide: (decision: Decision) => Promise<void>
}

const keyOf = (p: CrosswalkProposal) => `${p.from.id}:${p.to.id}`
const RELATION_LABELS: Record<Relation, string> = { equivalent: 'Equivalent', related: 'Related' }

export function ProposalReview(props: Props) {
  const [active, setActive] = createSignal(0)
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set())
  const [relations, setRelations] = createSignal<ReadonlyMap<string, Relation>>(new Map())
  const [problem, setProblem] = createSignal('')
  let body!: HTMLTableSectionElement
  let keepFocus = false

  const relationOf = (p: CrosswalkProposal) => relations().get(keyOf(p)) ?? p.relation
  const focusRow = (index: number) => {
    const last = props.proposals.length - 1
    if (last < 0) return
    const at = Math.max(0, Math.min(index, last))
    setActive(at)
    body.querySelectorAll<HTMLTableRowElement>(':scope > tr')[at]?.focus()
  }
  // After a decision the list is shorter: forget decided selections, and keep focus where the reviewer was.
  createEffect(
    on(
      () => props.proposals,
      (list) => {
        const keys = new Set(list.map(keyOf))
        setSelected((before) => new Set([...before].filter((k) => keys.has(k))))
        if (keepFocus) focusRow(active())
        else setActive((at) => Math.max(0, Math.min(at, list.length - 1)))
        keepFocus = false
      },
      { defer: true },
    ),
  )

  const toggle = (p: CrosswalkProposal) => {
    const next = new Set(selected())
    if (!next.delete(keyOf(p))) next.add(keyOf(p))
    setSelected(next)
  }
  const chosen = () => props.proposals.filter((p) => selected().has(keyOf(p)))
  const decide = (accept: readonly CrosswalkProposal[], reject: readonly CrosswalkProposal[]) => {
    if (props.busy) return
    if (!accept.length && !reject.length) return setProblem('Select pairs first, with space or their checkboxes.')
    setProblem('')
    keepFocus = body.contains(document.activeElement)
    void props.onDecide({
      accept: accept.map((p) => ({ fromId: p.from.id, toId: p.to.id, relation: relationOf(p) })),
      reject: reject.map((p) => ({ fromId: p.from.id, toId: p.to.id })),
    })
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLSelectElement || event.altKey || event.ctrlKey || event.metaKey) return
    const current = props.proposals[active()]
    switch (event.key) {
      case 'j':
      case 'ArrowDown':
        focusRow(active() + 1)
        break
      case 'k':
      case 'ArrowUp':
        focusRow(active() - 1)
        break
      case 'Home':
        focusRow(0)
        break
      case 'End':
        focusRow(props.proposals.length - 1)
        break
      case 'a':
        if (current && props.mayDecide) decide([current], [])
        break
      case 'r':
        if (current && props.mayDecide) decide([], [current])
        break
      case ' ':
        // A checkbox toggles itself.
        if (event.target instanceof HTMLInputElement || !current || !props.mayDecide) return
        toggle(current)
        break
      default:
        return
    }
    event.preventDefault()
  }

  return (
    <section class="crosswalk-review" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">Proposed pairs ({props.proposals.length})</h2>
      <Show when={props.mayDecide && props.proposals.length}>
        <p class="hint" id="review-keys">
          Move with <kbd>j</kbd> and <kbd>k</kbd> (or the arrow keys), <kbd>a</kbd> accepts a pair, <kbd>r</kbd> rejects it, <kbd>space</kbd> selects it for
          the buttons below. Accepted pairs become links; rejected pairs are not proposed again.
        </p>
        <div class="crosswalk-bulk">
          <button type="button" class="button button-primary" disabled={props.busy} onClick={() => decide(chosen(), [])}>
            Accept selected ({chosen().length})
          </button>
          <button type="button" class="button" disabled={props.busy} onClick={() => decide([], chosen())}>
            Reject selected ({chosen().length})
          </button>
        </div>
      </Show>
      <Show when={problem()}>
        <p class="error" role="alert">
          {problem()}
        </p>
      </Show>
      <Show when={props.proposals.length} fallback={<p class="empty">No pairs to propose: every match is linked or rejected, or the texts share too little.</p>}>
        <div class="table-wrap">
          <table class="crosswalk-table" aria-describedby={props.mayDecide ? 'review-keys' : undefined} onKeyDown={onKeyDown}>
            <caption class="visually-hidden">
              Proposed pairs of {props.fromTitle} and {props.toTitle}, best score first ({plural(props.proposals.length, 'pair')})
            </caption>
            <thead>
              <tr>
                <Show when={props.mayDecide}>
                  <th scope="col">Select</th>
                </Show>
                <th scope="col">{props.fromTitle}</th>
                <th scope="col">{props.toTitle}</th>
                <th scope="col">Score</th>
                <th scope="col">Relation</th>
              </tr>
            </thead>
            <tbody ref={body}>
              <Index each={props.proposals}>
                {(proposal, index) => {
                  const id = () => `pair-${proposal().from.id}-${proposal().to.id}`
                  const reachable = () => (index === active() ? 0 : -1)
                  return (
                    <tr tabindex={reachable()} classList={{ 'crosswalk-active': index === active() }} aria-labelledby={`${id()}-from ${id()}-to`} onFocusIn={() => setActive(index)}>
                      <Show when={props.mayDecide}>
                        <td>
                          <input
                            type="checkbox"
                            id={`${id()}-select`}
                            tabindex={reachable()}
                            checked={selected().has(keyOf(proposal()))}
                            aria-labelledby={`${id()}-from ${id()}-to`}
                            onChange={() => toggle(proposal())}
                          />
                        </td>
                      </Show>
                      <td id={`${id()}-from`}>
                        <span class="code">{proposal().from.code}</span> <MatchedText text={proposal().from.statement} matched={proposal().matched} />
                      </td>
                      <td id={`${id()}-to`}>
                        <span class="code">{proposal().to.code}</span> <MatchedText text={proposal().to.statement} matched={proposal().matched} />
                      </td>
                      <td>{Math.round(proposal().score * 100)}%</td>
                      <td>
                        <Show when={props.mayDecide} fallback={RELATION_LABELS[proposal().relation]}>
                          <label class="visually-hidden" for={`${id()}-relation`}>
                            Relation of {proposal().from.code} and {proposal().to.code}
                          </label>
                          <select
                            id={`${id()}-relation`}
                            tabindex={reachable()}
                            onChange={(event) => setRelations(new Map(relations()).set(keyOf(proposal()), event.currentTarget.value as Relation))}
                          >
                            <option value="equivalent" selected={relationOf(proposal()) === 'equivalent'}>
                              {RELATION_LABELS.equivalent}
                            </option>
                            <option value="related" selected={relationOf(proposal()) === 'related'}>
                              {RELATION_LABELS.related}
                            </option>
                          </select>
                        </Show>
                      </td>
                    </tr>
                  )
                }}
              </Index>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  )
}
