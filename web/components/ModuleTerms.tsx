// What a student needs to know before signing up for a module, in plain words: how long it takes, what it costs,
// when and where it is offered, what money can pay for it, and who helps (with the provider and a contact).
import { For, Show } from 'solid-js'
import { DELIVERY_FORMAT_LABELS, FUNDING_SOURCE_LABELS } from '../../shared/domain/vocabulary'
import type { ModuleDetail } from '../api'
import { formatDollars, plural } from '../lib/format'
import { SupportList } from './roadmap/Supports'

type Terms = Pick<ModuleDetail, 'code' | 'durationWeeks' | 'costToStudent' | 'delivery' | 'funding' | 'supports'>

const costWords = (cost: number | null) =>
  cost === null ? 'Not recorded' : cost === 0 ? 'Free to the student' : `${formatDollars(cost)} for tuition, fees, books and tools, before any aid`

// The module's time, cost and schedule as facts, then its funding and supports as sections.
export function ModuleTerms(props: { module: Terms }) {
  const m = () => props.module
  return (
    <>
      <section aria-labelledby="terms-heading">
        <h2 id="terms-heading">Time, cost and schedule</h2>
        <dl class="facts">
          <dt>Duration</dt>
          <dd>{m().durationWeeks == null ? 'Not recorded' : plural(m().durationWeeks!, 'week')}</dd>
          <dt>Cost to the student</dt>
          <dd>{costWords(m().costToStudent)}</dd>
          <dt>Offered</dt>
          <dd>{m().delivery.length ? m().delivery.map((f) => DELIVERY_FORMAT_LABELS[f]).join(', ') : 'No schedule options recorded'}</dd>
        </dl>
      </section>
      <div class="two-columns">
        <section aria-labelledby="funding-heading">
          <h2 id="funding-heading">Ways to pay for it</h2>
          <Show when={m().funding.length} fallback={<p class="empty">No funding sources recorded for {m().code}.</p>}>
            <ul class="funding-sources">
              <For each={m().funding}>
                {(f) => (
                  <li>
                    <strong>{FUNDING_SOURCE_LABELS[f.source]}</strong>
                    <Show when={f.notes}>{(notes) => <>: {notes()}</>}</Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </section>
        <section aria-labelledby="module-supports-heading">
          <h2 id="module-supports-heading">Help while you study</h2>
          <Show when={m().supports.length} fallback={<p class="empty">No supports recorded for {m().code} itself; see its pathway for more.</p>}>
            <SupportList supports={m().supports} />
          </Show>
        </section>
      </div>
    </>
  )
}
