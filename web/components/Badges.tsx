// Small labelled badges for levels, module kinds, depths and markers: the text says it all, colour only helps.
import type { JSX } from 'solid-js'
import {
  DEPTH_LABELS,
  LEVEL_LABELS,
  MODULE_KIND_LABELS,
  type Depth,
  type Level,
  type ModuleKind,
} from '../../shared/domain/vocabulary'

// The education level of a module, e.g. "Adult education".
export function LevelBadge(props: { level: Level }) {
  return <span class="badge badge-level">{LEVEL_LABELS[props.level]}</span>
}

// The kind of a module, e.g. "Bridge"; bridges and integrated modules have their own border style.
export function ModuleKindBadge(props: { kind: ModuleKind }) {
  return <span class={`badge badge-kind badge-${props.kind}`}>{MODULE_KIND_LABELS[props.kind]}</span>
}

// An alignment depth as letter and word, e.g. "M · Mastered".
export function DepthBadge(props: { depth: Depth }) {
  return (
    <span class={`badge badge-depth badge-depth-${props.depth}`}>
      <span aria-hidden="true">{props.depth} · </span>
      {DEPTH_LABELS[props.depth]}
    </span>
  )
}

// A plain marker such as "Entry point".
export function MarkerBadge(props: { children: JSX.Element }) {
  return <span class="badge badge-marker">{props.children}</span>
}
