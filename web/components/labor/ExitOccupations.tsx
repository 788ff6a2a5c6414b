// The jobs each exit point of a pathway leads to: one occupation picker per module marked as an exit, in ladder
// order. Modules that are not exits name no jobs (the server drops them when a module stops being one).
import { For, Show } from 'solid-js'
import type { OccupationHit } from '../../lib/occupation-search'
import type { Placement } from '../authoring/PlacementsEditor'
import { OccupationPicker } from './OccupationPicker'

type Props = {
  placements: readonly Placement[]
  search: (q: string) => Promise<OccupationHit[]>
  // Messages by the placement's index in `placements`.
  errors: (index: number) => string | undefined
  onChange: (index: number, occupations: OccupationHit[]) => void
}

// The exit occupations editor.
export function ExitOccupations(props: Props) {
  const exits = () => props.placements.flatMap((p, index) => (p.isExit ? [{ p, index }] : []))
  return (
    <Show when={exits().length} fallback={<p class="empty">Mark a module above as an exit point to name the jobs it leads to.</p>}>
      <div class="exit-occupations">
        <For each={exits()}>
          {({ p, index }) => (
            <OccupationPicker
              id={`exit-${p.moduleId}-occupations`}
              legend={`Jobs after ${p.code} ${p.title} (stage ${p.stage})`}
              chosen={p.occupations}
              search={props.search}
              error={props.errors(index)}
              onChange={(list) => props.onChange(index, list)}
            />
          )}
        </For>
      </div>
    </Show>
  )
}
