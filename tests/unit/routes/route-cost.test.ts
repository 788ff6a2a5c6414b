import { describe, expect, it } from 'vitest'
import { entryIdsOf, routeCosts, type RouteCredential, type RouteModule } from '../../../shared/domain/routes/route-cost'

// A module: id, code, level, weeks, dollars, prerequisites, bridge targets.
const m = (id: number, weeks: number | null, cost: number | null, prerequisiteIds: number[] = [], more: Partial<RouteModule> = {}): RouteModule => ({
  id,
  code: `M${id}`,
  level: 'postsecondary',
  durationWeeks: weeks,
  costToStudent: cost,
  prerequisiteIds,
  targetIds: [],
  ...more,
})
const c = (id: number, moduleIds: number[], stacksInto: number[] = []): RouteCredential => ({ id, moduleIds, stacksInto })

const routesTo = (credentialId: number, ...args: Parameters<typeof routeCosts>) => routeCosts(...args).get(credentialId)!

describe('routeCosts', () => {
  it('adds the entry module and every prerequisite between it and the credential, each once', () => {
    // 1 → 2 → 4, 1 → 3 → 4 (a diamond): 1 is counted once.
    const modules = [m(1, 4, 100), m(2, 8, 500, [1]), m(3, 6, 300, [1]), m(4, 10, 1000, [2, 3])]
    const [route] = routesTo(100, { modules, credentials: [c(100, [4])], entryIds: [1] })
    expect(route).toEqual({ entryId: 1, moduleIds: [1, 2, 3, 4], weeks: 28, cost: 1900, unknownWeeks: [], unknownCost: [] })
  })

  it('gives one route per entry point that reaches the credential, and none from an entry that does not', () => {
    const modules = [m(1, 2, 0), m(2, 3, 0), m(3, 5, 50, [1]), m(9, 1, 0)]
    const routes = routesTo(100, { modules, credentials: [c(100, [3])], entryIds: [1, 2, 9] })
    expect(routes.map((r) => [r.entryId, r.weeks])).toEqual([[1, 7]])
  })

  it('follows stacking: the lower credential, then the higher one’s own modules', () => {
    // Entry 1 earns A (module 2); B stacks on A and needs module 3, which does not require anything on the way.
    const modules = [m(1, 4, 100), m(2, 6, 200, [1]), m(3, 16, 1200)]
    const credentials = [c(10, [2], [20]), c(20, [3])]
    const [route] = routesTo(20, { modules, credentials, entryIds: [1] })
    expect(route!.moduleIds).toEqual([1, 2, 3])
    expect([route!.weeks, route!.cost]).toEqual([26, 1500])
  })

  it('picks the route with the fewest weeks, then the lower cost, among stacked credentials', () => {
    // Two lower credentials stack into C: through A takes 10 weeks, through B 8 weeks but costs more.
    const modules = [m(1, 1, 0), m(2, 9, 100, [1]), m(3, 7, 900, [1]), m(4, 7, 500, [1]), m(5, 2, 0)]
    const faster = routesTo(30, { modules, credentials: [c(10, [2], [30]), c(20, [3], [30]), c(30, [5])], entryIds: [1] })[0]!
    expect(faster.moduleIds).toEqual([1, 3, 5])
    // Same weeks (8 each): the cheaper one wins.
    const cheaper = routesTo(30, { modules, credentials: [c(20, [3], [30]), c(40, [4], [30]), c(30, [5])], entryIds: [1] })[0]!
    expect(cheaper.moduleIds).toEqual([1, 4, 5])
    expect([cheaper.weeks, cheaper.cost]).toEqual([10, 500])
  })

  it('treats the modules of one level as one way to earn a credential, all of them needed', () => {
    const adult = m(1, 8, 0, [], { level: 'adult' })
    const school = m(2, 36, 0, [], { level: 'secondary' })
    const partA = m(3, 4, 100, [1])
    const partB = m(4, 4, 100, [1])
    const credentials = [c(10, [1, 2]), c(20, [3, 4])]
    const routes = routeCosts({ modules: [adult, school, partA, partB], credentials, entryIds: [1, 2] })
    expect(routes.get(10)!.map((r) => [r.entryId, r.moduleIds])).toEqual([[1, [1]], [2, [2]]])
    expect(routes.get(20)!.map((r) => [r.entryId, r.weeks])).toEqual([[1, 16]])
  })

  it('lets a bridge start a route into the module it prepares learners for', () => {
    const bridge = m(1, 6, 0, [], { level: 'adult', targetIds: [2] })
    const modules = [bridge, m(2, 10, 400), m(3, 6, 300, [2])]
    const [route] = routesTo(10, { modules, credentials: [c(10, [3])], entryIds: [1] })
    expect(route!.moduleIds).toEqual([1, 2, 3])
    expect(route!.weeks).toBe(22)
  })

  it('waives the entry module’s own prerequisites', () => {
    const modules = [m(1, 30, 3000), m(2, 4, 100, [1]), m(3, 4, 100, [2])]
    const [route] = routesTo(10, { modules, credentials: [c(10, [3])], entryIds: [2] })
    expect(route!.moduleIds).toEqual([2, 3])
  })

  it('shows a missing duration or cost as unknown, never as 0, naming the modules', () => {
    const modules = [m(1, 4, null), m(2, null, 200, [1])]
    const [route] = routesTo(10, { modules, credentials: [c(10, [2])], entryIds: [1] })
    expect(route).toMatchObject({ weeks: null, cost: null, unknownWeeks: ['M2'], unknownCost: ['M1'] })
  })

  it('prefers a route whose total is known over a shorter-looking one with gaps', () => {
    const modules = [m(1, 1, 0), m(2, null, 0, [1]), m(3, 20, 0, [1]), m(4, 1, 0)]
    const [route] = routesTo(30, { modules, credentials: [c(10, [2], [30]), c(20, [3], [30]), c(30, [4])], entryIds: [1] })
    expect(route!.moduleIds).toEqual([1, 3, 4])
    expect(route!.weeks).toBe(22)
  })

  it('leaves a credential unreachable when no entry leads to it, or it has no modules on the ladder', () => {
    const modules = [m(1, 2, 0), m(2, 2, 0)]
    const routes = routeCosts({ modules, credentials: [c(10, [2]), c(20, [99]), c(30, [])], entryIds: [1] })
    expect(routes.get(10)).toEqual([])
    expect(routes.get(20)).toEqual([])
    expect(routes.get(30)).toEqual([])
  })

  it('ignores prerequisites that are not on the ladder', () => {
    const modules = [m(1, 2, 10), m(2, 3, 20, [1, 77])]
    expect(routesTo(10, { modules, credentials: [c(10, [2])], entryIds: [1] })[0]!.moduleIds).toEqual([1, 2])
  })

  it('ends on a stacking loop instead of following it forever', () => {
    const modules = [m(1, 2, 10), m(2, 3, 20)]
    const credentials = [c(10, [1], [20]), c(20, [2], [10])]
    const routes = routeCosts({ modules, credentials, entryIds: [1] })
    expect(routes.get(10)!.map((r) => r.moduleIds)).toEqual([[1]])
    expect(routes.get(20)!.map((r) => r.moduleIds)).toEqual([[1, 2]])
  })

  it('counts a stacked-only credential as reached with the lower one', () => {
    const modules = [m(1, 5, 50)]
    const [route] = routesTo(20, { modules, credentials: [c(10, [1], [20]), c(20, [])], entryIds: [1] })
    expect([route!.weeks, route!.cost]).toEqual([5, 50])
  })
})

describe('entryIdsOf', () => {
  it('takes the marked entry points, else every module of the lowest stage', () => {
    expect(entryIdsOf([{ id: 1, stage: 1, isEntry: false }, { id: 2, stage: 2, isEntry: true }])).toEqual([2])
    expect(entryIdsOf([{ id: 1, stage: 2, isEntry: false }, { id: 2, stage: 2, isEntry: false }, { id: 3, stage: 3, isEntry: false }])).toEqual([1, 2])
    expect(entryIdsOf([])).toEqual([])
  })
})
