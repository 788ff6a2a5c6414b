// Each finding's next step in plain words (DESIGN §3's "next step offered"), naming rows by code so a person
// can find them; the pages offer an action beside it that does it or opens the editor for it.
import { modulesInOrder, type AnalysisIndex } from './build-index'
import { listOf } from './describe'
import type { AnalysisModule, FindingKind, RuleFinding } from './types'

type Step = (f: RuleFinding, index: AnalysisIndex) => string

const codes = (modules: readonly AnalysisModule[]) => listOf(modules.map((m) => m.code))
const competencyCode = (index: AnalysisIndex, id: number | undefined) =>
  id === undefined ? 'the competency' : (index.competencies.get(id)?.code ?? `#${id}`)
// The finding's modules in the order the rule listed them (ladder order for most rules).
const modulesOf = (f: RuleFinding, index: AnalysisIndex) =>
  (f.refs.moduleIds ?? []).map((id) => index.modules.get(id)).filter((m) => m !== undefined)
// The credential a finding is about, when it is about one.
const credentialOf = (f: RuleFinding, index: AnalysisIndex) => (f.refs.credentialIds?.length ? index.credentials.get(f.refs.credentialIds[0]!) : undefined)

const STEPS: Partial<Record<FindingKind, Step>> = {
  uncovered: (f, index) => {
    const c = index.competencies.get(f.refs.competencyIds![0]!)
    const who = c?.frameworkKind === 'basic_skills' ? 'a bridge or integrated module' : 'a module'
    return `Align ${who} of the pathway to ${competencyCode(index, c?.id)}, or take its area out of the pathway's scope.`
  },
  never_mastered: (f, index) => {
    const latest = modulesInOrder(index, f.refs.moduleIds ?? []).at(-1)
    const [subject, ...equivalents] = f.refs.competencyIds ?? []
    const code = competencyCode(index, subject)
    if (!latest) return `Raise ${code} to Mastered in a module of the pathway.`
    // The latest module may align only to an equivalent item: that alignment is the one to raise.
    const itsOwn = index.competenciesByModule.get(latest.id) ?? []
    const via = itsOwn.includes(subject!) ? undefined : equivalents.find((e) => itsOwn.includes(e))
    const raised = via === undefined ? code : `${competencyCode(index, via)} (≡ ${code})`
    return `Raise ${raised} to Mastered in ${latest.code}, the latest-stage module that aligns to it.`
  },
  out_of_order: (f, index) => {
    const [module, prerequisite] = modulesOf(f, index)
    if (!f.refs.competencyIds?.length && module && prerequisite)
      return `Move ${prerequisite.code} to a stage below ${module.code}, or ${module.code} above it, so the prerequisite comes first.`
    // The modules that introduce it sit at the second of the finding's stages: there it is already known.
    const code = competencyCode(index, f.refs.competencyIds?.[0])
    const introducer = modulesOf(f, index).find((m) => m.stage === f.refs.stages?.[1])
    return (
      `${introducer ? `Raise ${code} to Reinforced in ${introducer.code}, as it is mastered earlier` : `Introduce ${code} before it is mastered`}; ` +
      `or change its depths in ${codes(modulesOf(f, index))}, or move those modules to the right stages.`
    )
  },
  duplicated_across_levels: (f, index) => {
    const modules = modulesOf(f, index)
    const [first, second] = modules
    if (!first || !second) return 'Add an articulation between the modules.'
    const others = modules.length > 2 ? ` (and likewise for ${codes(modules.slice(2))})` : ''
    return (
      `Add an articulation between ${first.code} and ${second.code}${others}, or lower ` +
      `${competencyCode(index, f.refs.competencyIds?.[0])} to Reinforced in ${second.code}.`
    )
  },
  near_duplicate_outcomes: (f, index) => {
    const [low, high] = modulesOf(f, index)
    const pair = low && high ? `${low.code} and ${high.code}` : 'the two modules'
    return `Add an articulation between ${pair}, or merge or rewrite one of the two outcomes.`
  },
  bridge_gap: (f, index) => {
    const level = f.refs.levels?.[0]
    return (
      `Build a bridge that teaches ${competencyCode(index, f.refs.competencyIds?.[0])}${level ? ` to level ${level}` : ''} ` +
      `for ${codes(modulesOf(f, index))}.`
    )
  },
  no_credential: (f, index) => `Attach an existing credential to ${modulesOf(f, index)[0]?.code ?? 'the module'}, or create one for it.`,
  dead_end_credential: (f, index) => {
    const k = credentialOf(f, index)
    return `Stack “${k?.title ?? 'this credential'}” into a higher credential of the pathway.`
  },
  not_needed_but_taught: (f, index) =>
    `Review ${competencyCode(index, f.refs.competencyIds?.[0])} with the employers, lower its depth in ` +
    `${codes(modulesOf(f, index))}, or accept it with a reason.`,
  no_adult_entry: () => 'Build a bridge for the first stage, or mark an adult-level module as an entry point.',
  below_family_wage: (f, index) => {
    const exit = modulesOf(f, index)[0]?.code ?? 'the exit'
    return `Add a next rung above ${exit} that leads to better-paid jobs, or name better-paid target occupations at ${exit}.`
  },
  leaky_transition: (f, index) => {
    const [from, to] = f.refs.stages ?? []
    const next = modulesOf(f, index).filter((m) => m.stage === to)
    return (
      `Look at the supports, schedule and entry requirements between stage ${from} and stage ${to}` +
      `${next.length ? ` (${codes(next)})` : ''}: what keeps completers from going on?`
    )
  },
  low_completion: (f, index) => {
    const k = credentialOf(f, index)
    if (k) return `Look at how learners prepare for “${k.title}” in ${codes(modulesOf(f, index)) || 'the modules that lead to it'}: its exam, its fees and the supports around them.`
    const code = modulesOf(f, index)[0]?.code ?? 'the module'
    return `Look at the bridge into ${code}, its pacing and the supports its learners get.`
  },
  equity_gap: (f, index) => {
    const k = credentialOf(f, index)
    if (k) return `Look at how that group of learners prepares for “${k.title}” and what its exam and fees ask of them, and ask them what gets in the way.`
    const code = modulesOf(f, index)[0]?.code ?? 'the module'
    return `Look at the bridges, supports and schedule of ${code} for that group of learners, and ask them what gets in the way.`
  },
  no_demand: (f) => `Review ${f.refs.occupations?.[0] ?? 'this occupation'} with the partnership's employers: is it still hiring here, or should the exit name other jobs?`,
}

// The next step of a finding; kinds without a step of their own are reviewed with the partnership.
export function nextStepOf(f: RuleFinding, index: AnalysisIndex): string {
  return STEPS[f.kind]?.(f, index) ?? 'Review this finding with the partnership.'
}
