// The visible, announced save state of an autosaving editor: "Saved", "Saving…", "Not saved — retrying…".
import { autosaveText, type AutosaveStatus } from '../../lib/autosave'

// The save state line.
export function SaveStatus(props: { status: AutosaveStatus }) {
  return (
    <p class={`save-status save-${props.status.state}`} role="status">
      {autosaveText(props.status)}
    </p>
  )
}
