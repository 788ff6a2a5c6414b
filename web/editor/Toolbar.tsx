// The formatting toolbar of a rich-text field: one Tab stop, arrow keys move between buttons (roving focus),
// toggles report their state with aria-pressed, and each names its keyboard shortcut.
import type { Editor } from '@tiptap/core'
import { createMemo, createSignal, For } from 'solid-js'

type Tool = {
  key: string
  label: string
  shortcut?: string
  pressed?: () => boolean
  enabled?: () => boolean
  run: () => void
  class?: string
  // Shown only when this is true (table tools inside a table).
  shown?: () => boolean
}

type Props = {
  editor: Editor
  // Changes on every editor transaction, so pressed and enabled states are read again.
  tick: number
  label: string
  controls: string
  onLink: () => void
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const MOD = isMac ? 'Meta' : 'Control'

function tools(props: Props): Tool[] {
  const e = props.editor
  const chain = () => e.chain().focus()
  const inTable = () => e.isActive('table')
  const outside = () => !inTable()
  return [
    { key: 'h2', label: 'Heading', shortcut: `${MOD}+Alt+2`, pressed: () => e.isActive('heading', { level: 2 }), run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: 'h3', label: 'Subheading', shortcut: `${MOD}+Alt+3`, pressed: () => e.isActive('heading', { level: 3 }), run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: 'bold', label: 'Bold', shortcut: `${MOD}+B`, class: 'tool-bold', pressed: () => e.isActive('bold'), run: () => chain().toggleBold().run() },
    { key: 'italic', label: 'Italic', shortcut: `${MOD}+I`, class: 'tool-italic', pressed: () => e.isActive('italic'), run: () => chain().toggleItalic().run() },
    { key: 'bullets', label: 'Bulleted list', shortcut: `${MOD}+Shift+8`, pressed: () => e.isActive('bulletList'), run: () => chain().toggleBulletList().run() },
    { key: 'numbers', label: 'Numbered list', shortcut: `${MOD}+Shift+7`, pressed: () => e.isActive('orderedList'), run: () => chain().toggleOrderedList().run() },
    { key: 'link', label: 'Link', shortcut: `${MOD}+K`, pressed: () => e.isActive('link'), run: props.onLink },
    { key: 'table', label: 'Table', shown: outside, run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
    { key: 'row', label: 'Add row', shown: inTable, run: () => chain().addRowAfter().run() },
    { key: 'column', label: 'Add column', shown: inTable, run: () => chain().addColumnAfter().run() },
    { key: 'delete-row', label: 'Delete row', shown: inTable, run: () => chain().deleteRow().run() },
    { key: 'delete-column', label: 'Delete column', shown: inTable, run: () => chain().deleteColumn().run() },
    { key: 'delete-table', label: 'Delete table', shown: inTable, run: () => chain().deleteTable().run() },
    { key: 'undo', label: 'Undo', shortcut: `${MOD}+Z`, enabled: () => e.can().undo(), run: () => chain().undo().run() },
    { key: 'redo', label: 'Redo', shortcut: `${MOD}+Shift+Z`, enabled: () => e.can().redo(), run: () => chain().redo().run() },
  ]
}

// The toolbar for one editor.
export function Toolbar(props: Props) {
  let bar!: HTMLDivElement
  const [current, setCurrent] = createSignal('h2')
  const all = tools(props)
  const list = createMemo(() => {
    void props.tick
    return all.filter((tool) => tool.shown?.() ?? true)
  })
  // The Tab stop stays on the last button used; if that one is gone (table tools), on the first.
  const tabStop = () => (list().some((t) => t.key === current()) ? current() : list()[0]!.key)

  const focusAt = (index: number) => {
    const tool = list()[(index + list().length) % list().length]!
    setCurrent(tool.key)
    bar.querySelector<HTMLButtonElement>(`[data-tool="${tool.key}"]`)?.focus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const at = list().findIndex((t) => t.key === tabStop())
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: list().length - 1 }
    if (!(event.key in moves)) return
    event.preventDefault()
    focusAt(moves[event.key]!)
  }

  return (
    <div class="editor-toolbar" role="toolbar" aria-label={props.label} aria-controls={props.controls} ref={bar} onKeyDown={onKeyDown}>
      <For each={list()}>
        {(tool) => {
          const enabled = () => (void props.tick, tool.enabled?.() ?? true)
          return (
            <button
              type="button"
              class={`tool ${tool.class ?? ''}`}
              data-tool={tool.key}
              tabindex={tabStop() === tool.key ? 0 : -1}
              aria-pressed={tool.pressed ? (void props.tick, tool.pressed()) : undefined}
              aria-disabled={enabled() ? undefined : 'true'}
              aria-keyshortcuts={tool.shortcut}
              title={tool.shortcut ? `${tool.label} (${tool.shortcut.replace('Control', 'Ctrl')})` : tool.label}
              onFocus={() => setCurrent(tool.key)}
              // Keep the editor's selection: pressing a button must not move focus out of the text first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => enabled() && tool.run()}
            >
              {tool.label}
            </button>
          )
        }}
      </For>
    </div>
  )
}
