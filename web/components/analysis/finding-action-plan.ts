// What each kind of finding offers to do about it (DESIGN §3's next steps): a form that does the fix there and
// then (an articulation between two modules, aligning a module to a competency), or a link that opens the
// editor at the exact place, already focused and filled in. Pure, so every kind is held to having one.
import type { FindingKind } from '../../../shared/domain/analysis/types'
import type { Permission } from '../../../shared/domain/permissions'
import { moduleEditHref } from '../../lib/module-editor-focus'

export type ModuleRow = { id: number; code: string; title: string; level?: string; stage?: number }
type CompetencyRow = { id: number; code: string; title: string }

// The part of a finding the plan reads; the findings API's answer fits it.
export type PlannableFinding = {
  kind: FindingKind
  refs: { stages?: number[]; levels?: string[] }
  rows: { modules?: ModuleRow[]; competencies?: CompetencyRow[]; credentials?: { id: number; title: string }[] }
}

export type PlannedAction =
  | { type: 'articulate'; label: string; from: ModuleRow; to: ModuleRow; description: string; permission: Permission }
  | { type: 'align'; label: string; competency: CompetencyRow; permission: Permission }
  | { type: 'link'; label: string; href: string; permission: Permission }

type Planner = (f: PlannableFinding, slug: string) => (PlannedAction | undefined)[]

const link = (label: string, href: string, permission: Permission): PlannedAction => ({ type: 'link', label, href, permission })
const pathwayEdit = (slug: string, section: string) => `/pathways/${encodeURIComponent(slug)}/edit#${section}`
const validation = (slug: string) => `/pathways/${encodeURIComponent(slug)}/validation`
// The module whose depth to change, with the alignment focused and the new depth chosen.
const depthLink = (verb: string, c: CompetencyRow | undefined, m: ModuleRow | undefined, depth: 'M' | 'R') =>
  c && m
    ? link(`${verb} ${c.code} to ${depth === 'M' ? 'Mastered' : 'Reinforced'} in ${m.code}`, moduleEditHref(m.id, { competencyId: c.id, depth }), 'module:write')
    : undefined
const articulate = (from: ModuleRow | undefined, to: ModuleRow | undefined, description: string): PlannedAction | undefined =>
  from && to ? { type: 'articulate', label: `Add an articulation between ${from.code} and ${to.code}`, from, to, description, permission: 'credential:write' } : undefined
// The latest-stage module, the last listed among those of one stage.
const latest = (modules: readonly ModuleRow[]) => modules.reduce<ModuleRow | undefined>((best, m) => (!best || (m.stage ?? 0) >= (best.stage ?? 0) ? m : best), undefined)

