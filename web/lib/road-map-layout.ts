// Where the road map's picture puts each box and arrow: stages left to right, education levels as bands (the
// ladder climbs upwards: apprenticeship on top, adult education at the bottom) and the credentials in a band above.
// dagre ranks the graph (each stage pinned to its own column by a chain of invisible anchors) and orders the boxes
// of each column to keep arrows from crossing; the boxes of a column are then stacked inside their band in dagre's
// order, so boxes never overlap and each sits in its level's band. Pure: no DOM, so it is unit-tested.
import dagre from '@dagrejs/dagre'
import { LEVEL_LABELS, type Level } from '../../shared/domain/vocabulary'

export type LayoutModule = { id: number; code: string; title: string; level: Level; stage: number; isEntry: boolean; isExit: boolean }
export type LayoutCredential = { id: number; title: string; moduleIds: readonly number[]; stacksInto: readonly number[] }
export type LayoutInput = {
  modules: readonly LayoutModule[]
  credentials: readonly LayoutCredential[]
  prerequisites: readonly { moduleId: number; prerequisiteId: number }[]
  articulations: readonly { fromModuleId: number | null; toModuleId: number }[]
}

export type EdgeKind = 'prerequisite' | 'earns' | 'stacking' | 'articulation'
export type Point = { x: number; y: number }
export type LaidNode = {
  key: string
  kind: 'module' | 'credential'
  id: number
  band: BandKey
  x: number // left
  y: number // top
  width: number
  height: number
  lines: string[] // the title, wrapped
  label: string // the code (module) or "Credential"
  isEntry: boolean
  isExit: boolean
}
export type LaidEdge = { kind: EdgeKind; from: string; to: string; path: string; end: Point }
export type BandKey = Level | 'credentials'
export type LaidBand = { key: BandKey; label: string; y: number; height: number }
export type LaidStage = { stage: number; x: number; width: number }
export type RoadMapLayout = { width: number; height: number; bands: LaidBand[]; stages: LaidStage[]; nodes: LaidNode[]; edges: LaidEdge[] }

// Bands from the top of the picture down: the ladder's top first, the credentials it earns above everything.
const BANDS_TOP_DOWN: readonly BandKey[] = ['credentials', 'apprenticeship', 'postsecondary', 'secondary', 'adult']
const BAND_LABELS: Record<BandKey, string> = { ...LEVEL_LABELS, credentials: 'Credentials' }

export const LAYOUT = {
  nodeWidth: 168,
  lineHeight: 15,
  charsPerLine: 24,
  maxLines: 3,
  padding: 8,
  gap: 12, // between boxes stacked in one cell
  bandPadding: 14,
  bandLabelWidth: 112,
  stageHeaderHeight: 30,
  columnGap: 56,
} as const

// Breaks a title into at most maxLines lines of about charsPerLine characters, the last cut with an ellipsis.
export function wrapTitle(title: string, chars: number = LAYOUT.charsPerLine, maxLines: number = LAYOUT.maxLines): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (next.length <= chars || !line) line = next
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  const kept = lines.slice(0, maxLines).map((l) => (l.length > chars ? `${l.slice(0, chars - 1)}…` : l))
  if (lines.length > maxLines) kept[maxLines - 1] = `${(kept[maxLines - 1] as string).slice(0, chars - 1)}…`
  return kept
}

function nodeHeight(lines: number, markers: boolean): number {
  // Label line, title lines, and a line for the entry/exit markers when there are any.
  return LAYOUT.padding * 2 + LAYOUT.lineHeight * (1 + lines + (markers ? 1 : 0))
}

const moduleKey = (id: number) => `m${id}`
const credentialKey = (id: number) => `c${id}`

