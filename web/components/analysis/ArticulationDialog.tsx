// The articulation form a finding opens, filled in from it: the two modules (the earlier one earning credit for
// the later one), the kind, and a description naming what both teach. Saving creates the articulation.
import { createSignal } from 'solid-js'
import { ARTICULATION_KIND_LABELS, ARTICULATION_KINDS, type ArticulationKind } from '../../../shared/domain/vocabulary'
import { client, data } from '../../api'
import { problemText } from '../../lib/form'
import { SelectField } from '../Fields'
import { ActionDialog } from './ActionDialog'
import type { ModuleRow } from './finding-action-plan'

type Props = {
  id: string
  // The finding's modules; the first two are chosen.
  modules: readonly ModuleRow[]
  description: string
  onDone: (saved: string | null) => void
}

// The dialog; `onDone` gets what was saved, in words, or null when cancelled.
export function ArticulationDialog(props: Props) {
  const [from, setFrom] = createSignal(String(props.modules[0]!.id))
  const [to, setTo] = createSignal(String(props.modules[1]!.id))
  const [kind, setKind] = createSignal<ArticulationKind>('articulated_credit')
  const [credits, setCredits] = createSignal('')
  const [description, setDescription] = createSignal(props.description)
  const [problem, setProblem] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  const choices = props.modules.map((m) => ({ value: String(m.id), label: `${m.code} ${m.title}` }))
  const codeOf = (id: string) => props.modules.find((m) => String(m.id) === id)?.code ?? id
  const save = async () => {
    setBusy(true)
    setProblem('')
    try {
      await data(client.articulations.$post({
        json: { fromModuleId: Number(from()), toModuleId: Number(to()), kind: kind(), credits: credits() === '' ? null : Number(credits()), description: description() },
      }))
      props.onDone(`Articulation from ${codeOf(from())} to ${codeOf(to())} added.`)
    } catch (error) {
      setProblem(problemText(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <ActionDialog id={props.id} title="Add an articulation" problem={problem()} busy={busy()} submitLabel="Add the articulation" onSubmit={() => void save()} onClose={() => props.onDone(null)}>
      <p class="hint">Learners who finish the first module earn credit for the second, so they do not repeat it.</p>
      <SelectField id={`${props.id}-from`} label="From (credit earned in)" choices={choices} value={from()} onChange={setFrom} />
      <SelectField id={`${props.id}-to`} label="To (credit granted for)" choices={choices} value={to()} onChange={setTo} />
      <SelectField id={`${props.id}-kind`} label="Kind" value={kind()} onChange={(v) => setKind(v as ArticulationKind)}
        choices={ARTICULATION_KINDS.map((k) => ({ value: k, label: ARTICULATION_KIND_LABELS[k] }))} />
      <div class="field">
        <label for={`${props.id}-credits`}>Credits (optional)</label>
        <input id={`${props.id}-credits`} type="number" min="0" max="200" step="0.5" inputmode="decimal" value={credits()} onInput={(e) => setCredits(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`${props.id}-description`}>Description</label>
        <textarea id={`${props.id}-description`} rows={2} maxLength={2000} value={description()} onInput={(e) => setDescription(e.currentTarget.value)} />
      </div>
    </ActionDialog>
  )
}
