// The builder's list: every basic skill the targets need above the entry level, by subject, the skills most
// occupational competencies need first. With `onChange`, each skill is a checkbox choosing it for the bridge.
import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import type { BridgePlan } from '../../api'
import { plural } from '../../lib/format'
import { codeList, subjectLabel } from './bridge-text'
import { NeededBy } from './NeededBy'
import { CompetencyCode } from '../CompetencyCode'
import { competencyHref } from '../../lib/links'

type Need = BridgePlan['groups'][number]['needs'][number]

type Props = {
  plan: BridgePlan
  // The skill ids chosen for the bridge; only read when choosing.
  chosen: readonly number[]
  onChange?: (skillIds: number[]) => void
}

// The skill's code links to it in its framework, except inside a checkbox's label (a link there would fight the box).
function SkillName(props: { need: Need; linked: boolean }) {
  return (
    <>
      <Show when={props.linked} fallback={<span class="code">{props.need.skill.code}</span>}>
        <CompetencyCode competency={props.need.skill} />
      </Show>{' '}
      {props.need.skill.statement}
    </>
  )
}

// The summary line, then one section per subject.
export function PlanList(props: Props) {
  const count = () => props.plan.groups.reduce((n, g) => n + g.needs.length, 0)
  const toggle = (id: number, on: boolean) => props.onChange?.(on ? [...props.chosen, id] : props.chosen.filter((chosen) => chosen !== id))
  const summary = () => {
    const { targets, entryLevel, metAtEntry } = props.plan
    const who = codeList(targets)
    if (!count() && !metAtEntry) return `The competencies of ${who} name no basic-skill requirement, so there is nothing to bridge.`
    const needs = targets.length === 1 ? 'needs' : 'need'
    const listed = count()
      ? `${who} ${needs} ${plural(count(), 'basic skill')} at or above level ${entryLevel.skillLevel}, where adults entering at ${entryLevel.code} work; the skills most occupational competencies need come first.`
      : `${who} ${needs} no basic skill at or above level ${entryLevel.skillLevel}, where adults entering at ${entryLevel.code} work.`
    return metAtEntry ? `${listed} They already meet ${plural(metAtEntry, 'other requirement')} (below level ${entryLevel.skillLevel}), not listed.` : listed
  }
  return (
    <>
      <p class="plan-summary">{summary()}</p>
      <For each={props.plan.groups}>
        {(group) => {
          const headingId = `plan-${group.subject ?? 'other'}`
          return (
            <section class="plan-group" aria-labelledby={headingId}>
              <h3 id={headingId}>
                {subjectLabel(group.subject)} <span class="plan-group-count">· {plural(group.needs.length, 'skill')}</span>
              </h3>
              <ul class="plain-list plan-needs" aria-labelledby={headingId}>
                <For each={group.needs}>
                  {(need) => (
                    <li class="plan-need">
                      <Show
                        when={props.onChange}
                        fallback={
                          <p class="plan-skill">
                            <SkillName need={need} linked />
                          </p>
                        }
                      >
                        <label class="plan-skill">
                          <input
                            type="checkbox"
                            checked={props.chosen.includes(need.skill.id)}
                            onChange={(event) => toggle(need.skill.id, event.currentTarget.checked)}
                          />{' '}
                          <SkillName need={need} linked={false} />
                        </label>
                      </Show>
                      <p class="plan-level">
                        Required level: {need.requiredLevel ?? 'not stated'}
                        <Show when={props.onChange}>
                          {' · '}
                          <A href={competencyHref(need.skill.frameworkId, need.skill.id)}>
                            In its framework<span class="visually-hidden">: {need.skill.code}</span>
                          </A>
                        </Show>
                      </p>
                      <NeededBy competencies={need.neededBy} />
                    </li>
                  )}
                </For>
              </ul>
            </section>
          )
        }}
      </For>
    </>
  )
}
