// Coverage at a glance: each basic skill a bridge's targets need, covered or not by what the bridge aligns to,
// said in words (the mark and colour only help), with a summary that is announced when it changes.
import { For, Show } from 'solid-js'
import type { BridgeCoverage } from '../../api'
import { codeList } from './bridge-text'
import { NeededBy } from './NeededBy'
import { CompetencyCode } from '../CompetencyCode'
import '../../styles/bridges.css'

type Item = BridgeCoverage['items'][number]

// What the bridge does about the skill's level, e.g. "Required level C; taught at level D".
function levelText(item: Item): string {
  const required = `Required level ${item.requiredLevel ?? 'not stated'}`
  if (item.reachedLevel === null) return item.covered ? `${required}; taught` : `${required}; not taught`
  return `${required}; taught ${item.covered ? 'at' : 'only at'} level ${item.reachedLevel}`
}

// The checklist section, for a bridge or integrated module that prepares for at least one module.
export function CoverageChecklist(props: { coverage: BridgeCoverage }) {
  const c = () => props.coverage
  const targets = () => codeList(c().targets)
  return (
    <section class="coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Coverage of what {targets()} {c().targets.length === 1 ? 'needs' : 'need'}</h2>
      <p class="muted">
        <Show
          when={c().entryLevel}
          fallback="No known entry level is set for this module, so every basic skill its targets need is listed."
        >
          {(entry) => `The basic skills ${targets()} ${c().targets.length === 1 ? 'needs' : 'need'} at or above level ${entry().skillLevel}, where adults entering at ${entry().code} work.`}
        </Show>
      </p>
      <p class="coverage-summary" role="status">
        {c().covered} of {c().items.length} basic {c().items.length === 1 ? 'skill' : 'skills'} covered
      </p>
      <Show when={c().items.length}>
        <ul class="plain-list coverage-list" aria-label={`Basic skills ${targets()} ${c().targets.length === 1 ? 'needs' : 'need'}`}>
          <For each={c().items}>
            {(item) => (
              <li class="coverage-item" classList={{ 'coverage-covered': item.covered, 'coverage-missing': !item.covered }}>
                <p class="coverage-state">
                  <span class="coverage-mark" aria-hidden="true">
                    {item.covered ? '✓' : '✗'}
                  </span>{' '}
                  {item.covered ? 'Covered' : 'Not covered'}
                  <span class="visually-hidden">:</span>
                </p>
                <div class="coverage-body">
                  <p class="coverage-skill">
                    <CompetencyCode competency={item.skill} /> {item.skill.statement}
                  </p>
                  <p class="coverage-level">{levelText(item)}</p>
                  <NeededBy competencies={item.neededBy} />
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}
