// Choosing a module's funding sources: a checkbox per source, and notes for each one chosen.
import { For, Show } from 'solid-js'
import { FUNDING_SOURCE_LABELS, FUNDING_SOURCES, type FundingSource } from '../../../shared/domain/vocabulary'
import type { FundingDraft } from '../../lib/supports-draft'

type Props = { id: string; funding: readonly FundingDraft[]; onChange: (funding: FundingDraft[]) => void }

// The funding editor, in the vocabulary's order.
export function FundingEditor(props: Props) {
  const chosen = (source: FundingSource) => props.funding.find((f) => f.source === source)
  const toggle = (source: FundingSource, on: boolean) =>
    props.onChange(
      FUNDING_SOURCES.flatMap((s) => {
        const existing = chosen(s)
        if (s === source) return on ? [existing ?? { source, notes: '' }] : []
        return existing ? [existing] : []
      }),
    )
  const setNotes = (source: FundingSource, notes: string) => props.onChange(props.funding.map((f) => (f.source === source ? { ...f, notes } : f)))
  return (
    <fieldset class="funding-editor">
      <legend>Funding sources</legend>
      <p class="hint">Money that can pay for this module; add notes such as who qualifies.</p>
      <ul class="plain-list">
        <For each={FUNDING_SOURCES}>
          {(source) => (
            <li>
              <label>
                <input type="checkbox" checked={Boolean(chosen(source))} onChange={(e) => toggle(source, e.currentTarget.checked)} />{' '}
                {FUNDING_SOURCE_LABELS[source]}
              </label>
              <Show when={chosen(source)}>
                {(f) => (
                  <div class="field funding-notes">
                    <label for={`${props.id}-${source}-notes`}>Notes on {FUNDING_SOURCE_LABELS[source]}</label>
                    <input id={`${props.id}-${source}-notes`} autocomplete="off" value={f().notes} onInput={(e) => setNotes(source, e.currentTarget.value)} />
                  </div>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
    </fieldset>
  )
}
