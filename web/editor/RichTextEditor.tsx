// A rich-text field: Tiptap on the one shared extension list, with its toolbar, a link form, and `#` to cite a
// competency as an inline chip. The document goes out as Tiptap JSON; no HTML is ever read from the person.
import { Editor, Extension, type JSONContent } from '@tiptap/core'
import { createSignal, onCleanup, onMount, Show } from 'solid-js'
import { shortTitle } from '../../shared/editor/competency-ref'
import { extensions } from '../../shared/editor/extensions'
import type { Depth } from '../../shared/domain/vocabulary'
import type { RichTextDoc } from '../../shared/schemas/rich-text'
import type { CompetencyHit, CompetencySource } from './competency-search'
import { HashTrigger, type HashQuery } from './hash-trigger'
import { LinkForm } from './LinkForm'
import { ReferencePopup } from './ReferencePopup'
import { Toolbar } from './Toolbar'

type Props = {
  id: string
  // The id of the visible label of the field (its text box is aria-labelledby it).
  labelId: string
  // The toolbar's name, e.g. "Description formatting".
  toolbarLabel: string
  // The starting document; later changes to it are not applied (remount the field to load another one).
  content: RichTextDoc
  onChange: (doc: RichTextDoc) => void
  source: CompetencySource
  // Given, the `#` popup offers "Cite and align at …" besides "Cite only", and this is called only when the
  // person picks a depth: a citation alone never aligns anything.
  onAlign?: (hit: CompetencyHit, depth: Depth) => void
}

// One rich-text field with toolbar.
export function RichTextEditor(props: Props) {
  let host!: HTMLDivElement
  let frame!: HTMLDivElement
  const [editor, setEditor] = createSignal<Editor>()
  const [tick, setTick] = createSignal(0)
  const [linking, setLinking] = createSignal(false)
  const [hash, setHash] = createSignal<HashQuery | null>(null)
  let popupKeys: ((event: KeyboardEvent) => boolean) | null = null
  const hintId = `${props.id}-hint`

  onMount(() => {
    const shortcuts = Extension.create({
      name: 'editorShortcuts',
      addKeyboardShortcuts: () => ({
        'Mod-k': () => {
          setLinking(true)
          return true
        },
      }),
    })
    const instance = new Editor({
      element: host,
      extensions: [...extensions, shortcuts, HashTrigger.configure({ onChange: setHash, onKey: (event) => popupKeys?.(event) ?? false })],
      content: props.content as JSONContent,
      editorProps: {
        attributes: {
          id: props.id,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': props.labelId,
          'aria-describedby': hintId,
          class: 'editor-input',
          spellcheck: 'true',
        },
      },
      onUpdate: ({ editor: e }) => props.onChange(e.getJSON() as RichTextDoc),
      onTransaction: () => setTick((n) => n + 1),
      onBlur: () => setHash(null),
    })
    setEditor(instance)
    onCleanup(() => instance.destroy())
  })

  // Escape, then Tab, leaves the field even inside a list or table, where Tab indents or moves between cells.
  let escaped = false
  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.key === 'Tab' && escaped && !hash()) event.stopPropagation()
    escaped = event.key === 'Escape'
  }

  const popupPosition = (query: HashQuery) => {
    const box = frame.getBoundingClientRect()
    return { left: Math.max(0, query.rect.left - box.left), top: query.rect.bottom - box.top + 4 }
  }
  const cite = (query: HashQuery, hit: CompetencyHit, depth: Depth | null) => {
    editor()
      ?.chain()
      .focus()
      .insertContentAt({ from: query.from, to: query.to }, [
        { type: 'competencyRef', attrs: { competencyId: hit.id, code: hit.code, title: shortTitle(hit.statement) } },
        { type: 'text', text: ' ' },
      ])
      .run()
    if (depth) props.onAlign?.(hit, depth)
  }

  return (
    <div class="editor-frame" ref={frame}>
      <Show when={editor()}>
        {(e) => (
          <Toolbar editor={e()} tick={tick()} label={props.toolbarLabel} controls={props.id} onLink={() => setLinking(true)} />
        )}
      </Show>
      <Show when={linking() && editor()}>
        {(e) => <LinkForm editor={e()} id={`${props.id}-link`} onClose={() => setLinking(false)} />}
      </Show>
      <div class="editor-host" ref={host} on:keydown={{ capture: true, handleEvent: onKeyDownCapture }} />
      <p class="hint editor-hint" id={hintId}>
        Type # to cite a competency. Escape, then Tab, leaves the text.
      </p>
      <Show when={hash()}>
        {(query) => (
          <ReferencePopup
            id={`${props.id}-refs`}
            query={query()}
            position={popupPosition(query())}
            source={props.source}
            textbox={editor()!.view.dom}
            offerAlign={props.onAlign !== undefined}
            onChoose={(hit, depth) => cite(query(), hit, depth)}
            onKeys={(handler) => (popupKeys = handler)}
          />
        )}
      </Show>
    </div>
  )
}
