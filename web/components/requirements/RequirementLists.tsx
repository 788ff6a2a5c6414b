// The two sides of basic-skill requirements: the skills a competency needs (editable by those who may), and the
// competencies that need a basic skill. Each entry links to its place on its framework's page.
import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import type { Requirement } from '../../api'
import { LevelSelect } from './LevelSelect'
import { competencyHref, type SkillLevel } from './requirement-model'

type NeedsProps = {
  needs: readonly Requirement[]
  levels: readonly SkillLevel[]
  mayEdit: boolean
  busy: boolean
  onChangeLevel: (requirement: Requirement, level: string | null) => void
  onRemove: (requirement: Requirement) => void
}

// "Needs these basic skills": code, statement and level of each.
export function NeedsList(props: NeedsProps) {
  return (
    <Show when={props.needs.length} fallback={<p class="empty">No basic skills recorded yet.</p>}>
      <ul class="requirement-list">
        <For each={props.needs}>
          {(r) => (
            <li class="requirement-item">
              <p class="requirement-name">
                <A class="code" href={competencyHref(r.toFrameworkId, r.toId)}>
                  {r.toCode}
                </A>{' '}
                {r.toStatement}
              </p>
              <div class="requirement-level">
                <Show when={props.mayEdit} fallback={<span class="badge badge-level">{levelText(r.minLevel)}</span>}>
                  <LevelSelect
                    id={`requirement-${r.id}-level`}
                    label={`Minimum level of ${r.toCode}`}
                    compact
                    levels={props.levels}
                    value={r.minLevel}
                    onChange={(level) => props.onChangeLevel(r, level)}
                  />
                  <button
                    type="button"
                    class="button button-small button-remove"
                    aria-label={`Remove ${r.toCode}`}
                    disabled={props.busy}
                    onClick={() => props.onRemove(r)}
                  >
                    Remove
                  </button>
                </Show>
              </div>
            </li>
          )}
        </For>
      </ul>
    </Show>
  )
}

// "Needed by": the competencies that require this basic skill, with the level each needs.
export function NeededByList(props: { requirements: readonly Requirement[] }) {
  return (
    <Show when={props.requirements.length} fallback={<p class="empty">No competency records that it needs this standard yet.</p>}>
      <ul class="requirement-list">
        <For each={props.requirements}>
          {(r) => (
            <li class="requirement-item">
              <p class="requirement-name">
                <A class="code" href={competencyHref(r.fromFrameworkId, r.fromId)}>
                  {r.fromCode}
                </A>{' '}
                {r.fromStatement}
                <span class="competency-path">{r.fromFrameworkTitle}</span>
              </p>
              <div class="requirement-level">
                <span class="badge badge-level">{levelText(r.minLevel)}</span>
              </div>
            </li>
          )}
        </For>
      </ul>
    </Show>
  )
}

const levelText = (code: string | null) => (code === null ? 'Any level' : `Level ${code}`)
