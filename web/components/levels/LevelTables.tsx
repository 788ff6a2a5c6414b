// Both level scales, read-only: the basic-skill levels lowest first, then the Educational Functioning Levels
// with the basic-skill level each works at.
import { For } from 'solid-js'
import { ENTRY_LEVEL_SCALE_LABELS } from '../../../shared/domain/vocabulary'
import type { SkillLevelScales } from '../../api'
import { LevelTable } from './LevelTable'

export function LevelTables(props: { scales: SkillLevelScales }) {
  const labelOf = (code: string) => props.scales.skillLevels.find((l) => l.code === code)?.label
  return (
    <>
      <section aria-labelledby="skill-levels-heading">
        <h2 id="skill-levels-heading">Basic-skill levels</h2>
        <LevelTable caption="Basic-skill levels, lowest first" region="Basic-skill levels, lowest first" columns={['Code', 'Label', 'Description']}>
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
        </LevelTable>
      </section>
      <section aria-labelledby="entry-levels-heading">
        <h2 id="entry-levels-heading">Educational Functioning Levels</h2>
        <LevelTable
          caption="Educational Functioning Levels, lowest first within each scale"
          region="Educational Functioning Levels"
          columns={['Code', 'Scale', 'Label', 'Works at basic-skill level']}
        >
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
        </LevelTable>
      </section>
    </>
  )
}
