// The bridge builder's and the coverage checklist's calls. Only pages use these; the bridge components get their
// data (and a way to search modules) as props, and report choices as events.
import type { BridgeInput } from '../../../shared/schemas/bridge'
import { client, data, type BridgeCoverage, type BridgePlan } from '../../api'

// What the builder prepares learners for: one module, or the modules of one stage of a pathway.
export type BridgeTargetChoice = { moduleId: number } | { pathwayId: number; stage: number }

// A module offered as a target by the module search.
export type ModuleHit = { id: number; code: string; title: string }

// One module, to name the target before the plan is asked for.
export const loadModule = (id: string) => data(client.modules[':id'].$get({ param: { id } }))

// A pathway's road map, for its title and stages.
export const loadPathway = (slug: string) => data(client.pathways[':slug'].$get({ param: { slug }, query: {} }))

// The basic skills the target needs above the entry level, by subject.
export function loadPlan(target: BridgeTargetChoice, entryLevel: string): Promise<BridgePlan> {
  const query =
    'moduleId' in target
      ? { targetId: String(target.moduleId), entryLevel }
      : { pathwayId: String(target.pathwayId), stage: String(target.stage), entryLevel }
  return data(client.bridges.plan.$get({ query }))
}

// Modules a bridge can prepare for (not bridges themselves) whose code or title matches the words.
export async function searchTargetModules(q: string): Promise<ModuleHit[]> {
  const page = await data(client.modules.$get({ query: { q, limit: '20' } }))
  return page.items.filter((m) => m.kind !== 'bridge').map(({ id, code, title }) => ({ id, code, title }))
}

// Creates the bridge or integrated module; answers the module as GET /api/modules/:id does.
export const createBridge = (input: BridgeInput) => data(client.bridges.$post({ json: input }))

// The checklist of what a bridge's targets need, each covered or not by the bridge as saved.
export const loadCoverage = (moduleId: number): Promise<BridgeCoverage> =>
  data(client.modules[':id'].coverage.$get({ param: { id: String(moduleId) } }))
