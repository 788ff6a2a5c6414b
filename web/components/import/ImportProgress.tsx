// Progress of an upload and the server's work on it: a determinate bar while the file travels, then a note
// that the server is reading (or writing) it.
import { Show } from 'solid-js'

export function ImportProgress(props: { label: string; fraction: number }) {
  const percent = () => Math.round(props.fraction * 100)
  return (
    <div class="import-progress">
      <div role="progressbar" aria-label={props.label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent()} class="progress-track">
        <div class="progress-fill" style={{ width: `${percent()}%` }} />
      </div>
      <p class="status" role="status">
        <Show when={percent() < 100} fallback={`${props.label}: uploaded, the server is working on it…`}>
          {props.label}: {percent()}% uploaded
        </Show>
      </p>
    </div>
  )
}
