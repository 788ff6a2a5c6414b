// Records that one competency needs a basic skill: pick the standard, choose the minimum level, add.
import { createSignal } from 'solid-js'
import type { CompetencyHit, CompetencySource } from '../../editor/competency-search'
import { LevelSelect } from './LevelSelect'
import { SkillPicker } from './SkillPicker'
import type { SkillLevel } from './requirement-model'

type Props = {
  id: string
  source: CompetencySource
  levels: readonly SkillLevel[]
  busy: boolean
  // Resolves true once saved, so the form can clear itself.
  onAdd: (skill: CompetencyHit, level: string | null) => Promise<boolean>
  onRefuse: (problem: string) => void
}

// A level the skill states itself is the natural default; anything off the scale falls back to none.
export const defaultLevel = (levels: readonly SkillLevel[], hit: CompetencyHit | null) =>
  hit?.level && levels.some((l) => l.code === hit.level) ? hit.level : null

// The add-a-requirement form.
export function AddRequirementForm(props: Props) {
  const [skill, setSkill] = createSignal<CompetencyHit | null>(null)
  const [level, setLevel] = createSignal<string | null>(null)
  const choose = (hit: CompetencyHit | null) => {
    setSkill(hit)
    if (hit) setLevel(defaultLevel(props.levels, hit))
  }
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const chosen = skill()
    if (!chosen) return props.onRefuse('Choose a basic skill first: type its code or words and pick it from the list.')
    if (await props.onAdd(chosen, level())) setSkill(null)
  }
  return (
    <form class="requirement-form" onSubmit={(event) => void submit(event)}>
      <h5 class="requirement-form-title">Add a basic skill</h5>
      <SkillPicker id={`${props.id}-skill`} source={props.source} chosen={skill()} onChoose={choose} />
      <div class="requirement-form-row">
        <LevelSelect id={`${props.id}-level`} label="Minimum level" levels={props.levels} value={level()} onChange={setLevel} />
        <button type="submit" class="button button-primary" disabled={props.busy}>
          Add requirement
        </button>
      </div>
    </form>
  )
}
