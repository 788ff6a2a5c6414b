// The state of one place that edits requirements: busy while saving, then what changed or what went wrong.
import { createSignal } from 'solid-js'
import type { RequirementsEdit } from '../../api'
import { problemText } from '../../lib/form'
import { describeEdit } from './requirement-model'

// Runs saves one at a time and keeps the sentence to show (and announce) afterwards.
export function createEditState() {
  const [busy, setBusy] = createSignal(false)
  const [message, setMessage] = createSignal('')
  const [error, setError] = createSignal<string | null>(null)
  return {
    busy,
    message,
    error,
    // Shows a problem found before anything is sent (nothing chosen, nothing selected).
    refuse(problem: string) {
      setMessage('')
      setError(problem)
    },
    async run(save: () => Promise<RequirementsEdit>): Promise<RequirementsEdit | null> {
      if (busy()) return null
      setBusy(true)
      setError(null)
      setMessage('')
      try {
        const result = await save()
        setMessage(describeEdit(result))
        return result
      } catch (problem) {
        setError(problemText(problem))
        return null
      } finally {
        setBusy(false)
      }
    },
  }
}
export type EditState = ReturnType<typeof createEditState>
