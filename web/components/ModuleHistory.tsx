// A module's history: its revisions (when, by whom, restored from which), comparing two of them, and for people
// who may edit the module a button to restore an older one (which saves it as a new revision).
import { createSignal, For, Show } from 'solid-js'
import type { Revision, RevisionComparison } from '../api'
import { formatWhen } from '../lib/format'
import { problemText } from '../lib/form'
import { RevisionCompare } from './RevisionCompare'
import { FormProblem } from './FormProblem'

type Props = {
  code: string
  currentVersion: number
  // Newest first.
  revisions: readonly Revision[]
  canRestore: boolean
  // Who saved each revision is shown to people signed in only (the server leaves it out for anyone else).
  showEditors: boolean
  onCompare: (from: number, to: number) => Promise<RevisionComparison>
  // Restores a version and resolves to the module's new version.
  onRestore: (version: number) => Promise<number>
}

export function ModuleHistory(props: Props) {
  const [restored, setRestored] = createSignal('')
  const [problem, setProblem] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  let feedback!: HTMLDivElement

  const restore = async (version: number) => {
    if (busy()) return
    setBusy(true)
    setRestored('')
    setProblem('')
    try {
      const now = await props.onRestore(version)
      setRestored(`Restored v${version}: the module is now at version ${now}.`)
    } catch (error) {
      setProblem(problemText(error))
    } finally {
      setBusy(false)
      // The clicked row is redrawn with the new list; the keyboard continues from the outcome.
      feedback.focus()
    }
  }

  return (
    <>
      <h3>Revisions</h3>
      <div class="restore-feedback" ref={feedback} tabindex="-1">
        <p role="status" class="saved">
          {restored()}
        </p>
        <FormProblem summary="Could not restore that version." message={problem()} />
      </div>
      <div class="table-wrap" role="region" aria-label={`Revisions of ${props.code}`} tabindex="0">
        <table class="revision-table">
          <caption class="visually-hidden">{`Revisions of ${props.code}, newest first`}</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Saved</th>
              <Show when={props.showEditors}>
                <th scope="col">By</th>
              </Show>
              <th scope="col">Note</th>
              <Show when={props.canRestore}>
                <th scope="col">
                  <span class="visually-hidden">Restore</span>
                </th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For each={props.revisions}>
              {(revision) => (
                <tr>
                  <th scope="row">
                    v{revision.version}
                    <Show when={revision.version === props.currentVersion}>
                      <span class="muted"> (current)</span>
                    </Show>
                  </th>
                  <td>
                    <time datetime={revision.createdAt}>{formatWhen(revision.createdAt)}</time>
                  </td>
                  <Show when={props.showEditors}>
                    <td>{revision.userName ?? 'The system'}</td>
                  </Show>
                  <td>
                    <Show when={revision.restoredFrom} fallback={revision.version === 1 ? 'Created' : 'Edited'}>
                      {(from) => `Restored from v${from()}`}
                    </Show>
                  </td>
                  <Show when={props.canRestore}>
                    <td>
                      <Show when={revision.version !== props.currentVersion}>
                        <button type="button" class="button button-small" onClick={() => void restore(revision.version)}>
                          Restore this version<span class="visually-hidden"> (v{revision.version})</span>
                        </button>
                      </Show>
                    </td>
                  </Show>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={props.revisions.length > 1}>
        <RevisionCompare revisions={props.revisions} onCompare={props.onCompare} />
      </Show>
    </>
  )
}
