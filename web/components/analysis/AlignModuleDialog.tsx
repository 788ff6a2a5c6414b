// "Align a module to this competency": a choice among the pathway's modules, by stage, and a depth; saving adds
// the alignment to the chosen module as a whole (or sets its depth there), through the module's own update.
import { createResource, createSignal, For, Show } from 'solid-js'
import { DEPTH_LABELS, DEPTHS, type Depth } from '../../../shared/domain/vocabulary'
import { client, data } from '../../api'
import { problemText } from '../../lib/form'
import { SelectField } from '../Fields'
import { ActionDialog } from './ActionDialog'

type Props = {
  id: string
  slug: string
  competency: { id: number; code: string; title: string }
  onDone: (saved: string | null) => void
}

// Adds (or re-depths) the module-level alignment, sending the module's other alignments as they are.
async function alignModule(moduleId: number, competencyId: number, depth: Depth) {
  const module = await data(client.modules[':id'].$get({ param: { id: String(moduleId) } }))
  const others = module.alignments.filter((a) => a.competencyId !== competencyId).map((a) => ({ competencyId: a.competencyId, depth: a.depth, assessed: a.assessed }))
  return data(client.modules[':id'].$patch({
    param: { id: String(moduleId) },
    json: { version: module.version, alignments: [...others, { competencyId, depth, assessed: false }] },
  }))
}

// The dialog; `onDone` gets what was saved, in words, or null when cancelled.
export function AlignModuleDialog(props: Props) {
  const [roadMap] = createResource(() => props.slug, (slug) => data(client.pathways[':slug'].$get({ param: { slug }, query: {} })))
  const [chosen, setChosen] = createSignal<{ id: number; code: string } | null>(null)
  const [depth, setDepth] = createSignal<Depth>('M')
  const [problem, setProblem] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  const save = async () => {
    const module = chosen()
    if (!module) return setProblem('Choose a module to align.')
    setBusy(true)
    setProblem('')
    try {
      await alignModule(module.id, props.competency.id, depth())
      props.onDone(`${module.code} now aligns to ${props.competency.code} at ${DEPTH_LABELS[depth()]}.`)
    } catch (error) {
      setProblem(problemText(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <ActionDialog id={props.id} title={`Align a module to ${props.competency.code}`} problem={problem()} busy={busy()} submitLabel="Align the module"
      onSubmit={() => void save()} onClose={() => props.onDone(null)}>
      <p class="hint">{props.competency.code}: {props.competency.title}</p>
      <fieldset class="module-choice">
        <legend>Module of the pathway</legend>
        <Show when={roadMap()} fallback={<p role="status">{roadMap.error ? problemText(roadMap.error) : 'Loading the modules of the pathway…'}</p>}>
          {(map) => (
            <For each={map().stages}>
              {(stage) => (
                <Show when={stage.modules.length}>
                  <p class="module-choice-stage">Stage {stage.stage}</p>
                  <ul class="plain-list">
                    <For each={stage.modules}>
                      {(m) => (
                        <li>
                          <label>
                            <input type="radio" name={`${props.id}-module`} value={m.id} checked={chosen()?.id === m.id} onChange={() => setChosen({ id: m.id, code: m.code })} />{' '}
                            <span class="code">{m.code}</span> {m.title}
                          </label>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              )}
            </For>
          )}
        </Show>
      </fieldset>
      <SelectField id={`${props.id}-depth`} label="Depth" value={depth()} onChange={(v) => setDepth(v as Depth)}
        choices={DEPTHS.map((d) => ({ value: d, label: DEPTH_LABELS[d] }))} />
    </ActionDialog>
  )
}
