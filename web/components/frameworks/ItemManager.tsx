// Managing the selected item: edit its code, statement, kind and level; move it (up, down, indent, outdent — the
// keyboard's way to do what dragging in the tree does); publish a draft; retire it or put it back in use.
import { createSignal, For, Show } from 'solid-js'
import { createStore, reconcile } from 'solid-js/store'
import { COMPETENCY_KIND_LABELS, COMPETENCY_KINDS, type CompetencyKind } from '../../../shared/domain/vocabulary'
import type { CompetencyPatch } from '../../../shared/schemas/framework'
import type { CompetencyNode } from '../../api'
import { problemText, refusedFields } from '../../lib/form'
import { SelectField, TextField } from '../Fields'
import { SaveMessage, type SaveOutcome } from '../SaveMessage'
import { editItem, moveItem } from './framework-api'
import { MOVE_LABELS, moveTarget, type MoveKind } from './item-moves'

type Props = {
  node: CompetencyNode
  roots: readonly CompetencyNode[]
  // Called after every change, with words saying what happened.
  onChanged: (said: string) => void
}

const fieldsOf = (n: CompetencyNode) => ({ code: n.code, statement: n.statement, kind: n.kind, level: n.level ?? '' })

export function ItemManager(props: Props) {
  const [form, setForm] = createStore(fieldsOf(props.node))
  const [errors, setErrors] = createSignal<Record<string, string>>({})
  const [message, setMessage] = createSignal<SaveOutcome | null>(null)
  const id = () => `item-${props.node.id}`

  async function change(patch: CompetencyPatch, said: string) {
    setErrors({})
    try {
      await editItem(props.node.id, patch)
      setMessage({ ok: true, text: said })
      props.onChanged(said)
    } catch (error) {
      setErrors(refusedFields(error))
      setMessage({ ok: false, text: problemText(error) })
    }
  }
  async function move(kind: MoveKind) {
    const target = moveTarget(props.roots, props.node.id, kind)
    if (!target) return
    try {
      await moveItem(props.node.id, target)
      const said = `${MOVE_LABELS[kind]}: ${props.node.code} moved.`
      setMessage({ ok: true, text: said })
      props.onChanged(said)
    } catch (error) {
      setMessage({ ok: false, text: problemText(error) })
    }
  }

  return (
    <section class="item-manager" aria-label={`Manage ${props.node.code}`}>
      <h4>Manage this item</h4>
      <div class="item-moves" role="group" aria-label={`Move ${props.node.code}`}>
        <For each={['up', 'down', 'indent', 'outdent'] as const}>
          {(kind) => (
            <button type="button" id={`item-move-${kind}`} class="button button-small" disabled={!moveTarget(props.roots, props.node.id, kind)} onClick={() => void move(kind)}>
              {MOVE_LABELS[kind]}
            </button>
          )}
        </For>
      </div>
      <p class="item-status-actions">
        <Show when={props.node.status === 'draft'}>
          <button type="button" class="button button-small" onClick={() => void change({ status: 'active' }, `Published ${props.node.code}.`)}>
            Publish draft
          </button>{' '}
        </Show>
        <Show
          when={props.node.retiredAt}
          fallback={
            <button type="button" id="item-retire" class="button button-small" onClick={() => void change({ retired: true }, `Retired ${props.node.code}: kept for history, offered for no new alignment.`)}>
              Retire
            </button>
          }
        >
          <button type="button" id="item-retire" class="button button-small" onClick={() => void change({ retired: false }, `${props.node.code} is in use again.`)}>
            Put back in use
          </button>
        </Show>
      </p>
      <form
        aria-label={`Edit ${props.node.code}`}
        onSubmit={(event) => {
          event.preventDefault()
          void change({ ...form, level: form.level || null }, `Saved ${form.code}.`)
        }}
      >
        <TextField id={`${id()}-code`} label="Code" autocomplete="off" value={form.code} error={errors().code} onInput={(v) => setForm('code', v)} />
        <TextField id={`${id()}-statement`} label="Statement" autocomplete="off" value={form.statement} error={errors().statement} onInput={(v) => setForm('statement', v)} />
        <SelectField
          id={`${id()}-kind`}
          label="Kind"
          choices={COMPETENCY_KINDS.map((k) => ({ value: k, label: COMPETENCY_KIND_LABELS[k] }))}
          value={form.kind}
          onChange={(v) => setForm('kind', v as CompetencyKind)}
        />
        <TextField id={`${id()}-level`} label="Level (optional)" autocomplete="off" value={form.level} error={errors().level} onInput={(v) => setForm('level', v)} />
        <div class="form-actions">
          <button type="submit" class="button">
            Save item
          </button>
          <button type="button" class="button" onClick={() => setForm(reconcile(fieldsOf(props.node)))}>
            Undo changes
          </button>
        </div>
      </form>
      <SaveMessage message={message()} />
    </section>
  )
}
