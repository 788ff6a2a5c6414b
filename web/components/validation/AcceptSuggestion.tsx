// Accepting an employer's suggestion is a reviewed decision: a dialog with the framework, the parent, a proposed
// (editable) code, the statement (editable) and the kind. The item enters the framework as a draft.
import { createSignal, For } from 'solid-js'
import { COMPETENCY_KINDS } from '../../../shared/domain/vocabulary'
import { AcceptSuggestionInput } from '../../../shared/schemas/validation'
import type { CampaignResults } from '../../api'
import { problemText, validate, type FieldErrors } from '../../lib/form'
import { ActionDialog } from '../analysis/ActionDialog'

type Suggestion = CampaignResults['suggestions'][number]
type Group = CampaignResults['groups'][number]

const KIND_LABELS = { area: 'Area', competency: 'Competency', skill: 'Skill', task: 'Task' } as const

export function AcceptSuggestion(props: { suggestion: Suggestion; groups: readonly Group[]; onAccept: (input: AcceptSuggestionInput) => Promise<void>; onClose: () => void }) {
  const frameworks = () => [...new Map(props.groups.map((g) => [g.frameworkId, g.frameworkTitle])).entries()]
  const [frameworkId, setFrameworkId] = createSignal(props.suggestion.frameworkId)
  const [parentId, setParentId] = createSignal<number | null>(props.suggestion.areaId)
  const [code, setCode] = createSignal(`${props.suggestion.areaCode}-S${props.suggestion.id}`)
  const [statement, setStatement] = createSignal(props.suggestion.statement)
  const [kind, setKind] = createSignal<(typeof COMPETENCY_KINDS)[number]>('competency')
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [problem, setProblem] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  const parents = () => props.groups.filter((g) => g.frameworkId === frameworkId() && g.areaId !== null)
  const submit = async () => {
    const checked = validate(AcceptSuggestionInput, { frameworkId: frameworkId(), parentId: parentId(), code: code(), statement: statement(), kind: kind() })
    if (checked.errors) return setErrors(checked.errors)
    setErrors({})
    setBusy(true)
    setProblem('')
    try {
      await props.onAccept(checked.value)
    } catch (error) {
      setProblem(problemText(error))
    } finally {
      setBusy(false)
    }
  }
  const fieldError = (field: string) => (
    <span id={`accept-${field}-error`} class="save-state save-state-failed">
      {errors()[field]}
    </span>
  )
  return (
    <ActionDialog id="accept-suggestion" title="Add the suggestion as a draft" problem={problem()} busy={busy()} submitLabel="Add as draft" onSubmit={() => void submit()} onClose={props.onClose}>
      <p class="muted">From {props.suggestion.company}. It stays a draft, left out of the gap analysis, until someone publishes it in the framework.</p>
      <div class="validation-form">
        <div>
          <label for="accept-framework">Framework</label>
          <select id="accept-framework" value={frameworkId()} onChange={(e) => { setFrameworkId(Number(e.currentTarget.value)); setParentId(parents()[0]?.areaId ?? null) }}>
            <For each={frameworks()}>{([id, title]) => <option value={id}>{title}</option>}</For>
          </select>
        </div>
        <div>
          <label for="accept-parent">Under</label>
          <select id="accept-parent" value={parentId() ?? ''} onChange={(e) => setParentId(e.currentTarget.value ? Number(e.currentTarget.value) : null)}>
            <option value="">The top of the framework</option>
            <For each={parents()}>{(g) => <option value={g.areaId!}>{g.code} {g.title}</option>}</For>
          </select>
        </div>
        <div>
          <label for="accept-code">Code</label>
          <input id="accept-code" value={code()} onInput={(e) => setCode(e.currentTarget.value)} aria-invalid={errors().code ? 'true' : undefined} aria-describedby="accept-code-error" />
          {fieldError('code')}
        </div>
        <div>
          <label for="accept-statement">Statement</label>
          <textarea id="accept-statement" rows="3" value={statement()} onInput={(e) => setStatement(e.currentTarget.value)} aria-invalid={errors().statement ? 'true' : undefined} aria-describedby="accept-statement-error" />
          {fieldError('statement')}
        </div>
        <div>
          <label for="accept-kind">Kind</label>
          <select id="accept-kind" value={kind()} onChange={(e) => setKind(e.currentTarget.value as (typeof COMPETENCY_KINDS)[number])}>
            <For each={COMPETENCY_KINDS}>{(k) => <option value={k}>{KIND_LABELS[k]}</option>}</For>
          </select>
        </div>
      </div>
    </ActionDialog>
  )
}
