// Shown when someone else saved the module first: what differs between their version and this page's, and the
// three ways out (keep mine, take theirs, copy my text aside). Nothing is overwritten until the person chooses.
import { createSignal, For, onMount, Show } from 'solid-js'
import type { ModuleChange } from '../../../shared/domain/module-diff'

type Props = {
  theirVersion: number
  changes: readonly ModuleChange[]
  // The local draft as plain text, to copy aside.
  myText: string
  onKeepMine: () => void
  onTakeTheirs: () => void
}

const SECTION_NAMES: Record<Exclude<ModuleChange['section'], 'field' | 'description'>, string> = {
  outcome: 'Outcome',
  alignment: 'Alignment',
  prerequisite: 'Prerequisite',
  credential: 'Credential',
  target: 'Prepares for',
  support: 'Support',
  funding: 'Funding',
}

const rowName = (change: ModuleChange) =>
  change.section === 'field' || change.section === 'description' ? change.label : `${SECTION_NAMES[change.section]}: ${change.label}`

// "before" is their version, "after" is this page's.
const describe = (change: ModuleChange) => {
  if (change.change === 'added') return 'only in yours'
  if (change.change === 'removed') return 'only in theirs'
  return 'different'
}

// The conflict panel.
export function ConflictPanel(props: Props) {
  let heading!: HTMLHeadingElement
  let copyBox!: HTMLTextAreaElement
  const [showText, setShowText] = createSignal(false)
  const [copied, setCopied] = createSignal<string | null>(null)
  onMount(() => heading.focus())

  const copy = async () => {
    setShowText(true)
    try {
      await navigator.clipboard.writeText(props.myText)
      setCopied('Your text is on the clipboard, and shown below.')
    } catch {
      setCopied('The browser did not allow copying; select the text below and copy it.')
    }
    copyBox.select()
  }

  return (
    <section class="conflict-panel" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" tabindex="-1" ref={heading}>
        Someone else saved this module while you were editing
      </h2>
      <p>
        Your changes are safe in this page but not saved. The module is now at version {props.theirVersion}. Here is how their
        version differs from yours:
      </p>
      <Show when={props.changes.length} fallback={<p class="empty">No differences in what this page edits.</p>}>
        <div class="table-wrap">
          <table class="conflict-table">
            <caption class="visually-hidden">Differences between their version and yours</caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">How</th>
                <th scope="col">Theirs</th>
                <th scope="col">Yours</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.changes}>
                {(change) => (
                  <tr>
                    <th scope="row">{rowName(change)}</th>
                    <td>{describe(change)}</td>
                    <td class="conflict-text">{change.before ?? '—'}</td>
                    <td class="conflict-text">{change.after ?? '—'}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
      <div class="conflict-actions">
        <button type="button" class="button button-primary" onClick={() => props.onKeepMine()}>
          Keep mine
        </button>
        <button type="button" class="button" onClick={() => props.onTakeTheirs()}>
          Take theirs
        </button>
        <button type="button" class="button" onClick={() => void copy()}>
          Copy my text
        </button>
      </div>
      <p class="hint">
        Keep mine saves your version over theirs. Take theirs replaces what is in this page with their version: copy your text
        first if you want it.
      </p>
      <p role="status">{copied()}</p>
      <Show when={showText()}>
        <label for="conflict-my-text">Your text</label>
        <textarea id="conflict-my-text" class="conflict-my-text" readonly rows={10} ref={copyBox} value={props.myText} />
      </Show>
    </section>
  )
}
