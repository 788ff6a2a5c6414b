// Asked before a removal is saved: what depends on the row, and on each pathway it touches the findings the
// change would raise and clear. A modal <dialog>: the page behind it is inert (focus stays inside), Escape
// cancels, and Cancel has focus first, so a stray Enter keeps things as they are. With `confirm`, the dialog stays
// open while the change is made and shows why, if the server refuses it.
import { createResource, createSignal, For, onMount, Show } from 'solid-js'
import { FINDING_KIND_LABELS, SEVERITY_LABELS } from '../../../shared/domain/analysis/labels'
import type { ProposedChangeInput } from '../../../shared/schemas/impact'
import { problemText } from '../../lib/form'
import { CompetencyCode } from '../CompetencyCode'
import { ErrorMessage } from '../ErrorMessage'
import { previewImpact, type ImpactAnswer } from './impact-api'
import { UsedByList } from './UsedByList'

type Props = {
  // The question, e.g. "Remove the alignment to AM-QM-4?"
  title: string
  confirmLabel: string
  change: ProposedChangeInput
  // Makes the change (e.g. the delete); the dialog closes once it is done.
  confirm?: () => Promise<unknown>
  onDone: (confirmed: boolean) => void
}

type Finding = ImpactAnswer['pathways'][number]['raised'][number]

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

function summary(report: ImpactAnswer): string {
  const raised = report.pathways.reduce((n, p) => n + p.raised.length, 0)
  const cleared = report.pathways.reduce((n, p) => n + p.cleared.length, 0)
  const on = report.pathways.length ? '' : ' It is on no pathway, so no finding changes.'
  return `${plural(report.dependents.length, 'thing')} you can see depend${report.dependents.length === 1 ? 's' : ''} on it. This change would raise ${plural(raised, 'finding')} and clear ${plural(cleared, 'finding')}.${on}`
}

function FindingList(props: { findings: readonly Finding[]; empty: string; label: string }) {
  return (
    <Show when={props.findings.length} fallback={<p class="empty">{props.empty}</p>}>
      <ul class="plain-list impact-findings" aria-label={props.label}>
        <For each={props.findings}>
          {(f) => (
            <li class={`impact-finding severity-${f.severity}`}>
              <span class="impact-finding-kind">
                {SEVERITY_LABELS[f.severity]}: {FINDING_KIND_LABELS[f.kind]}
              </span>{' '}
              {f.message}
              <Show when={f.rows.competencies?.length}>
                {' '}
                <span class="impact-finding-refs">
                  (
                  <For each={f.rows.competencies}>
                    {(c, i) => (
                      <>
                        {i() > 0 ? ', ' : ''}
                        <CompetencyCode competency={c} title={c.title} />
                      </>
                    )}
                  </For>
                  )
                </span>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  )
}

// The dialog, open as soon as it is shown.
export function ImpactDialog(props: Props) {
  let dialog!: HTMLDialogElement
  const [report] = createResource(() => props.change, previewImpact)
  const [busy, setBusy] = createSignal(false)
  const [failure, setFailure] = createSignal<unknown>(null)
  onMount(() => dialog.showModal())
  const close = async (confirmed: boolean) => {
    if (busy()) return
    if (confirmed && props.confirm) {
      setBusy(true)
      setFailure(null)
      try {
        await props.confirm()
      } catch (error) {
        setFailure(error)
        return
      } finally {
        setBusy(false)
      }
    }
    dialog.close()
    props.onDone(confirmed)
  }
  return (
    <dialog
      ref={dialog}
      class="impact-dialog"
      aria-labelledby="impact-title"
      aria-describedby="impact-summary"
      onCancel={(event) => {
        event.preventDefault()
        void close(false)
      }}
    >
      <h2 id="impact-title">{props.title}</h2>
      <p id="impact-summary" role="status">
        <Show when={report()} fallback={report.error ? 'The impact could not be worked out.' : 'Working out what depends on it…'}>
          {(r) => summary(r())}
        </Show>
      </p>
      <Show when={report.error}>{(error) => <ErrorMessage error={error()} what="the impact of this change" />}</Show>
      <Show when={report()}>
        {(r) => (
          <div class="impact-body">
            <For each={r().pathways}>
              {(p) => (
                <section aria-label={`Findings on ${p.pathway.title}`}>
                  <h3>On {p.pathway.title}</h3>
                  <h4>It would raise</h4>
                  <FindingList findings={p.raised} empty="No new finding." label={`Findings it would raise on ${p.pathway.title}`} />
                  <h4>It would clear</h4>
                  <FindingList findings={p.cleared} empty="No finding cleared." label={`Findings it would clear on ${p.pathway.title}`} />
                </section>
              )}
            </For>
            <h3>What depends on it</h3>
            <UsedByList dependents={r().dependents} level={4} empty="Nothing you can see depends on it." />
          </div>
        )}
      </Show>
      <Show when={failure()}>
        {(error) => (
          <p class="error" role="alert">
            {problemText(error())}
          </p>
        )}
      </Show>
      <div class="impact-actions">
        <button type="button" class="button" autofocus disabled={busy()} onClick={() => void close(false)}>
          Cancel
        </button>
        <button type="button" class="button button-danger" disabled={busy()} onClick={() => void close(true)}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  )
}
