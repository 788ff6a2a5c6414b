// The editor's autosave: saving at once when the person leaves, after the save under way, and saying when it
// could not; the race a slow machine exposed was a page read before (or without) the last save.
import { createRoot } from 'solid-js'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../web/api'
import { createAutosave } from '../../web/lib/autosave'

// The autosave listens for the tab closing; these tests run without a browser.
const listeners = { addEventListener: () => undefined, removeEventListener: () => undefined }

// A save the test finishes by hand, recording what each call sent.
function manualSaves() {
  const sent: number[] = []
  const pending: { resolve: () => void; reject: (error: unknown) => void }[] = []
  let state = 0
  return {
    sent,
    edit: () => ++state,
    save: () =>
      new Promise<void>((resolve, reject) => {
        sent.push(state)
        pending.push({ resolve, reject })
      }),
    finish: () => pending.shift()!.resolve(),
    fail: (error: unknown) => pending.shift()!.reject(error),
  }
}

function autosaveWith(save: () => Promise<void>, onConflict = vi.fn()) {
  return createRoot((dispose) => ({ autosave: createAutosave({ save, onConflict }), dispose }))
}

beforeEach(() => {
  vi.stubGlobal('window', listeners)
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('createAutosave', () => {
  it('saves an edit after the pause in typing, and not before', async () => {
    const saves = manualSaves()
    const { autosave } = autosaveWith(saves.save)
    saves.edit()
    autosave.touch()
    expect(autosave.status().state).toBe('pending')
    await vi.advanceTimersByTimeAsync(999)
    expect(saves.sent).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(saves.sent).toEqual([1])
    saves.finish()
    await vi.advanceTimersByTimeAsync(0)
    expect(autosave.status().state).toBe('saved')
    expect(autosave.unsaved()).toBe(false)
  })

  it('flush saves a pending edit at once and resolves once the server has it', async () => {
    const saves = manualSaves()
    const { autosave } = autosaveWith(saves.save)
    saves.edit()
    autosave.touch()
    const flushed = autosave.flush()
    expect(saves.sent).toEqual([1])
    let done: boolean | undefined
    void flushed.then((saved) => (done = saved))
    await Promise.resolve()
    expect(done).toBeUndefined()
    saves.finish()
    expect(await flushed).toBe(true)
    expect(autosave.status().state).toBe('saved')
    // The debounce timer it replaced does not save a second time.
    await vi.advanceTimersByTimeAsync(5000)
    expect(saves.sent).toEqual([1])
  })

  it('flush during a save waits for it, then sends the edits made meanwhile, one save at a time', async () => {
    const saves = manualSaves()
    const { autosave } = autosaveWith(saves.save)
    saves.edit()
    autosave.touch()
    await vi.advanceTimersByTimeAsync(1000)
    expect(saves.sent).toEqual([1])
    // Removed a skill while the first save is on its way, then followed a link.
    saves.edit()
    autosave.touch()
    const flushed = autosave.flush()
    await vi.advanceTimersByTimeAsync(0)
    expect(saves.sent).toEqual([1])
    saves.finish()
    await vi.advanceTimersByTimeAsync(0)
    expect(saves.sent).toEqual([1, 2])
    expect(autosave.unsaved()).toBe(true)
    saves.finish()
    expect(await flushed).toBe(true)
    expect(autosave.unsaved()).toBe(false)
  })

  it('flush with nothing to save resolves at once without saving', async () => {
    const saves = manualSaves()
    const { autosave } = autosaveWith(saves.save)
    expect(await autosave.flush()).toBe(true)
    expect(saves.sent).toEqual([])
  })

  it('flush resolves false when the server cannot be reached, and the retry goes on', async () => {
    const saves = manualSaves()
    const { autosave } = autosaveWith(saves.save)
    saves.edit()
    autosave.touch()
    const flushed = autosave.flush()
    saves.fail(new TypeError('Failed to fetch'))
    expect(await flushed).toBe(false)
    expect(autosave.status()).toEqual({ state: 'retrying', message: 'retrying in 2 s' })
    await vi.advanceTimersByTimeAsync(2000)
    expect(saves.sent).toEqual([1, 1])
  })

  it('flush resolves false on a conflict and saves nothing more until it is settled', async () => {
    const saves = manualSaves()
    const onConflict = vi.fn()
    const { autosave } = autosaveWith(saves.save, onConflict)
    saves.edit()
    autosave.touch()
    const first = autosave.flush()
    saves.fail(new ApiError(409, 'stale_version', 'Module MFG 110 was changed by someone else'))
    expect(await first).toBe(false)
    expect(onConflict).toHaveBeenCalledOnce()
    saves.edit()
    autosave.touch()
    expect(await autosave.flush()).toBe(false)
    expect(saves.sent).toEqual([1])
  })

  it('stops its timers when the editor goes away', async () => {
    const saves = manualSaves()
    const { autosave, dispose } = autosaveWith(saves.save)
    saves.edit()
    autosave.touch()
    dispose()
    await vi.advanceTimersByTimeAsync(5000)
    expect(saves.sent).toEqual([])
  })
})
