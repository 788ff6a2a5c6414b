// A framework's competencies as nested disclosure lists: each parent is a button with aria-expanded. When the
// owner lets items be selected, a leaf's label is a toggle button and a parent gets a "Details" toggle beside it.
import { For, Show } from 'solid-js'
import type { CompetencyNode } from '../api'
import { Highlight } from './Highlight'

type TreeProps = {
  roots: readonly CompetencyNode[]
  // Ids of the open parents.
  expanded: ReadonlySet<number>
  // Ids of the items to show while searching; null shows everything.
  visible: ReadonlySet<number> | null
  // Ids of the items that match the search, and its words to highlight.
  matches: ReadonlySet<number>
  words: readonly string[]
  onToggle: (id: number, open: boolean) => void
  // The item whose details are shown, and how to choose one; without onSelect nothing is selectable.
  selected?: number | null
  onSelect?: (id: number) => void
  // A short note per item (such as how many basic skills it needs), shown as a badge.
  notes?: ReadonlyMap<number, string>
  // Given, rows may be dragged onto another row: the dragged item goes just before it (Move up/down, Indent and
  // Outdent on the selected item do the same by keyboard).
  onDrop?: (draggedId: number, ontoId: number) => void
}

// The item being dragged, across rows (one drag at a time in a page).
let dragged: number | null = null

export function CompetencyTree(props: TreeProps) {
  return (
    <ul class="tree">
      <TreeLevel nodes={props.roots} tree={props} />
    </ul>
  )
}

function TreeLevel(props: { nodes: readonly CompetencyNode[]; tree: TreeProps }) {
  const shown = () => props.nodes.filter((node) => props.tree.visible?.has(node.id) ?? true)
  return <For each={shown()}>{(node) => <TreeItem node={node} tree={props.tree} />}</For>
}

function TreeItem(props: { node: CompetencyNode; tree: TreeProps }) {
  const hasChildren = () => props.node.children.length > 0
  const open = () => props.tree.expanded.has(props.node.id)
  const groupId = () => `competency-${props.node.id}-children`
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight' && !open()) props.tree.onToggle(props.node.id, true)
    else if (event.key === 'ArrowLeft' && open()) props.tree.onToggle(props.node.id, false)
    else return
    event.preventDefault()
  }
  const label = () => (
    <>
      <span class="code tree-code">
        <Highlight text={props.node.code} words={props.tree.words} />
      </span>{' '}
      <span class="tree-statement">
        <Highlight text={props.node.statement} words={props.tree.words} />
      </span>
    </>
  )
  const selected = () => props.tree.selected === props.node.id
  const select = () => props.tree.onSelect?.(props.node.id)
  const leaf = () => (
    <Show when={props.tree.onSelect} fallback={<span class="tree-label tree-leaf">{label()}</span>}>
      <button type="button" class="tree-label tree-leaf tree-select" aria-pressed={selected()} onClick={select}>
        {label()}
      </button>
    </Show>
  )
  return (
    <li class="tree-item">
      <div
        class="tree-row"
        classList={{ 'tree-match': props.tree.matches.has(props.node.id), 'tree-selected': selected(), 'tree-retired': Boolean(props.node.retiredAt) }}
        draggable={props.tree.onDrop ? 'true' : undefined}
        onDragStart={(event) => {
          if (!props.tree.onDrop) return
          dragged = props.node.id
          event.dataTransfer?.setData('text/plain', props.node.code)
        }}
        onDragOver={(event) => {
          if (props.tree.onDrop && dragged !== null && dragged !== props.node.id) event.preventDefault()
        }}
        onDrop={(event) => {
          event.preventDefault()
          if (dragged !== null && dragged !== props.node.id) props.tree.onDrop?.(dragged, props.node.id)
          dragged = null
        }}
        onDragEnd={() => (dragged = null)}
      >
        <Show when={hasChildren()} fallback={leaf()}>
          <button
            type="button"
            class="tree-label tree-toggle"
            aria-expanded={open()}
            aria-controls={groupId()}
            onClick={() => props.tree.onToggle(props.node.id, !open())}
            onKeyDown={onKeyDown}
          >
            <span class="tree-chevron" aria-hidden="true" />
            {label()}
            <span class="tree-count">
              {' '}
              ({props.node.children.length} {props.node.children.length === 1 ? 'item' : 'items'})
            </span>
          </button>
          <Show when={props.tree.onSelect}>
            <button
              type="button"
              class="button button-small tree-details"
              aria-pressed={selected()}
              aria-label={`Details of ${props.node.code}`}
              onClick={select}
            >
              Details
            </button>
          </Show>
        </Show>
        <span class="badges tree-badges">
          <span class="badge badge-kind">{props.node.kind}</span>
          <Show when={props.node.status === 'draft'}>
            <span class="badge badge-draft">Draft</span>
          </Show>
          <Show when={props.node.retiredAt}>
            <span class="badge badge-retired">Retired</span>
          </Show>
          <Show when={props.node.level}>{(level) => <span class="badge badge-level">Level {level()}</span>}</Show>
          <Show when={props.tree.notes?.get(props.node.id)}>{(note) => <span class="badge tree-note">{note()}</span>}</Show>
        </span>
      </div>
      <Show when={hasChildren() && open()}>
        <ul class="tree-group" id={groupId()}>
          <TreeLevel nodes={props.node.children} tree={props.tree} />
        </ul>
      </Show>
    </li>
  )
}
