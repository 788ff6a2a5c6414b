// What a person should look at about the scales: rows that use a level code not on them, and EFLs that work at
// a lower level than the one before them. None of it stops the scales from being saved.
import { For, Show } from 'solid-js'
import type { SkillLevelScales } from '../../api'

export function LevelWarnings(props: { warnings: SkillLevelScales['warnings'] }) {
  return (
    <Show when={props.warnings.length}>
      <section class="notice level-warnings" aria-labelledby="level-warnings-heading">
        <h2 id="level-warnings-heading">Worth checking</h2>
        <p>
          None of these stops the levels from being used. Where rows keep a code the scales do not list, change
          those rows or put the code back on the scale.
        </p>
        <ul>
          <For each={props.warnings}>{(warning) => <li>{warning.message}.</li>}</For>
        </ul>
      </section>
    </Show>
  )
}
