// Watches for "#words" typed just before the cursor and reports it, so the editor can offer competencies to
// cite; while the popup is open it gets first say over the keys. Adds no node or mark to the schema.
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'

export type HashQuery = { query: string; from: number; to: number; rect: { left: number; top: number; bottom: number } }

export type HashTriggerOptions = {
  // Called with the typed query (and where it sits), or null when the cursor leaves it.
  onChange: (query: HashQuery | null) => void
  // While a query is open: returns true for a key the popup used (arrows, Enter, Escape).
  onKey: (event: KeyboardEvent) => boolean
}

type TriggerState = { from: number; to: number; query: string } | null

const key = new PluginKey<{ dismissedAt: number | null }>('hashTrigger')
// "#" at the start of a block or after a space, then up to 40 characters of a code or words (no second "#").
const TRIGGER = /(?:^|\s)#([^\s#][^#\n]{0,39}|)$/

function triggerAt(state: EditorState): TriggerState {
  const { selection } = state
  if (!selection.empty) return null
  const $from = selection.$from
  if (!$from.parent.isTextblock || $from.parent.type.spec.code) return null
  const before = $from.parent.textBetween(0, $from.parentOffset, undefined, '\ufffc')
  const match = TRIGGER.exec(before)
  if (!match) return null
  const query = match[1] ?? ''
  return { from: $from.pos - query.length - 1, to: $from.pos, query }
}

// The `#` trigger as a Tiptap extension, configured per editor with its callbacks.
export const HashTrigger = Extension.create<HashTriggerOptions>({
  name: 'hashTrigger',
  // Ahead of the list and table keymaps, so Enter and Tab choose a competency while the popup is open.
  priority: 1000,

  addOptions() {
    return { onChange: () => undefined, onKey: () => false }
  },

  addProseMirrorPlugins() {
    const options = this.options
    const open = (state: EditorState) => {
      const trigger = triggerAt(state)
      return trigger && key.getState(state)?.dismissedAt !== trigger.from ? trigger : null
    }
    return [
      new Plugin({
        key,
        state: {
          init: (): { dismissedAt: number | null } => ({ dismissedAt: null }),
          apply: (tr, value) => {
            const dismissed = tr.getMeta(key) as number | undefined
            if (dismissed !== undefined) return { dismissedAt: dismissed }
            return { dismissedAt: value.dismissedAt === null ? null : tr.mapping.map(value.dismissedAt) }
          },
        },
        view: () => {
          let last = ''
          return {
            update: (view) => {
              const trigger = open(view.state)
              const signature = trigger ? `${trigger.from}:${trigger.query}` : ''
              if (signature === last) return
              last = signature
              if (!trigger) return options.onChange(null)
              const coords = view.coordsAtPos(trigger.from)
              options.onChange({ ...trigger, rect: { left: coords.left, top: coords.top, bottom: coords.bottom } })
            },
            destroy: () => options.onChange(null),
          }
        },
        props: {
          handleKeyDown: (view, event) => {
            const trigger = open(view.state)
            if (!trigger) return false
            if (options.onKey(event)) return true
            if (event.key === 'Escape') {
              view.dispatch(view.state.tr.setMeta(key, trigger.from))
              return true
            }
            return false
          },
        },
      }),
    ]
  },
})
