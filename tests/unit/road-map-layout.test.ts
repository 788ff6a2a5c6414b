import { describe, expect, it } from 'vitest'
import type { Level } from '../../shared/domain/vocabulary'
import { layoutRoadMap, wrapTitle, type LaidNode, type LayoutInput, type LayoutModule, type RoadMapLayout } from '../../web/lib/road-map-layout'

// The demo's shape (fixtures/demo/pathway.ts): five stages, four levels, prerequisites within and across stages.
const DEMO: [number, string, number, Level][] = [
  [1, 'ABE 095', 1, 'adult'], [2, 'IET 101', 1, 'adult'], [3, 'CTE 1100', 1, 'secondary'],
  [4, 'WFD 120', 2, 'adult'], [5, 'CTE 2100', 2, 'secondary'], [6, 'MFG 101', 2, 'postsecondary'], [7, 'MFG 110', 2, 'postsecondary'],
  [8, 'MFG 105', 2, 'postsecondary'], [9, 'MFG 120', 3, 'postsecondary'], [10, 'MFG 150', 3, 'postsecondary'],
  [11, 'MFG 140', 4, 'postsecondary'], [12, 'MFG 220', 4, 'postsecondary'], [13, 'APP 201', 4, 'apprenticeship'],
  [14, 'MFG 250', 5, 'postsecondary'], [15, 'APP 202', 5, 'apprenticeship'],
]
const demo: LayoutInput = {
  modules: DEMO.map(([id, code, stage, level]) => ({
    id, code, stage, level, title: `Module ${code} with a title long enough to wrap over lines`, isEntry: stage === 1, isExit: [4, 10, 12, 14, 15].includes(id),
  })),
  prerequisites: [
    { moduleId: 2, prerequisiteId: 1 }, { moduleId: 4, prerequisiteId: 2 }, { moduleId: 5, prerequisiteId: 3 }, { moduleId: 9, prerequisiteId: 6 },
    { moduleId: 9, prerequisiteId: 7 }, { moduleId: 12, prerequisiteId: 9 }, { moduleId: 14, prerequisiteId: 12 }, { moduleId: 15, prerequisiteId: 13 },
    { moduleId: 10, prerequisiteId: 12 }, // a prerequisite on a later stage, as the demo's deliberate finding has
  ],
  credentials: [
    { id: 101, title: 'OSHA-10', moduleIds: [4], stacksInto: [103] },
    { id: 102, title: 'NIMS Measurement', moduleIds: [6, 7], stacksInto: [103] },
    { id: 103, title: 'Production Technician Certificate', moduleIds: [9], stacksInto: [105] },
    { id: 104, title: 'NIMS Drill Press', moduleIds: [10], stacksInto: [] },
    { id: 105, title: 'AAS Machine Tool Technology', moduleIds: [], stacksInto: [] },
  ],
  articulations: [{ fromModuleId: 5, toModuleId: 6 }, { fromModuleId: null, toModuleId: 9 }],
}

// A pathway of 30 modules over 6 stages, every level, a chain of prerequisites and a credential every third module.
function thirty(): LayoutInput {
  const levels: Level[] = ['adult', 'secondary', 'postsecondary', 'apprenticeship']
  const modules: LayoutModule[] = Array.from({ length: 30 }, (_, i) => ({
    id: i + 1, code: `M ${i + 1}`, title: `Module number ${i + 1}`, stage: Math.floor(i / 5) + 1, level: levels[i % 4] as Level, isEntry: i < 5, isExit: i % 7 === 0,
  }))
  return {
    modules,
    prerequisites: modules.slice(5).map((m) => ({ moduleId: m.id, prerequisiteId: m.id - 5 })),
    credentials: Array.from({ length: 10 }, (_, i) => ({ id: 100 + i, title: `Credential ${i}`, moduleIds: [i * 3 + 1], stacksInto: i < 9 ? [101 + i] : [] })),
    articulations: [{ fromModuleId: 2, toModuleId: 12 }],
  }
}

const overlap = (a: LaidNode, b: LaidNode) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

