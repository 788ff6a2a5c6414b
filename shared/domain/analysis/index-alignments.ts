// The alignments of a pathway's own modules (a stray row of another module cannot cover anything), grouped
// for the rules. A statewide catalogue has half a million of them and five rules walk them competency by
// competency, so that grouping is columns rather than lists of rows: each competency's alignments are a run
// of positions, and a rule sweeps the run reading arrays in order in memory, instead of chasing rows
// scattered in load order and looking up each one's module.
import { DEPTHS, type Depth } from '../vocabulary'
import { alignmentColumns } from './alignments'
import type { AnalysisModule, AnyAlignments } from './types'

// The alignments to each competency: a run of positions, and per position the module and the depth.
export class AlignedColumns {
  constructor(
    private readonly slots: IdSlots,
    // Competency slot → its first position; start[slots.count] is the number of positions.
    private readonly start: Int32Array,
    private readonly moduleSlot: Int32Array,
    private readonly modules: readonly AnalysisModule[],
    // Index into DEPTHS.
    private readonly depthCode: Uint8Array,
  ) {}

  // Where the alignments to competency `id` sit: positions from .. to - 1, in input order (none: from === to).
  range(id: number): { from: number; to: number } {
    const slot = this.slots.get(id)
    return slot < 0 ? { from: 0, to: 0 } : { from: this.start[slot]!, to: this.start[slot + 1]! }
  }

  module(at: number): AnalysisModule {
    return this.modules[this.moduleSlot[at]!]!
  }

  // One of the literals of DEPTHS, so comparing it is comparing two pointers.
  depth(at: number): Depth {
    return DEPTHS[this.depthCode[at]!]!
  }
}

export type AlignmentGroups = {
  byCompetency: AlignedColumns
  // The competency of each alignment of each module, in input order.
  byModule: Map<number, number[]>
}

// Groups the alignments whose module is in `modules`.
export function indexAlignments(alignments: AnyAlignments, modules: ReadonlyMap<number, AnalysisModule>): AlignmentGroups {
  const columns = alignmentColumns(alignments)
  const n = columns.moduleId.length
  // One pass in input order, keeping the rows of the pathway's modules: rows come module by module from the
  // loader, so a row's module is mostly the one before.
  const own = new Int32Array(n)
  const moduleSlotOf = new Int32Array(n)
  const moduleList: AnalysisModule[] = []
  const moduleSlots = new IdSlots()
  let kept = 0
  let lastId = NaN
  let lastSlot = -1
  for (let i = 0; i < n; i++) {
    const id = columns.moduleId[i]!
    if (id !== lastId) {
      lastId = id
      const m = modules.get(id)
      lastSlot = m === undefined ? -1 : moduleSlots.add(id)
      if (lastSlot === moduleList.length) moduleList.push(m!)
    }
    if (lastSlot < 0) continue
    moduleSlotOf[kept] = lastSlot
    own[kept++] = i
  }
  const { keys, slots, starts } = countingSort(kept, (k) => columns.competencyId[own[k]!]!)
  const next = starts.slice(0, keys.count)
  const moduleSlot = new Int32Array(kept)
  const depthCode = new Uint8Array(kept)
  const byModule = new Map<number, number[]>()
  let list: number[] = []
  lastSlot = -1
  for (let k = 0; k < kept; k++) {
    const at = next[slots[k]!]!++
    moduleSlot[at] = moduleSlotOf[k]!
    depthCode[at] = columns.depth[own[k]!]!
    if (moduleSlotOf[k] !== lastSlot) {
      lastSlot = moduleSlotOf[k]!
      const id = moduleList[lastSlot]!.id
      list = byModule.get(id) ?? []
      if (list.length === 0) byModule.set(id, list)
    }
    list.push(columns.competencyId[own[k]!]!)
  }
  return { byCompetency: new AlignedColumns(keys, starts, moduleSlot, moduleList, depthCode), byModule }
}

// The distinct keys of rows 0 .. n - 1 with their slots (numbered in order of first appearance), each row's
// slot, and where each slot's rows start in a list sorted by slot (starts[keys.count] is the number of
// rows). A run of rows with the same key costs one look-up.
function countingSort(n: number, keyOf: (row: number) => number) {
  const keys = new IdSlots()
  const slots = new Int32Array(n)
  let counts = new Int32Array(64)
  let lastKey = NaN
  let lastSlot = -1
  for (let i = 0; i < n; i++) {
    const key = keyOf(i)
    if (key !== lastKey) {
      lastKey = key
      lastSlot = keys.add(key)
      if (lastSlot === counts.length) {
        const grown = new Int32Array(counts.length * 2)
        grown.set(counts)
        counts = grown
      }
    }
    slots[i] = lastSlot
    counts[lastSlot]!++
  }
  const starts = new Int32Array(keys.count + 1)
  for (let slot = 0; slot < keys.count; slot++) starts[slot + 1] = starts[slot]! + counts[slot]!
  return { keys, slots, starts }
}

// Ids up to this are looked up in an array indexed by id (database ids are small integers); others, in a Map.
const DIRECT_LIMIT = 1 << 22

// Numbers the distinct ids given to it 0, 1, 2... A Map would do, but half a million look-ups of integer
// keys cost tens of milliseconds that an array indexed by the id does not.
export class IdSlots {
  private direct = new Int32Array(1024).fill(-1)
  private readonly others = new Map<number, number>()
  private readonly ids: number[] = []

  get count(): number {
    return this.ids.length
  }

  // The slot of `id`, or -1.
  get(id: number): number {
    if (id >= 0 && id < this.direct.length && Number.isInteger(id)) return this.direct[id]!
    return this.others.get(id) ?? -1
  }

  // The slot of `id`, numbering it if it is new.
  add(id: number): number {
    const known = this.get(id)
    if (known >= 0) return known
    const slot = this.ids.length
    this.ids.push(id)
    if (id >= 0 && id < DIRECT_LIMIT && Number.isInteger(id)) {
      if (id >= this.direct.length) this.grow(id)
      this.direct[id] = slot
    } else this.others.set(id, slot)
    return slot
  }

  // The id numbered `slot`.
  keyOf(slot: number): number {
    return this.ids[slot]!
  }

  private grow(id: number): void {
    let size = this.direct.length
    while (size <= id) size *= 2
    const grown = new Int32Array(Math.min(size, DIRECT_LIMIT)).fill(-1)
    grown.set(this.direct)
    this.direct = grown
  }
}
