// The road map drawn: levels as bands, stages as columns, modules and credentials as boxes, arrows for
// prerequisites, earning, stacking and articulations (layout in web/lib/road-map-layout.ts). A picture only: the
// ladder list beside it says the same in words, so the drawing is hidden from screen readers (which also spares
// axe a contrast check of every label) and a sentence points them to the list.
import { createMemo, For, Show } from 'solid-js'
import type { RoadMap } from '../../api'
import { layoutInputOf } from '../../lib/road-map-input'
import { LAYOUT, layoutRoadMap, type EdgeKind } from '../../lib/road-map-layout'

const EDGE_LABELS: Record<EdgeKind, string> = {
  prerequisite: 'Prerequisite: take this first',
  earns: 'Earns the credential',
  stacking: 'Stacks into the next credential',
  articulation: 'Earns credit toward (articulation)',
}

export function RoadMapPicture(props: { roadMap: RoadMap; listId: string }) {
  const layout = createMemo(() => layoutRoadMap(layoutInputOf(props.roadMap)))
  const moduleCount = () => layout().nodes.filter((n) => n.kind === 'module').length
  const text = (x: number, y: number) => ({ x: String(x), y: String(y) })
  return (
    <figure class="roadmap-picture">
      <p class="visually-hidden roadmap-picture-summary">
        Picture of the road map: {props.roadMap.stages.length} stages, {moduleCount()} modules. The list "The ladder, stage
        by stage" says the same in words.
      </p>
      <div class="roadmap-picture-frame">
        <svg viewBox={`0 0 ${layout().width} ${layout().height}`} width={layout().width} aria-hidden="true">
          <defs>
            <For each={Object.keys(EDGE_LABELS)}>
              {(kind) => (
                <marker id={`arrow-${kind}`} class={`edge-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                  <path d="M0,0 L10,5 L0,10 z" />
                </marker>
              )}
            </For>
          </defs>
          <For each={layout().bands}>
            {(band) => (
              <g class={`band band-${band.key}`}>
                <rect x="0" y={band.y} width={layout().width} height={band.height} />
                <text {...text(8, band.y + band.height / 2)} class="band-label" dominant-baseline="middle">
                  {band.label}
                </text>
              </g>
            )}
          </For>
          <For each={layout().stages}>
            {(stage) => (
              <text {...text(stage.x + stage.width / 2, 20)} class="stage-label" text-anchor="middle">
                Stage {stage.stage}
              </text>
            )}
          </For>
          <For each={layout().edges}>
            {(edge) => <path d={edge.path} class={`edge edge-${edge.kind}`} marker-end={`url(#arrow-${edge.kind})`} />}
          </For>
          <For each={layout().nodes}>
            {(node) => (
              <g class={`node node-${node.kind}`} classList={{ 'node-entry': node.isEntry, 'node-exit': node.isExit }}>
                <rect x={node.x} y={node.y} width={node.width} height={node.height} rx="5" />
                <text {...text(node.x + LAYOUT.padding, node.y + LAYOUT.padding + 11)} class="node-label">
                  {node.label}
                </text>
                <For each={node.lines}>
                  {(line, i) => (
                    <text {...text(node.x + LAYOUT.padding, node.y + LAYOUT.padding + 11 + LAYOUT.lineHeight * (i() + 1))} class="node-title">
                      {line}
                    </text>
                  )}
                </For>
                <Show when={node.isEntry || node.isExit}>
                  <text {...text(node.x + LAYOUT.padding, node.y + node.height - LAYOUT.padding - 3)} class="node-marker">
                    {[node.isEntry && '▶ Entry point', node.isExit && 'Exit to a job ➜'].filter(Boolean).join('  ')}
                  </text>
                </Show>
              </g>
            )}
          </For>
        </svg>
      </div>
      <figcaption>
        <ul class="roadmap-legend" aria-hidden="true">
          <For each={Object.entries(EDGE_LABELS)}>
            {([kind, label]) => (
              <li>
                <svg width="36" height="10" aria-hidden="true">
                  <line x1="0" y1="5" x2="34" y2="5" class={`edge edge-${kind}`} />
                </svg>
                {label}
              </li>
            )}
          </For>
        </ul>
        <p class="roadmap-picture-narrow">
          On a narrow screen the picture is small: <a href={`#${props.listId}`}>read the ladder as a list</a>, or turn the
          screen sideways.
        </p>
      </figcaption>
    </figure>
  )
}