const PLANS: Record<FindingKind, Planner> = {
  uncovered: ({ rows }, slug) => {
    const c = rows.competencies?.[0]
    return [c && { type: 'align', label: `Align a module to ${c.code}`, competency: c, permission: 'module:write' },
      link("Change the pathway's frameworks", pathwayEdit(slug, 'pathway-frameworks-heading'), 'pathway:write')]
  },
  never_mastered: ({ rows }) => [depthLink('Raise', rows.competencies?.[0], latest(rows.modules ?? []), 'M')],
  out_of_order: ({ rows, refs }, slug) => {
    const [module, prerequisite] = rows.modules ?? []
    const c = rows.competencies?.[0]
    if (c) return [depthLink('Raise', c, (rows.modules ?? []).find((m) => m.stage === refs.stages?.[1]), 'R')]
    return [
      prerequisite && module && link(`Move ${prerequisite.code} below ${module.code} on the ladder`, pathwayEdit(slug, 'pathway-modules-heading'), 'pathway:write'),
      module && link(`Edit the prerequisites of ${module.code}`, moduleEditHref(module.id, { list: 'prerequisites' }), 'module:write'),
    ]
  },
  duplicated_across_levels: ({ rows }) => {
    const [first, second] = rows.modules ?? []
    const c = rows.competencies?.[0]
    return [articulate(first, second, c ? `Both teach ${c.code} (${c.title}) to mastery.` : ''), depthLink('Lower', c, second, 'R')]
  },
  near_duplicate_outcomes: ({ rows }) => {
    const [low, high] = rows.modules ?? []
    return [articulate(low, high, 'Their learning outcomes are nearly the same.'), high && link(`Rewrite the outcome in ${high.code}`, moduleEditHref(high.id), 'module:write')]
  },
  bridge_gap: ({ rows, refs }) => {
    const target = rows.modules?.[0]
    const reach = refs.levels?.[0] ? `&reach=${encodeURIComponent(refs.levels[0])}` : ''
    return [target && link('Build a bridge for these skills', `/bridges/new?target=${target.id}${reach}`, 'bridge:write')]
  },
  no_credential: ({ rows }) => {
    const m = rows.modules?.[0]
    return [m && link(`Attach a credential to ${m.code}`, moduleEditHref(m.id, { list: 'credentials' }), 'module:write'), link('Create a credential', '/credentials?new', 'credential:write')]
  },
  dead_end_credential: ({ rows }) => {
    const k = rows.credentials?.[0]
    return [k && link(`Stack “${k.title}” into…`, `/credentials?edit=${k.id}`, 'credential:write')]
  },
  not_needed_but_taught: ({ rows }, slug) => [
    depthLink('Lower', rows.competencies?.[0], rows.modules?.[0], 'R'),
    link('Review it with the employers', validation(slug), 'pathway:write'),
  ],
  no_adult_entry: ({ rows }, slug) => {
    const first = rows.modules?.[0]
    return [first && link(`Build a bridge into ${first.code}`, `/bridges/new?target=${first.id}`, 'bridge:write'),
      link('Mark an adult module as an entry point', pathwayEdit(slug, 'pathway-modules-heading'), 'pathway:write')]
  },
  below_family_wage: (_, slug) => [
    link('Add a next rung', pathwayEdit(slug, 'pathway-modules-heading'), 'pathway:write'),
    link('Name better-paid target jobs', pathwayEdit(slug, 'pathway-frameworks-heading'), 'pathway:write'),
  ],
  leaky_transition: ({ rows, refs }, slug) => {
    const next = (rows.modules ?? []).find((m) => m.stage === refs.stages?.[1])
    return [next && link(`Edit the supports and entry of ${next.code}`, moduleEditHref(next.id), 'module:write'),
      link("Change the pathway's supports", pathwayEdit(slug, 'pathway-supports-heading'), 'pathway:write')]
  },
  low_completion: (finding) => outcomePlan(finding),
  equity_gap: (finding) => outcomePlan(finding),
  no_demand: (_, slug) => [
    link('Review the target jobs', pathwayEdit(slug, 'pathway-frameworks-heading'), 'pathway:write'),
    link('Ask the employers', validation(slug), 'pathway:write'),
  ],
}

// Where learners stall in a module: its bridge and the module; in earning a credential: the credential, then the
// first module that leads to it.
function outcomePlan({ rows }: PlannableFinding): Array<PlannedAction | undefined> {
  const k = rows.credentials?.[0]
  const m = rows.modules?.[0]
  if (k) return [link(`Edit “${k.title}” and its outcomes`, `/credentials?edit=${k.id}`, 'credential:write'), m && link(`Edit ${m.code}`, moduleEditHref(m.id), 'module:write')]
  return [m && link(`Build a bridge into ${m.code}`, `/bridges/new?target=${m.id}`, 'bridge:write'), m && link(`Edit ${m.code}`, moduleEditHref(m.id), 'module:write')]
}

// The actions a finding offers, most direct first; each names the permission it needs.
export function actionsOf(finding: PlannableFinding, slug: string): PlannedAction[] {
  return PLANS[finding.kind](finding, slug).filter((a): a is PlannedAction => a !== undefined)
}
