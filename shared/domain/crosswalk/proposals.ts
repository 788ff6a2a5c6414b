// Framework crosswalks (issue 19): which items of one framework match which items of another, proposed to a
// reviewer as `equivalent` or `related` pairs. The text ranking is the suggestion ranker's (a Ranker over each
// framework); this module only decides which ranked pairs to propose and as what, so both stay testable alone.

// One item of a framework as the crosswalk reads it.
export type CrosswalkItem = { id: number; code: string | null; statement: string }

// A ranked match of a query text among one framework's items, best first (the suggestion ranker's answer).
export type Ranked = { competencyId: number; score: number; matched: string[] }
export type Ranker = (query: string, limit: number) => Ranked[]

export type CrosswalkRelation = 'equivalent' | 'related'

export type Proposal = { fromId: number; toId: number; score: number; relation: CrosswalkRelation; matched: string[] }

// Scores are the ranker's (0 to 1). Below `related` a pair shares too little to be worth a reviewer's time;
// `equivalent` also needs the pair to be each other's best match, so one broad item cannot be "the same as"
// several narrow ones.
export const CROSSWALK_SCORES = { related: 0.3, equivalent: 0.6 } as const

// How many counterparts each item may be proposed with.
export const PROPOSALS_PER_ITEM = 3

// The relation a pair is proposed as, or null when it is not worth proposing.
export function relationFor(score: number, mutualBest: boolean): CrosswalkRelation | null {
  if (score >= CROSSWALK_SCORES.equivalent && mutualBest) return 'equivalent'
  return score >= CROSSWALK_SCORES.related ? 'related' : null
}

export type CrosswalkInput = {
  from: readonly CrosswalkItem[]
  to: readonly CrosswalkItem[]
  // Ranks the `to` items for a text, and the `from` items for a text (to tell mutual best matches).
  rankTo: Ranker
  rankFrom: Ranker
  // Pairs (fromId, toId) already linked or rejected: never proposed, and never counted as a best match.
  skip: (fromId: number, toId: number) => boolean
}

const queryOf = (item: CrosswalkItem) => item.statement

// The proposed pairs, best score first (ties by from then to id, so the order is stable).
export function proposeCrosswalk(input: CrosswalkInput): Proposal[] {
  const bestFromOf = new Map<number, number | null>()
  const toById = new Map(input.to.map((item) => [item.id, item]))
  const bestFrom = (toId: number): number | null => {
    if (!bestFromOf.has(toId)) {
      const ranked = input.rankFrom(queryOf(toById.get(toId)!), PROPOSALS_PER_ITEM + 1).filter((r) => !input.skip(r.competencyId, toId))
      bestFromOf.set(toId, ranked[0]?.competencyId ?? null)
    }
    return bestFromOf.get(toId)!
  }
  const proposals: Proposal[] = []
  for (const item of input.from) {
    // Ask for a few more than needed: skipped pairs drop out after ranking.
    const ranked = input.rankTo(queryOf(item), PROPOSALS_PER_ITEM * 2).filter((r) => toById.has(r.competencyId) && !input.skip(item.id, r.competencyId))
    for (const [rank, match] of ranked.slice(0, PROPOSALS_PER_ITEM).entries()) {
      const mutual = rank === 0 && bestFrom(match.competencyId) === item.id
      const relation = relationFor(match.score, mutual)
      if (relation) proposals.push({ fromId: item.id, toId: match.competencyId, score: match.score, relation, matched: match.matched })
    }
  }
  return proposals.sort((a, b) => b.score - a.score || a.fromId - b.fromId || a.toId - b.toId)
}