// The dagre pass: ranks (columns) and the order of boxes within each column.
function rankAndOrder(input: LayoutInput, stages: number[], nodes: Map<string, LaidNode>) {
  const g = new dagre.graphlib.Graph({ multigraph: true })
  g.setGraph({ rankdir: 'LR', nodesep: LAYOUT.gap, ranksep: LAYOUT.columnGap / 2 })
  g.setDefaultEdgeLabel(() => ({}))
  const stageIndex = new Map(stages.map((stage, index) => [stage, index]))
  // Anchors a0..aN: stage i's modules sit between a_i and a_(i+1), exactly one rank after a_i.
  for (let i = 0; i <= stages.length; i++) g.setNode(`a${i}`, { width: 0, height: 0 })
  for (let i = 0; i < stages.length; i++) g.setEdge(`a${i}`, `a${i + 1}`, { minlen: 2, weight: 100 }, 'chain')
  for (const node of nodes.values()) g.setNode(node.key, { width: node.width, height: node.height })
  const stageOfModule = new Map(input.modules.map((m) => [m.id, stageIndex.get(m.stage) as number]))
  for (const m of input.modules) {
    const i = stageOfModule.get(m.id) as number
    g.setEdge(`a${i}`, moduleKey(m.id), { minlen: 1, weight: 0 }, 'pin')
    g.setEdge(moduleKey(m.id), `a${i + 1}`, { minlen: 1, weight: 0 }, 'pin')
  }
  // Only edges that move forward a stage help the ordering; others would fight the pinned columns.
  const forward = (from: number, to: number) => (stageOfModule.get(from) as number) < (stageOfModule.get(to) as number)
  for (const p of input.prerequisites) {
    if (forward(p.prerequisiteId, p.moduleId)) g.setEdge(moduleKey(p.prerequisiteId), moduleKey(p.moduleId), { minlen: 2, weight: 2 }, 'p')
  }
  for (const a of input.articulations) {
    if (a.fromModuleId !== null && nodes.has(moduleKey(a.fromModuleId)) && forward(a.fromModuleId, a.toModuleId)) {
      g.setEdge(moduleKey(a.fromModuleId), moduleKey(a.toModuleId), { minlen: 2, weight: 1 }, 'a')
    }
  }
  // A credential sits in the column of the latest module that earns it (or after what stacks into it), pinned likewise.
  const credentialStage = credentialStages(input, stageOfModule)
  for (const c of input.credentials) {
    const i = credentialStage.get(c.id) as number
    g.setEdge(`a${i}`, credentialKey(c.id), { minlen: 1, weight: 0 }, 'pin')
    g.setEdge(credentialKey(c.id), `a${i + 1}`, { minlen: 1, weight: 0 }, 'pin')
  }
  dagre.layout(g)
  // Dagre's y within a column is the order to keep.
  const order = new Map<string, number>()
  for (const key of nodes.keys()) order.set(key, g.node(key).y as number)
  return { order, columnOf: (node: LaidNode) => (node.kind === 'module' ? stageOfModule.get(node.id) : credentialStage.get(node.id)) as number }
}

// The column of each credential: that of the latest module earning it; one reached only by stacking goes one column
// after the latest credential stacking into it (capped at the last column).
function credentialStages(input: LayoutInput, stageOfModule: Map<number, number>): Map<number, number> {
  const last = Math.max(0, ...stageOfModule.values())
  const column = new Map<number, number>()
  for (const c of input.credentials) {
    const earned = c.moduleIds.map((id) => stageOfModule.get(id)).filter((i): i is number => i !== undefined)
    if (earned.length) column.set(c.id, Math.max(...earned))
  }
  // Stacked-only credentials, climbing at most as many times as there are credentials (a loop cannot run away).
  for (let round = 0; round < input.credentials.length; round++) {
    for (const c of input.credentials) {
      const from = column.get(c.id)
      if (from === undefined) continue
      for (const to of c.stacksInto) {
        const target = input.credentials.find((x) => x.id === to)
        if (target && !target.moduleIds.some((id) => stageOfModule.has(id))) column.set(to, Math.max(column.get(to) ?? 0, Math.min(last, from + 1)))
      }
    }
  }
  for (const c of input.credentials) if (!column.has(c.id)) column.set(c.id, last)
  return column
}

// An arrow from the right side of one box to the left side of another, curving; when the target is not to the
// right (same column), a bow out to the right of both.
function edgePath(from: LaidNode, to: LaidNode): { path: string; end: Point } {
  const start = { x: from.x + from.width, y: from.y + from.height / 2 }
  if (to.x > from.x + from.width) {
    const end = { x: to.x, y: to.y + to.height / 2 }
    const bend = (end.x - start.x) / 2
    return { path: `M${start.x},${start.y} C${start.x + bend},${start.y} ${end.x - bend},${end.y} ${end.x},${end.y}`, end }
  }
  const end = { x: to.x + to.width, y: to.y + to.height / 2 }
  const reach = Math.max(start.x, end.x) + LAYOUT.columnGap / 2 - 6
  return { path: `M${start.x},${start.y} C${reach},${start.y} ${reach},${end.y} ${end.x},${end.y}`, end }
}

