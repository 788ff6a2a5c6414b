// Previous and Next for a paginated list, with where the reader is ("21–40 of 57") announced as it changes.
import { plural } from '../lib/format'

type Props = {
  offset: number
  limit: number
  total: number
  // What the list holds, singular: "change".
  noun: string
  onPage: (offset: number) => void
}

export function Pager(props: Props) {
  const first = () => Math.min(props.offset + 1, props.total)
  const last = () => Math.min(props.offset + props.limit, props.total)
  return (
    <nav class="pager" aria-label="Pages">
      <button
        type="button"
        class="button"
        disabled={props.offset === 0}
        onClick={() => props.onPage(Math.max(0, props.offset - props.limit))}
      >
        Previous
      </button>
      <p role="status" class="pager-position">
        {props.total ? `${first()}–${last()} of ${plural(props.total, props.noun)}` : `No ${props.noun}s`}
      </p>
      <button type="button" class="button" disabled={last() >= props.total} onClick={() => props.onPage(props.offset + props.limit)}>
        Next
      </button>
    </nav>
  )
}
