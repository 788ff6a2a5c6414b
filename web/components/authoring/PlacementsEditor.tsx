// The modules of a pathway on the stages of its ladder: stage, order within the stage, entry and exit points;
// modules are added by searching and removed by a button. The list stays sorted by stage.
import { createSignal, For, Index, Show } from 'solid-js'
import { LEVEL_LABELS, type Level } from '../../../shared/domain/vocabulary'

// `occupations`: the jobs an exit point leads to (edited beside the table, by ExitOccupations).
export type Placement = {
  moduleId: number
  code: string
  title: string
  level: Level
  stage: number
  isEntry: boolean
  isExit: boolean
  occupations: { socCode: string; title: string }[]
}
export type PlaceableModule = { id: number; code: string; title: string; level: Level }

type Props = {
  placements: readonly Placement[]
  modules: readonly PlaceableModule[]
  onChange: (placements: Placement[]) => void
}

const MAX_STAGE = 20
const byStage = (list: Placement[]) => list.map((p, i) => [p, i] as const).sort((a, b) => a[0].stage - b[0].stage || a[1] - b[1]).map(([p]) => p)

// The placements editor.
export function PlacementsEditor(props: Props) {
  let table!: HTMLTableSectionElement
  const [find, setFind] = createSignal('')
  const [announcement, setAnnouncement] = createSignal('')
  const lastStage = () => Math.max(1, ...props.placements.map((p) => p.stage))
  const stages = () => Array.from({ length: Math.min(MAX_STAGE, lastStage() + 1) }, (_, i) => i + 1)

  // A module given another stage goes to the end of that stage.
  const set = (index: number, change: Partial<Placement>) => {
    const changed = { ...props.placements[index]!, ...change }
    const others = props.placements.filter((_, i) => i !== index)
    props.onChange(byStage(change.stage === undefined ? props.placements.map((p, i) => (i === index ? changed : p)) : [...others, changed]))
  }
  // Swaps with the neighbour in the same stage; focus stays on the button pressed, now on the moved row.
  const move = (index: number, delta: -1 | 1, button: HTMLButtonElement) => {
    const list = [...props.placements]
    const other = index + delta
    if (list[other]?.stage !== list[index]!.stage) return
    ;[list[index], list[other]] = [list[other]!, list[index]!]
    props.onChange(list)
    setAnnouncement(`${list[other]!.code} moved to position ${other + 1}.`)
    const action = button.dataset.action
    queueMicrotask(() => table.querySelector<HTMLButtonElement>(`tr:nth-child(${other + 1}) [data-action="${action}"]`)?.focus())
  }
  const remove = (index: number) => {
    const gone = props.placements[index]!
    props.onChange(props.placements.filter((_, i) => i !== index))
    setAnnouncement(`${gone.code} removed from the pathway.`)
  }
  const add = (module: PlaceableModule) => {
    props.onChange(byStage([...props.placements, { moduleId: module.id, code: module.code, title: module.title, level: module.level, stage: 1, isEntry: false, isExit: false, occupations: [] }]))
    setAnnouncement(`${module.code} added at stage 1.`)
    setFind('')
  }
  const found = () => {
    const words = find().toLowerCase().split(/\s+/).filter(Boolean)
    if (!words.length) return []
    const placed = new Set(props.placements.map((p) => p.moduleId))
    return props.modules.filter((m) => !placed.has(m.id) && words.every((w) => `${m.code} ${m.title}`.toLowerCase().includes(w))).slice(0, 8)
  }
  const sameStage = (index: number, delta: number) => props.placements[index + delta]?.stage === props.placements[index]!.stage

  return (
    <div class="placements-editor">
      <Show when={props.placements.length} fallback={<p class="empty">No modules placed yet.</p>}>
        <div class="table-wrap">
          <table class="placement-table">
            <caption class="visually-hidden">Modules of the pathway by stage</caption>
            <thead>
              <tr>
                <th scope="col">Module</th>
                <th scope="col">Stage</th>
                <th scope="col">Entry point</th>
                <th scope="col">Exit point</th>
                <th scope="col">Order and removal</th>
              </tr>
            </thead>
            <tbody ref={table}>
              <Index each={props.placements}>
                {(p, i) => (
                  <tr>
                    <th scope="row">
                      <span class="code">{p().code}</span> {p().title} <span class="muted">({LEVEL_LABELS[p().level]})</span>
                    </th>
                    <td>
                      <select aria-label={`Stage of ${p().code}`} value={p().stage} onChange={(e) => set(i, { stage: Number(e.currentTarget.value) })}>
                        <For each={stages()}>{(stage) => <option value={stage}>Stage {stage}</option>}</For>
                      </select>
                    </td>
                    <td>
                      <input type="checkbox" aria-label={`${p().code} is an entry point`} checked={p().isEntry} onChange={(e) => set(i, { isEntry: e.currentTarget.checked })} />
                    </td>
                    <td>
                      <input type="checkbox" aria-label={`${p().code} is an exit point`} checked={p().isExit} onChange={(e) => set(i, { isExit: e.currentTarget.checked })} />
                    </td>
                    <td class="row-actions">
                      <button type="button" class="button button-quiet" data-action="up" disabled={!sameStage(i, -1)} onClick={(e) => move(i, -1, e.currentTarget)}>
                        Move up<span class="visually-hidden"> {p().code}</span>
                      </button>
                      <button type="button" class="button button-quiet" data-action="down" disabled={!sameStage(i, 1)} onClick={(e) => move(i, 1, e.currentTarget)}>
                        Move down<span class="visually-hidden"> {p().code}</span>
                      </button>
                      <button type="button" class="button button-quiet button-danger" onClick={() => remove(i)}>
                        Remove<span class="visually-hidden"> {p().code}</span>
                      </button>
                    </td>
                  </tr>
                )}
              </Index>
            </tbody>
          </table>
        </div>
      </Show>
      <div class="field">
        <label for="placement-find">Add a module</label>
        <input id="placement-find" type="search" autocomplete="off" value={find()} aria-describedby="placement-find-hint" onInput={(e) => setFind(e.currentTarget.value)} />
        <p class="hint" id="placement-find-hint">
          Type part of a code or title; matching modules appear below with an Add button.
        </p>
      </div>
      <ul class="plain-list">
        <For each={found()}>
          {(m) => (
            <li>
              <button type="button" class="button button-quiet" onClick={() => add(m)}>
                Add <span class="code">{m.code}</span> {m.title}
              </button>
            </li>
          )}
        </For>
      </ul>
      <p class="visually-hidden" role="status">
        {announcement()}
      </p>
    </div>
  )
}
