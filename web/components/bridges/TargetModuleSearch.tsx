// Finding another module for a bridge to prepare for: a search box behind a disclosure button, and the modules
// found, each a button that chooses it.
import { createSignal, For, Show } from 'solid-js'
import { problemText } from '../../lib/form'
import { plural } from '../../lib/format'
import type { ModuleHit } from './bridges-api'

type Props = {
  // The disclosure button's words, e.g. "Choose another target module…".
  label: string
  search: (q: string) => Promise<ModuleHit[]>
  onChoose: (hit: ModuleHit) => void
}

// The disclosure, the search form and its results.
export function TargetModuleSearch(props: Props) {
  const [open, setOpen] = createSignal(false)
  const [query, setQuery] = createSignal('')
  const [hits, setHits] = createSignal<ModuleHit[]>([])
  const [message, setMessage] = createSignal('')
  let toggle: HTMLButtonElement | undefined
  // Choosing closes the search; focus goes back to the button that opened it, which stays in place.
  const choose = (hit: ModuleHit) => {
    setOpen(false)
    props.onChoose(hit)
    toggle?.focus()
  }

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    const q = query().trim()
    if (!q) return setMessage('Type part of a code or title to search.')
    setMessage('Searching…')
    try {
      const found = await props.search(q)
      setHits(found)
      setMessage(found.length ? `${plural(found.length, 'module')} found.` : `No module matches “${q}”.`)
    } catch (error) {
      setHits([])
      setMessage(`The search failed. ${problemText(error)}`)
    }
  }

  return (
    <div class="target-search">
      <button ref={toggle} type="button" class="button button-quiet" aria-expanded={open()} aria-controls="target-search-panel" onClick={() => setOpen(!open())}>
        {open() ? 'Close the module search' : props.label}
      </button>
      <div id="target-search-panel">
        <Show when={open()}>
          <form role="search" aria-label="Target modules" class="target-search-form" onSubmit={onSubmit}>
            <label for="target-search-input">Code or title of the target module</label>
            <span class="target-search-row">
              <input id="target-search-input" type="search" autocomplete="off" value={query()} onInput={(event) => setQuery(event.currentTarget.value)} />
              <button type="submit" class="button">Search</button>
            </span>
          </form>
          <p class="muted" role="status">
            {message()}
          </p>
          <Show when={hits().length}>
            <ul class="plain-list target-hits" aria-label="Modules found">
              <For each={hits()}>
                {(hit) => (
                  <li>
                    <button type="button" class="button button-quiet" onClick={() => choose(hit)}>
                      Prepare for <span class="code">{hit.code}</span> {hit.title}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Show>
      </div>
    </div>
  )
}
