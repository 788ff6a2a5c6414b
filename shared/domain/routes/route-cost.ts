// The time and cost to reach each credential of a pathway from each of its entry points, along the shortest
// route of prerequisites and stacking. Pure, so the server computes it for the road map and tests state it.
//
// What a route is:
// - A learner starting at entry module E takes E; E's own prerequisites are waived (that is what an entry is).
// - Taking a module means taking all of its prerequisites first (transitively), each once. Prerequisites that are
//   not on the pathway's ladder (or that the reader may not see) are not counted.
// - A credential is earned by the modules that lead to it at one level: the modules of one level are one way to
//   earn it (OSHA-10 through an adult module, or through a high-school one), all of them needed.
// - A credential that others stack into can also be reached through any one of them: the route to it is then the
//   route to that lower credential plus the credential's own modules at one level (if it has any).
// - A route belongs to entry E only when it passes through E: E is among its modules, or E is a bridge into one
//   of them (then E is added). A credential no route from E reaches is not shown for E.
//
// "Shortest" is fewest total weeks, ties broken by lower cost, then fewer modules, then module codes. Modules are
// counted one after another: Rungs stores no timetable, so it cannot know which modules a learner could take in
// the same term; the figure is the time for someone taking one module at a time, as most working adults do.
// A route with a module whose weeks (or cost) are not recorded has unknown weeks (or cost), never 0; a route
// whose total is known ranks before one whose total is unknown. Stacking loops (the credential editor refuses
// them) are cut, never followed forever.

export type RouteModule = {
  id: number
  code: string
  level: string
  durationWeeks: number | null
  costToStudent: number | null
  // Modules that must come first.
  prerequisiteIds: readonly number[]
  // For a bridge or integrated module: the modules it prepares learners for.
  targetIds: readonly number[]
}

export type RouteCredential = { id: number; moduleIds: readonly number[]; stacksInto: readonly number[] }

export type RouteInput = {
  // The modules on the pathway's ladder, in ladder order (routes list their modules in this order).
  modules: readonly RouteModule[]
  credentials: readonly RouteCredential[]
  entryIds: readonly number[]
}

export type Route = {
  entryId: number
  moduleIds: number[]
  // null when a module on the route has no duration (or cost) recorded; those modules' codes are listed.
  weeks: number | null
  cost: number | null
  unknownWeeks: string[]
  unknownCost: string[]
}

type Candidate = { ids: Set<number>; route: Route }

const sumOf = (modules: readonly RouteModule[], value: (m: RouteModule) => number | null) => {
  const unknown = modules.filter((m) => value(m) === null).map((m) => m.code)
  return { total: unknown.length ? null : modules.reduce((n, m) => n + value(m)!, 0), unknown }
}

// Known before unknown, then smaller.
const compareTotals = (a: number | null, b: number | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b)

function compareRoutes(a: Candidate, b: Candidate, codeOf: (id: number) => string): number {
  return (
    compareTotals(a.route.weeks, b.route.weeks) ||
    compareTotals(a.route.cost, b.route.cost) ||
    a.ids.size - b.ids.size ||
    a.route.moduleIds.map(codeOf).join(' ').localeCompare(b.route.moduleIds.map(codeOf).join(' '))
  )
}

// The routes to every credential from every entry point: credential id → one route per entry that reaches it.
export function routeCosts(input: RouteInput): Map<number, Route[]> {
  const byId = new Map(input.modules.map((m) => [m.id, m]))
  const order = new Map(input.modules.map((m, i) => [m.id, i]))
  const codeOf = (id: number) => byId.get(id)?.code ?? ''
  const credentials = new Map(input.credentials.map((c) => [c.id, c]))
  const stackedFrom = new Map<number, number[]>()
  for (const c of input.credentials) {
    for (const to of c.stacksInto) stackedFrom.set(to, [...(stackedFrom.get(to) ?? []), c.id])
  }

  // The modules in `seed` with all their prerequisites on the ladder, not looking behind the entry.
  const closure = (seed: Iterable<number>, entryId: number) => {
    const found = new Set<number>()
    const stack = [...seed].filter((id) => byId.has(id))
    while (stack.length) {
      const id = stack.pop()!
      if (found.has(id)) continue
      found.add(id)
      if (id === entryId) continue
      for (const p of byId.get(id)!.prerequisiteIds) if (byId.has(p) && !found.has(p)) stack.push(p)
    }
    return found
  }

  const candidate = (ids: Set<number>, entryId: number): Candidate => {
    const modules = [...ids].sort((a, b) => order.get(a)! - order.get(b)!).map((id) => byId.get(id)!)
    const weeks = sumOf(modules, (m) => m.durationWeeks)
    const cost = sumOf(modules, (m) => m.costToStudent)
    return {
      ids,
      route: { entryId, moduleIds: modules.map((m) => m.id), weeks: weeks.total, cost: cost.total, unknownWeeks: weeks.unknown, unknownCost: cost.unknown },
    }
  }

  // The credential's own modules on the ladder, one group per level.
  const ownGroups = (credentialId: number) => {
    const groups = new Map<string, number[]>()
    for (const id of credentials.get(credentialId)?.moduleIds ?? []) {
      const module = byId.get(id)
      if (module) groups.set(module.level, [...(groups.get(module.level) ?? []), id])
    }
    return [...groups.values()]
  }

  const routesFrom = (entryId: number) => {
    const entry = byId.get(entryId)
    const memo = new Map<number, Candidate | null>()
    // The set, joined to the entry: it holds the entry, or the entry is a bridge into one of its modules.
    const fromEntry = (ids: Set<number>): Set<number> | null => {
      if (!entry) return null
      if (ids.has(entryId)) return ids
      return entry.targetIds.some((t) => ids.has(t)) ? new Set([...ids, entryId]) : null
    }
    const best = (credentialId: number, visiting: Set<number>): Candidate | null => {
      if (memo.has(credentialId)) return memo.get(credentialId)!
      const options: Candidate[] = []
      const groups = ownGroups(credentialId)
      for (const group of groups) {
        const ids = fromEntry(closure(group, entryId))
        if (ids) options.push(candidate(ids, entryId))
      }
      const inner = new Set([...visiting, credentialId])
      for (const lower of stackedFrom.get(credentialId) ?? []) {
        if (inner.has(lower)) continue
        const below = best(lower, inner)
        if (!below) continue
        for (const group of groups.length ? groups : [[]]) {
          options.push(candidate(new Set([...below.ids, ...closure(group, entryId)]), entryId))
        }
      }
      const chosen = options.sort((a, b) => compareRoutes(a, b, codeOf))[0] ?? null
      // A result cut short by a loop depends on where the walk came from, so only whole answers are kept.
      if (visiting.size === 0 || !(stackedFrom.get(credentialId) ?? []).some((l) => visiting.has(l))) memo.set(credentialId, chosen)
      return chosen
    }
    return best
  }

  const result = new Map<number, Route[]>(input.credentials.map((c) => [c.id, []]))
  for (const entryId of input.entryIds) {
    const best = routesFrom(entryId)
    for (const c of input.credentials) {
      const found = best(c.id, new Set())
      if (found) result.get(c.id)!.push(found.route)
    }
  }
  return result
}

// Where a learner can start: the modules marked as entry points, else every module of the lowest stage.
export function entryIdsOf(modules: readonly { id: number; stage: number; isEntry: boolean }[]): number[] {
  const marked = modules.filter((m) => m.isEntry)
  if (marked.length) return marked.map((m) => m.id)
  const lowest = Math.min(...modules.map((m) => m.stage))
  return modules.filter((m) => m.stage === lowest).map((m) => m.id)
}
