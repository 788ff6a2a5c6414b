// near_duplicate_outcomes: the same outcome written twice at different levels, with no articulation to
// spare students the repeat. Found by MinHash/LSH, so a statewide catalogue is never compared pair by pair.
import { areArticulated, type AnalysisIndex } from '../build-index'
import { levelName, moduleName, outcomeText } from '../describe'
import { findSimilarPairs, type SimilarityOptions } from '../similarity/find-similar'
import type { AnalysisInput, AnalysisModule, AnalysisOutcome, AnyAlignments, RuleFinding } from '../types'

// Pairs of outcomes whose texts reach the similarity threshold, in modules at different levels with no
// articulation between the modules (info: a text heuristic that needs a person's reading).
export function nearDuplicateOutcomes(index: AnalysisIndex, similarity: Partial<SimilarityOptions>): RuleFinding[] {
  const outcomes: Placed[] = []
  for (const outcome of index.input.outcomes) {
    const module = index.modules.get(outcome.moduleId)
    if (module) outcomes.push({ outcome, module })
  }
  const accept = (a: number, b: number) => {
    const x = outcomes[a]!.module
    const y = outcomes[b]!.module
    return x.level !== y.level && !areArticulated(index, x.id, y.id)
  }
  const pairs = findSimilarPairs(outcomes.map((o) => o.outcome.text), similarity, accept)
  return pairs.map(({ a, b, similarity: score }) => {
    const [low, high] = upTheLadder(outcomes[a]!, outcomes[b]!)
    const key = [low.outcome.id, high.outcome.id].sort((x, y) => x - y).map((id) => `o${id}`).join(':')
    return {
      key: `near_duplicate_outcomes:${key}`,
      kind: 'near_duplicate_outcomes' as const,
      severity: 'info' as const,
      message:
        `Outcome ${outcomeText(low.outcome.text)} of ${moduleName(low.module)} (${levelName(low.module.level)}) and ` +
        `${outcomeText(high.outcome.text)} of ${moduleName(high.module)} (${levelName(high.module.level)}) ` +
        `are ${Math.round(score * 100)}% alike with no articulation between the modules.`,
      refs: {
        outcomeIds: [low.outcome.id, high.outcome.id],
        moduleIds: [low.module.id, high.module.id],
        levels: [low.module.level, high.module.level],
      },
    }
  })
}

type Placed = { outcome: AnalysisOutcome; module: AnalysisModule }

// The part of an input that nearDuplicateOutcomes reads (modules, outcomes, and the articulations and
// credentials that join modules): enough to run this rule alone, on another thread, without the rest.
export function nearDuplicateInput(input: AnalysisInput<AnyAlignments>): AnalysisInput {
  const { frameworkIds, modules, outcomes, credentials, articulations } = input
  return { frameworkIds, competencies: [], requirements: [], modules, outcomes, alignments: [], prerequisites: [], credentials, articulations }
}

// Lower rung first, so the sentence reads up the ladder.
function upTheLadder(x: Placed, y: Placed): [Placed, Placed] {
  return (x.module.stage - y.module.stage || x.outcome.id - y.outcome.id) <= 0 ? [x, y] : [y, x]
}
