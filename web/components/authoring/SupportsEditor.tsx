// Editing a list of wrap-around supports: kind, description, provider, contact, and (on a pathway) the stage.
// Each support is a fieldset of labelled controls; adding focuses the new support's description.
import { For, Index, Show } from 'solid-js'
import { SUPPORT_KIND_LABELS, SUPPORT_KINDS } from '../../../shared/domain/vocabulary'
import { newSupport, type SupportDraft } from '../../lib/supports-draft'

type Props = {
  id: string
  supports: readonly SupportDraft[]
  organisations: readonly { id: number; name: string }[]
  // The pathway's stages, when supports may belong to one of them.
  stages?: readonly number[]
  // Messages by "index.field", e.g. "0.contactEmail".
  errors?: Record<string, string>
  onChange: (supports: SupportDraft[]) => void
}

type TextKey = 'description' | 'contactName' | 'contactEmail' | 'contactPhone' | 'contactNotes'

const TEXT_FIELDS: { key: TextKey; label: string; type?: string; multiline?: boolean; autocomplete: string }[] = [
  { key: 'description', label: 'What it offers', multiline: true, autocomplete: 'off' },
  { key: 'contactName', label: 'Contact name', autocomplete: 'off' },
  { key: 'contactEmail', label: 'Contact email', type: 'email', autocomplete: 'off' },
  { key: 'contactPhone', label: 'Contact phone', type: 'tel', autocomplete: 'off' },
  { key: 'contactNotes', label: 'Hours, place, who qualifies', multiline: true, autocomplete: 'off' },
]

// The supports editor: one fieldset per support, then "Add a support".
export function SupportsEditor(props: Props) {
  const set = (index: number, change: Partial<SupportDraft>) =>
    props.onChange(props.supports.map((s, i) => (i === index ? { ...s, ...change } : s)))
  const add = () => {
    const index = props.supports.length
    props.onChange([...props.supports, newSupport()])
    queueMicrotask(() => document.getElementById(`${props.id}-${index}-description`)?.focus())
  }
  const remove = (index: number) => {
    props.onChange(props.supports.filter((_, i) => i !== index))
    queueMicrotask(() => document.getElementById(`${props.id}-add`)?.focus())
  }
  return (
    <div class="supports-editor">
      <Show when={props.supports.length === 0}>
        <p class="empty">No supports recorded yet.</p>
      </Show>
      <ol class="plain-list supports-edit-list">
        {/* Index keeps each support's controls while it is edited (For would rebuild them, losing focus). */}
        <Index each={props.supports}>
          {(support, i) => {
            const index = () => i
            const fieldId = (key: string) => `${props.id}-${i}-${key}`
            const error = (key: string) => props.errors?.[`${i}.${key}`]
            return (
              <li>
                <fieldset class="support-fieldset">
                  <legend>Support {index() + 1}: {SUPPORT_KIND_LABELS[support().kind]}</legend>
                  <div class="module-fields">
                    <div class="field">
                      <label for={fieldId('kind')}>Kind</label>
                      <select id={fieldId('kind')} value={support().kind} onChange={(e) => set(index(), { kind: e.currentTarget.value as SupportDraft['kind'] })}>
                        <For each={SUPPORT_KINDS}>{(kind) => <option value={kind}>{SUPPORT_KIND_LABELS[kind]}</option>}</For>
                      </select>
                    </div>
                    <Show when={props.stages}>
                      {(stages) => (
                        <div class="field">
                          <label for={fieldId('stage')}>For</label>
                          <select id={fieldId('stage')} value={support().stage} onChange={(e) => set(index(), { stage: e.currentTarget.value })}>
                            <option value="">The whole pathway</option>
                            <For each={stages()}>{(stage) => <option value={String(stage)}>Stage {stage}</option>}</For>
                          </select>
                        </div>
                      )}
                    </Show>
                    <div class="field">
                      <label for={fieldId('organisation')}>Provided by</label>
                      <select id={fieldId('organisation')} value={support().organisationId} onChange={(e) => set(index(), { organisationId: e.currentTarget.value })}>
                        <option value="">(not recorded)</option>
                        <For each={props.organisations}>{(o) => <option value={String(o.id)}>{o.name}</option>}</For>
                      </select>
                    </div>
                    <For each={TEXT_FIELDS}>
                      {(field) => {
                        const common = {
                          id: fieldId(field.key),
                          value: support()[field.key],
                          'aria-invalid': error(field.key) ? ('true' as const) : undefined,
                          'aria-describedby': error(field.key) ? `${fieldId(field.key)}-error` : undefined,
                        }
                        return (
                          <div class="field" classList={{ 'field-invalid': Boolean(error(field.key)), 'field-wide': Boolean(field.multiline) }}>
                            <label for={fieldId(field.key)}>{field.label}</label>
                            <Show
                              when={field.multiline}
                              fallback={<input {...common} type={field.type ?? 'text'} autocomplete={field.autocomplete} onInput={(e) => set(index(), { [field.key]: e.currentTarget.value })} />}
                            >
                              <textarea {...common} class="wide-textarea" rows={2} onInput={(e) => set(index(), { [field.key]: e.currentTarget.value })} />
                            </Show>
                            <Show when={error(field.key)}>
                              <p class="field-error" id={`${fieldId(field.key)}-error`}>
                                {error(field.key)}
                              </p>
                            </Show>
                          </div>
                        )
                      }}
                    </For>
                  </div>
                  <button type="button" class="button" onClick={() => remove(index())}>
                    Remove support {index() + 1}
                  </button>
                </fieldset>
              </li>
            )
          }}
        </Index>
      </ol>
      <button type="button" id={`${props.id}-add`} class="button" onClick={add}>
        Add a support
      </button>
    </div>
  )
}
