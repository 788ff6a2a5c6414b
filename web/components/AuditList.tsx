// Entries of the audit trail, newest first: when, who, what they did to which row, and the values before and
// after behind a disclosure, shown as text.
import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import type { AuditEntry } from '../api'
import { formatWhen } from '../lib/format'

const ACTION_LABELS: Record<AuditEntry['action'], string> = { create: 'Created', update: 'Changed', delete: 'Deleted' }

const pretty = (value: unknown) => (value === null || value === undefined ? 'Nothing' : JSON.stringify(value, null, 2))

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

// The top-level fields an update changed, so a reader knows where to look in the values.
function changedFields(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return []
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...keys].filter((key) => key !== 'updatedAt' && JSON.stringify(before[key]) !== JSON.stringify(after[key]))
}

export function AuditList(props: { entries: readonly AuditEntry[] }) {
  return (
    <ol class="audit-list">
      <For each={props.entries}>{(entry) => <AuditItem entry={entry} />}</For>
    </ol>
  )
}

function AuditItem(props: { entry: AuditEntry }) {
  const e = () => props.entry
  const who = () => e().userName ?? (e().userId === null ? 'The system (seed or command line)' : `Person ${e().userId}`)
  const linksToModule = () => e().tableName === 'modules' && e().action !== 'delete'
  return (
    <li class="card audit-entry">
      <p class="audit-head">
        <time datetime={e().at}>{formatWhen(e().at)}</time>
        <span class="audit-who">{who()}</span>
        <span class={`badge badge-action badge-action-${e().action}`}>{ACTION_LABELS[e().action]}</span>
        <span class="badge badge-table">
          <span class="visually-hidden">Table </span>
          <span class="code">{e().tableName}</span> <span class="visually-hidden">row </span>#{e().rowId}
        </span>
      </p>
      <p class="audit-summary">
        <Show when={linksToModule()} fallback={e().summary}>
          <A href={`/modules/${e().rowId}`}>{e().summary}</A>
        </Show>
      </p>
      <Show when={changedFields(e().before, e().after).join(', ')}>
        {(fields) => <p class="audit-fields">Fields changed: {fields()}</p>}
      </Show>
      <Show when={e().before !== null || e().after !== null}>
        <details class="audit-details">
          <summary>Values before and after</summary>
          <div class="audit-values">
            <div>
              <p class="values-label">Before</p>
              <pre>{pretty(e().before)}</pre>
            </div>
            <div>
              <p class="values-label">After</p>
              <pre>{pretty(e().after)}</pre>
            </div>
          </div>
        </details>
      </Show>
    </li>
  )
}
