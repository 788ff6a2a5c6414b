// The "Used by" section of a module page or a competency panel: what depends on the row, as the reader may see it.
import { createResource, Show } from 'solid-js'
import { Dynamic } from 'solid-js/web'
import { ErrorMessage } from '../ErrorMessage'
import { loadUsedBy, type UsedByKind } from './impact-api'
import { UsedByList } from './UsedByList'

type Props = { kind: UsedByKind; id: number; code: string; level: 2 | 3 | 4 }

// The section, loading its list when shown.
export function UsedBySection(props: Props) {
  const [usedBy] = createResource(() => ({ kind: props.kind, id: props.id }), ({ kind, id }) => loadUsedBy(kind, id))
  const headingId = () => `used-by-${props.kind}-${props.id}`
  return (
    <section class="used-by-section" aria-labelledby={headingId()}>
      <Dynamic component={`h${props.level}`} id={headingId()}>
        Used by
      </Dynamic>
      <Show when={usedBy.error}>{(error) => <ErrorMessage error={error()} what={`what uses ${props.code}`} />}</Show>
      <Show when={usedBy.state === 'pending'}>
        <p class="muted">Loading what uses {props.code}…</p>
      </Show>
      <Show when={usedBy()}>
        {(answer) => (
          <UsedByList dependents={answer().dependents} level={(props.level + 1) as 3 | 4 | 5} empty={`Nothing you can see uses ${props.code}.`} />
        )}
      </Show>
    </section>
  )
}
