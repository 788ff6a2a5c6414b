// Debounced saving with a visible state: retries with backoff when the server cannot be reached, stops and
// asks on a version conflict, never drops local edits, and can be told to save at once (before leaving).
import { createSignal, onCleanup } from 'solid-js'
import { ApiError } from '../api'

export type AutosaveState = 'saved' | 'pending' | 'saving' | 'retrying' | 'blocked' | 'conflict'
export type AutosaveStatus = { state: AutosaveState; message?: string }

// Thrown by a save function when the local draft cannot be sent as it is (e.g. an empty title).
export class DraftProblem extends Error {}

type Options = {
  // Sends the current local state; resolves once the server has stored it.
  save: () => Promise<void>
  // Called once when the server refuses the save as stale (409 stale_version); saving pauses until resume().
  onConflict: (error: ApiError) => void
  delay?: number
  maxBackoff?: number
}

const isConflict = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.status === 409 && error.code === 'stale_version'

// A refusal that trying again will not fix (validation, permission); a network failure or 5xx is worth retrying.
const isFinal = (error: unknown) => error instanceof DraftProblem || (error instanceof ApiError && error.status < 500 && error.status !== 408 && error.status !== 429)

// Creates an autosave controller for the calling component; timers stop when the component goes away.
export function createAutosave(options: Options) {
  const delay = options.delay ?? 1000
  const maxBackoff = options.maxBackoff ?? 30_000
  const [status, setStatus] = createSignal<AutosaveStatus>({ state: 'saved' })
  let timer: ReturnType<typeof setTimeout> | undefined
  let edits = 0
  let savedEdits = 0
  // The save under way: one at a time, so two never race each other to the server.
  let running: Promise<boolean> | undefined
  let paused = false
  let failures = 0

  const schedule = (ms: number) => {
    clearTimeout(timer)
    timer = setTimeout(() => void run(), ms)
  }

  // Saves the local state once (or joins the save under way); true when the server stored it.
  function run(): Promise<boolean> {
    if (running) return running
    if (paused) return Promise.resolve(false)
    running = attempt().finally(() => (running = undefined))
    return running
  }

  async function attempt(): Promise<boolean> {
    const at = edits
    setStatus({ state: 'saving' })
    try {
      await options.save()
      savedEdits = at
      failures = 0
      if (edits !== at) {
        setStatus({ state: 'pending' })
        schedule(delay)
      } else setStatus({ state: 'saved' })
      return true
    } catch (error) {
      if (isConflict(error)) {
        paused = true
        setStatus({ state: 'conflict', message: error.message })
        options.onConflict(error)
      } else if (isFinal(error)) {
        setStatus({ state: 'blocked', message: error instanceof Error ? error.message : String(error) })
      } else {
        failures += 1
        const wait = Math.min(delay * 2 ** failures, maxBackoff)
        setStatus({ state: 'retrying', message: `retrying in ${Math.round(wait / 1000)} s` })
        schedule(wait)
      }
      return false
    }
  }

  const unsaved = () => edits !== savedEdits || running !== undefined
  const warnBeforeLeaving = (event: BeforeUnloadEvent) => {
    if (unsaved()) event.preventDefault()
  }
  window.addEventListener('beforeunload', warnBeforeLeaving)
  onCleanup(() => {
    clearTimeout(timer)
    window.removeEventListener('beforeunload', warnBeforeLeaving)
  })

  return {
    status,
    // True while some local edit has not reached the server.
    unsaved,
    // Records an edit and saves after a pause in typing.
    touch() {
      edits += 1
      if (paused) return
      if (!running) setStatus({ state: 'pending' })
      failures = 0
      schedule(delay)
    },
    // Saves now whatever is not saved yet, after the save under way; true once the server has every edit,
    // false when a save failed or waits on a conflict (the status says which).
    async flush(): Promise<boolean> {
      while (unsaved()) {
        clearTimeout(timer)
        if (!(await run())) return false
      }
      return true
    },
    // Resumes after a conflict was settled; `dirty` saves the local state again at once.
    resume(dirty: boolean) {
      paused = false
      failures = 0
      if (dirty) {
        edits += 1
        schedule(0)
      } else {
        savedEdits = edits
        setStatus({ state: 'saved' })
      }
    },
  }
}

// The words a person reads for a save state.
export function autosaveText(status: AutosaveStatus): string {
  switch (status.state) {
    case 'saved':
      return 'Saved'
    case 'pending':
    case 'saving':
      return 'Saving…'
    case 'retrying':
      return `Not saved — ${status.message ?? 'retrying'}`
    case 'blocked':
      return `Not saved — ${status.message ?? 'the server refused the change'}`
    case 'conflict':
      return 'Not saved — someone else changed this module'
  }
}
