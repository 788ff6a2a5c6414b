// An area's assessable competencies with the basic skills each needs; people who may choose some (or all), one
// basic skill and a level, and add it to or remove it from all of them at once.
import { createEffect, createSignal, For, Show } from 'solid-js'
import type { RequirementsBulkInput } from '../../../shared/schemas/framework'
import type { CompetencyNode, Requirement, RequirementsEdit } from '../../api'
import type { CompetencyHit, CompetencySource } from '../../editor/competency-search'
import { defaultLevel } from './AddRequirementForm'
import { createEditState } from './edit-state'
import { EditFeedback } from './EditFeedback'
import { LevelSelect } from './LevelSelect'
import { SkillPicker } from './SkillPicker'
import { needsOf, type SkillLevel } from './requirement-model'

type Props = {
  area: CompetencyNode
  items: readonly CompetencyNode[]
  requirements: readonly Requirement[]
  levels: readonly SkillLevel[]
  mayEdit: boolean
  source: CompetencySource
  onEdit: (input: RequirementsBulkInput) => Promise<RequirementsEdit>
}

// The bulk editor of one area.
export function BulkRequirementEditor(props: Props) {
  const [selected, setSelected] = createSignal<ReadonlySet<number>>(new Set())
  const [skill, setSkill] = createSignal<CompetencyHit | null>(null)
  const [level, setLevel] = createSignal<string | null>(null)
  const state = createEditState()
  const prefix = `bulk-${props.area.id}`
  const all = () => props.items.length > 0 && props.items.every((i) => selected().has(i.id))
  let selectAll: HTMLInputElement | undefined
  createEffect(() => {
    if (selectAll) selectAll.indeterminate = selected().size > 0 && !all()
  })

  const toggle = (id: number, on: boolean) => {
    const next = new Set(selected())
    if (on) next.add(id)
    else next.delete(id)
    setSelected(next)
  }
  const choose = (hit: CompetencyHit | null) => {
    setSkill(hit)
    if (hit) setLevel(defaultLevel(props.levels, hit))
  }
  const apply = (action: RequirementsBulkInput['action']) => {
    const chosen = skill()
    if (!selected().size) return state.refuse('Select at least one competency first.')
    if (!chosen) return state.refuse('Choose a basic skill first: type its code or words and pick it from the list.')
    // Keep the order of the area, whatever order the boxes were ticked in.
    const competencyIds = props.items.filter((i) => selected().has(i.id)).map((i) => i.id)
    void state.run(() => props.onEdit({ competencyIds, skillId: chosen.id, minLevel: level(), action }))
  }

  return (
    <section class="bulk-requirements" aria-labelledby={`${prefix}-heading`}>
      <h4 id={`${prefix}-heading`}>Basic skills across this area</h4>
      <Show when={props.items.length} fallback={<p class="empty">This area has no competencies yet.</p>}>
        <fieldset class="bulk-items">
          <legend>
            {props.mayEdit ? 'Choose competencies' : 'Competencies'} of {props.area.code} ({props.items.length})
          </legend>
          <Show when={props.mayEdit}>
            <p class="bulk-all">
              <input
                id={`${prefix}-all`}
                ref={selectAll}
                type="checkbox"
                checked={all()}
                onChange={(event) => setSelected(new Set(event.currentTarget.checked ? props.items.map((i) => i.id) : []))}
              />{' '}
              <label for={`${prefix}-all`}>Select all</label>
            </p>
          </Show>
          <ul class="bulk-list">
            <For each={props.items}>
              {(item) => (
                <li class="bulk-item">
                  <Show when={props.mayEdit}>
                    <input
                      id={`${prefix}-item-${item.id}`}
                      type="checkbox"
                      checked={selected().has(item.id)}
                      aria-describedby={`${prefix}-needs-${item.id}`}
                      onChange={(event) => toggle(item.id, event.currentTarget.checked)}
                    />
                  </Show>
                  <label for={props.mayEdit ? `${prefix}-item-${item.id}` : undefined}>
                    <span class="code">{item.code}</span> <span class="bulk-statement">{item.statement}</span>
                  </label>
                  <div class="bulk-needs" id={`${prefix}-needs-${item.id}`}>
                    <ItemNeeds needs={needsOf(props.requirements, item.id)} />
                  </div>
                </li>
              )}
            </For>
          </ul>
        </fieldset>
        <Show when={props.mayEdit}>
          <div class="bulk-controls">
            <SkillPicker id={`${prefix}-skill`} source={props.source} chosen={skill()} onChoose={choose} />
            <LevelSelect id={`${prefix}-level`} label="Minimum level" levels={props.levels} value={level()} onChange={setLevel} />
            <p class="bulk-actions">
              <button type="button" class="button button-primary" disabled={state.busy()} onClick={() => apply('add')}>
                Add to selected ({selected().size})
              </button>
              <button type="button" class="button button-remove" disabled={state.busy()} onClick={() => apply('remove')}>
                Remove from selected ({selected().size})
              </button>
            </p>
            <EditFeedback state={state} />
          </div>
        </Show>
      </Show>
    </section>
  )
}

function ItemNeeds(props: { needs: readonly Requirement[] }) {
  return (
    <Show when={props.needs.length} fallback={<span class="muted">No basic skills recorded</span>}>
      Needs{' '}
      <ul class="inline-list">
        <For each={props.needs}>
          {(r) => (
            <li>
              <span class="code">{r.toCode}</span>
              {r.minLevel ? ` (level ${r.minLevel})` : ''}
            </li>
          )}
        </For>
      </ul>
    </Show>
  )
}