function expectSound(input: LayoutInput, layout: RoadMapLayout) {
  // Every module and credential drawn once, inside the picture.
  expect(layout.nodes.filter((n) => n.kind === 'module').map((n) => n.id).sort((a, b) => a - b)).toEqual(input.modules.map((m) => m.id).sort((a, b) => a - b))
  expect(layout.nodes.filter((n) => n.kind === 'credential').map((n) => n.id).sort()).toEqual(input.credentials.map((c) => c.id).sort())
  for (const n of layout.nodes) {
    expect(n.x, n.key).toBeGreaterThanOrEqual(0)
    expect(n.y, n.key).toBeGreaterThanOrEqual(0)
    expect(n.x + n.width, n.key).toBeLessThanOrEqual(layout.width)
    expect(n.y + n.height, n.key).toBeLessThanOrEqual(layout.height)
  }
  // No two boxes overlap.
  const overlaps: string[] = []
  layout.nodes.forEach((a, i) => layout.nodes.slice(i + 1).forEach((b) => overlap(a, b) && overlaps.push(`${a.key}/${b.key}`)))
  expect(overlaps).toEqual([])
  // Each box sits inside its band, and each module in its stage's column.
  for (const n of layout.nodes) {
    const band = layout.bands.find((b) => b.key === n.band)!
    expect(n.y, n.key).toBeGreaterThanOrEqual(band.y)
    expect(n.y + n.height, n.key).toBeLessThanOrEqual(band.y + band.height)
  }
  for (const m of input.modules) {
    const node = layout.nodes.find((n) => n.key === `m${m.id}`)!
    const column = layout.stages.find((s) => s.stage === m.stage)!
    expect(node.x).toBeGreaterThanOrEqual(column.x)
    expect(node.x + node.width).toBeLessThanOrEqual(column.x + column.width)
  }
  // Bands do not overlap each other.
  layout.bands.slice(1).forEach((band, i) => expect(band.y).toBeGreaterThanOrEqual(layout.bands[i]!.y + layout.bands[i]!.height))
}

describe('layoutRoadMap', () => {
  it('draws every module and credential of the demo without overlaps, each in its band and stage column', () => {
    const layout = layoutRoadMap(demo)
    expectSound(demo, layout)
    expect(layout.stages.map((s) => s.stage)).toEqual([1, 2, 3, 4, 5])
    // The ladder climbs upwards: credentials on top, then apprenticeship down to adult education.
    expect(layout.bands.map((b) => b.key)).toEqual(['credentials', 'apprenticeship', 'postsecondary', 'secondary', 'adult'])
  })

  it('draws an arrow for each prerequisite, each earning module, each stacking and each module-to-module articulation', () => {
    const layout = layoutRoadMap(demo)
    const of = (kind: string) => layout.edges.filter((e) => e.kind === kind).map((e) => `${e.from}>${e.to}`).sort()
    expect(of('prerequisite')).toEqual(demo.prerequisites.map((p) => `m${p.prerequisiteId}>m${p.moduleId}`).sort())
    expect(of('earns')).toEqual(demo.credentials.flatMap((c) => c.moduleIds.map((id) => `m${id}>c${c.id}`)).sort())
    expect(of('stacking')).toEqual(['c101>c103', 'c102>c103', 'c103>c105'])
    // The articulation from a credential outside the picture has no module to start from.
    expect(of('articulation')).toEqual(['m5>m6'])
    for (const e of layout.edges) expect(e.path, `${e.from}>${e.to}`).toMatch(/^M[\d.]+,[\d.]+ C/)
  })

  it('ends each arrow on the side of the box it points to', () => {
    const layout = layoutRoadMap(demo)
    for (const e of layout.edges) {
      const to = layout.nodes.find((n) => n.key === e.to)!
      expect([to.x, to.x + to.width], `${e.from}>${e.to}`).toContain(e.end.x)
      expect(e.end.y).toBeCloseTo(to.y + to.height / 2)
    }
  })

  it('puts a credential reached only by stacking after the credentials stacking into it', () => {
    const layout = layoutRoadMap(demo)
    const x = (key: string) => layout.nodes.find((n) => n.key === key)!.x
    expect(x('c105')).toBeGreaterThan(x('c103'))
  })

  it('lays out a pathway of 30 modules soundly', () => {
    const input = thirty()
    const layout = layoutRoadMap(input)
    expectSound(input, layout)
    expect(layout.edges.filter((e) => e.kind === 'prerequisite')).toHaveLength(25)
    expect(layout.edges.filter((e) => e.kind === 'stacking')).toHaveLength(9)
  })

  it('draws nothing for a pathway without modules', () => {
    expect(layoutRoadMap({ modules: [], credentials: [], prerequisites: [], articulations: [] })).toEqual({ width: 0, height: 0, bands: [], stages: [], nodes: [], edges: [] })
  })
})

describe('wrapTitle', () => {
  it('wraps at word boundaries, at most three lines, the last cut with an ellipsis', () => {
    expect(wrapTitle('Blueprint Reading and Measurement', 24)).toEqual(['Blueprint Reading and', 'Measurement'])
    expect(wrapTitle('one two three four five six seven', 9, 2)).toEqual(['one two', 'three…'])
    expect(wrapTitle('Supercalifragilisticexpialidocious', 10)).toEqual(['Supercali…'])
  })
})
