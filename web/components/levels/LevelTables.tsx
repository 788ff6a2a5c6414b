// Both level scales, read-only: the basic-skill levels lowest first, then the Educational Functioning Levels
// with the basic-skill level each works at.
import { For } from 'solid-js'
import { ENTRY_LEVEL_SCALE_LABELS } from '../../../shared/domain/vocabulary'
import type { SkillLevelScales } from '../../api'

export function LevelTables(props: { scales: SkillLevelScales }) {
  const labelOf = (code: string) => props.scales.skillLevels.find((l) => l.code === code)?.label
  return (
    <>
      <section aria-labelledby="skill-levels-heading">
        <h2 id="skill-levels-heading">Basic-skill levels</h2>
        <div class="table-wrap" role="region" aria-label="Basic-skill levels, lowest first" tabindex="0">
          <table class="level-table">
            <caption class="visually-hidden">Basic-skill levels, lowest first</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Label</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.scales.skillLevels}>
                {(level) => (
                  <tr>
                    <th scope="row" class="code">
                      {level.code}
                    </th>
                    <td>{level.label}</td>
                    <td>{level.description ?? ''}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="entry-levels-heading">
        <h2 id="entry-levels-heading">Educational Functioning Levels</h2>
        <div class="table-wrap" role="region" aria-label="Educational Functioning Levels" tabindex="0">
          <table class="level-table">
            <caption class="visually-hidden">Educational Functioning Levels, lowest first within each scale</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Scale</th>
                <th scope="col">Label</th>
                <th scope="col">Works at basic-skill level</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.scales.entryLevels}>
                {(level) => (
                  <tr>
                    <th scope="row" class="code">
                      {level.code}
                    </th>
                    <td>{ENTRY_LEVEL_SCALE_LABELS[level.scale]}</td>
                    <td>{level.label}</td>
                    <td>
                      <span class="badge badge-level">{level.skillLevel}</span> {labelOf(level.skillLevel)}
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </section>
    </>
  )
}