export function layoutRoadMap(input: LayoutInput): RoadMapLayout {
  const stages = [...new Set(input.modules.map((m) => m.stage))].sort((a, b) => a - b)
  const nodes = new Map<string, LaidNode>()
  for (const m of input.modules) {
    const lines = wrapTitle(m.title)
    nodes.set(moduleKey(m.id), {
      key: moduleKey(m.id), kind: 'module', id: m.id, band: m.level, x: 0, y: 0, width: LAYOUT.nodeWidth,
      height: nodeHeight(lines.length, m.isEntry || m.isExit), lines, label: m.code, isEntry: m.isEntry, isExit: m.isExit,
    })
  }
  for (const c of input.credentials) {
    const lines = wrapTitle(c.title)
    nodes.set(credentialKey(c.id), {
      key: credentialKey(c.id), kind: 'credential', id: c.id, band: 'credentials', x: 0, y: 0, width: LAYOUT.nodeWidth,
      height: nodeHeight(lines.length, false), lines, label: 'Credential', isEntry: false, isExit: false,
    })
  }
  if (!stages.length) return { width: 0, height: 0, bands: [], stages: [], nodes: [], edges: [] }
  const { order, columnOf } = rankAndOrder(input, stages, nodes)

  // Cells: band × column, each a stack of boxes in dagre's order.
  const cells = new Map<string, LaidNode[]>()
  for (const node of nodes.values()) {
    const cell = `${node.band}|${columnOf(node)}`
    cells.set(cell, [...(cells.get(cell) ?? []), node])
  }
  for (const stack of cells.values()) stack.sort((a, b) => (order.get(a.key) as number) - (order.get(b.key) as number))
  const stackHeight = (stack: LaidNode[]) => stack.reduce((sum, n) => sum + n.height, 0) + LAYOUT.gap * (stack.length - 1)

  const columnWidth = LAYOUT.nodeWidth + LAYOUT.columnGap
  const laidStages = stages.map((stage, i) => ({ stage, x: LAYOUT.bandLabelWidth + i * columnWidth, width: columnWidth }))
  const bands: LaidBand[] = []
  let top = LAYOUT.stageHeaderHeight
  for (const band of BANDS_TOP_DOWN) {
    const stacks = stages.map((_, i) => cells.get(`${band}|${i}`) ?? [])
    if (!stacks.some((s) => s.length)) continue
    const height = Math.max(...stacks.map(stackHeight)) + LAYOUT.bandPadding * 2
    stacks.forEach((stack, i) => {
      let y = top + (height - stackHeight(stack)) / 2
      for (const node of stack) {
        node.x = (laidStages[i] as LaidStage).x + LAYOUT.columnGap / 2
        node.y = y
        y += node.height + LAYOUT.gap
      }
    })
    bands.push({ key: band, label: BAND_LABELS[band], y: top, height })
    top += height
  }

  const edges: LaidEdge[] = []
  const add = (kind: EdgeKind, fromKey: string, toKey: string) => {
    const from = nodes.get(fromKey)
    const to = nodes.get(toKey)
    if (from && to && from !== to) edges.push({ kind, from: fromKey, to: toKey, ...edgePath(from, to) })
  }
  for (const p of input.prerequisites) add('prerequisite', moduleKey(p.prerequisiteId), moduleKey(p.moduleId))
  for (const c of input.credentials) {
    for (const id of c.moduleIds) add('earns', moduleKey(id), credentialKey(c.id))
    for (const id of c.stacksInto) add('stacking', credentialKey(c.id), credentialKey(id))
  }
  for (const a of input.articulations) if (a.fromModuleId !== null) add('articulation', moduleKey(a.fromModuleId), moduleKey(a.toModuleId))

  return { width: LAYOUT.bandLabelWidth + stages.length * columnWidth, height: top, bands, stages: laidStages, nodes: [...nodes.values()], edges }
}
