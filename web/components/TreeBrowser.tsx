// A searchable, collapsible view of a competency tree: search box, match count, expand and collapse all; and,
// when the owner asks, selectable items (the selected one's branch is opened, e.g. when a link points at it).
import { createEffect, createMemo, createSignal, on, Show } from 'solid-js'
import type { CompetencyNode } from '../api'
import { parentIds, queryWords, searchTree } from '../lib/tree-search'
import { CompetencyTree } from './CompetencyTree'

type Props = {
  roots: readonly CompetencyNode[]
  label: string
  selected?: number | null
  onSelect?: (id: number) => void
  notes?: ReadonlyMap<number, string>
  // Dropping a dragged item on another (people who may edit the framework; the buttons of the item do the same).
  onDrop?: (draggedId: number, ontoId: number) => void
}

// The ids of the items above one item, root first: empty for a root, null when the item is not in the tree.
function ancestorIds(nodes: readonly CompetencyNode[], id: number): number[] | null {
  for (const node of nodes) {
    if (node.id === id) return []
    const below = ancestorIds(node.children, id)
    if (below) return [node.id, ...below]
  }
  return null
}

export function TreeBrowser(props: Props) {
  const [query, setQuery] = createSignal('')
  const words = createMemo(() => queryWords(query()))
  const search = createMemo(() => searchTree(props.roots, words()))
  const allParents = createMemo(() => parentIds(props.roots))
  const [expanded, setExpanded] = createSignal<ReadonlySet<number>>(new Set(props.roots.map((root) => root.id)))

  const onSearch = (value: string) => {
    setQuery(value)
    // While searching, every branch that leads to a match is open; clearing the search goes back to the top level.
    const open = queryWords(value).length
      ? allParents().filter((id) => search().visible.has(id))
      : props.roots.map((root) => root.id)
    setExpanded(new Set(open))
  }
  createEffect(
    on(
      () => props.selected,
      (id) => {
        const above = id == null ? null : ancestorIds(props.roots, id)
        if (above?.some((a) => !expanded().has(a))) setExpanded(new Set([...expanded(), ...above]))
      },
    ),
  )
  const toggle = (id: number, open: boolean) => {
    const next = new Set(expanded())
    if (open) next.add(id)
    else next.delete(id)
    setExpanded(next)
  }
  const summary = () => {
    if (!words().length) return ''
    const n = search().matches.size
    return n === 0 ? `No matches for “${query().trim()}”` : `${n} ${n === 1 ? 'match' : 'matches'}`
  }

  return (
    <div class="tree-browser">
      <div class="tree-toolbar">
        <div class="field">
          <label for="tree-search">Search {props.label}</label>
          <input
            id="tree-search"
            type="search"
            autocomplete="off"
            aria-describedby="tree-search-hint"
            value={query()}
            onInput={(event) => onSearch(event.currentTarget.value)}
          />
          <p class="hint" id="tree-search-hint">
            Filters by code or statement as you type. On an item, Enter or Space opens and closes it; so do the right and
            left arrow keys.
          </p>
        </div>
        <div class="tree-actions">
          <button type="button" class="button" onClick={() => setExpanded(new Set(allParents()))}>
            Expand all
          </button>
          <button type="button" class="button" onClick={() => setExpanded(new Set<number>())}>
            Collapse all
          </button>
        </div>
      </div>
      <p class="tree-summary" role="status" aria-live="polite">
        {summary()}
      </p>
      <Show when={props.roots.length} fallback={<p class="empty">This framework has no competencies yet.</p>}>
        <Show when={!words().length || search().matches.size}>
          <CompetencyTree
            roots={props.roots}
            expanded={expanded()}
            visible={words().length ? search().visible : null}
            matches={search().matches}
            words={words()}
            onToggle={toggle}
            selected={props.selected}
            onSelect={props.onSelect}
            notes={props.notes}
            onDrop={props.onDrop}
          />
        </Show>
      </Show>
    </div>
  )
}
