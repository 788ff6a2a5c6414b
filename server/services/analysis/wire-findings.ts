// How findings cross back from a worker thread. A structured clone writes every property name of every
// object it copies and rebuilds each object from them, which for fifty thousand findings (each an object with
// refs and up to six lists) costs more than their text. So a batch of findings travels as columns: texts in
// arrays of strings, kinds and severities as indexes, every id and stage in one Float64Array, and each
// finding's refs as the shape of its lists (which, in which order) and their lengths. Unpacked, the findings
// are equal to the originals, property order included, so their JSON is the same.
import { FINDING_KINDS, SEVERITIES, type Finding, type FindingRefs } from '../../../shared/domain/analysis/types'

type RefName = keyof FindingRefs

export type PackedFindings = {
  keys: string[]
  messages: string[]
  nextSteps: string[]
  // Each finding's rows as JSON: one string each clones far faster than an object graph per finding.
  rows: string[]
  fingerprints: string[]
  factsHashes: string[]
  // Indexes into FINDING_KINDS and SEVERITIES.
  kinds: Uint8Array
  severities: Uint8Array
  // Each finding's refs shape: an index into `shapes`, each the names of its lists in order.
  shape: Uint16Array
  shapes: RefName[][]
  // Every list's length, finding after finding, list after list; then their values: levels and occupations
  // (SOC codes) are strings, every other list holds numbers.
  lengths: Int32Array
  numbers: Float64Array
  strings: string[]
}

const isTextList = (name: RefName): name is 'levels' | 'occupations' => name === 'levels' || name === 'occupations'

const kindIndex = new Map(FINDING_KINDS.map((k, i) => [k, i]))
const severityIndex = new Map(SEVERITIES.map((s, i) => [s, i]))

// Packs findings for postMessage; `transfer` lists the buffers to move rather than copy.
export function packFindings(findings: readonly Finding[]): { packed: PackedFindings; transfer: ArrayBuffer[] } {
  const n = findings.length
  const shapeIndex = new Map<string, number>()
  const shapes: RefName[][] = []
  const shape = new Uint16Array(n)
  let lists = 0
  let values = 0
  for (let i = 0; i < n; i++) {
    const names = Object.keys(findings[i]!.refs) as RefName[]
    const id = names.join(',')
    let index = shapeIndex.get(id)
    if (index === undefined) {
      shapeIndex.set(id, (index = shapes.length))
      shapes.push(names)
    }
    shape[i] = index
    lists += names.length
    for (const name of names) values += findings[i]!.refs[name]!.length
  }
  const packed: PackedFindings = {
    keys: findings.map((f) => f.key),
    messages: findings.map((f) => f.message),
    nextSteps: findings.map((f) => f.nextStep),
    rows: findings.map((f) => JSON.stringify(f.rows)),
    fingerprints: findings.map((f) => f.fingerprint),
    factsHashes: findings.map((f) => f.factsHash),
    kinds: new Uint8Array(n),
    severities: new Uint8Array(n),
    shape,
    shapes,
    lengths: new Int32Array(lists),
    numbers: new Float64Array(values),
    strings: [],
  }
  let list = 0
  let value = 0
  for (let i = 0; i < n; i++) {
    const f = findings[i]!
    packed.kinds[i] = kindIndex.get(f.kind)!
    packed.severities[i] = severityIndex.get(f.severity)!
    for (const name of shapes[shape[i]!]!) {
      const entries = f.refs[name]!
      packed.lengths[list++] = entries.length
      if (isTextList(name)) for (const text of entries as string[]) packed.strings.push(text)
      else for (const entry of entries as number[]) packed.numbers[value++] = entry
    }
  }
  const columns = [packed.kinds, packed.severities, packed.shape, packed.lengths, packed.numbers]
  return { packed, transfer: columns.map((column) => column.buffer as ArrayBuffer) }
}

// Rebuilds the findings on the receiving side.
export function unpackFindings(packed: PackedFindings): Finding[] {
  const findings: Finding[] = new Array(packed.keys.length)
  let list = 0
  let value = 0
  let text = 0
  for (let i = 0; i < findings.length; i++) {
    const refs: FindingRefs = {}
    for (const name of packed.shapes[packed.shape[i]!]!) {
      const length = packed.lengths[list++]!
      if (isTextList(name)) {
        refs[name] = packed.strings.slice(text, text + length)
        text += length
      } else {
        const numbers: number[] = []
        for (const end = value + length; value < end; value++) numbers.push(packed.numbers[value]!)
        refs[name] = numbers
      }
    }
    findings[i] = {
      key: packed.keys[i]!,
      kind: FINDING_KINDS[packed.kinds[i]!]!,
      severity: SEVERITIES[packed.severities[i]!]!,
      message: packed.messages[i]!,
      refs,
      nextStep: packed.nextSteps[i]!,
      rows: JSON.parse(packed.rows[i]!) as Finding['rows'],
      fingerprint: packed.fingerprints[i]!,
      factsHash: packed.factsHashes[i]!,
    }
  }
  return findings
}
