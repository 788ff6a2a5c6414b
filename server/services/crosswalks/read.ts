// The crosswalk between two frameworks: proposed `equivalent` / `related` pairs of their items, ranked by the
// suggestion ranker, without the pairs already linked or rejected; and the coverage of `from` by `to`.
import { assessableItems, crosswalkCoverage } from '../../../shared/domain/crosswalk/coverage'
import { proposeCrosswalk, type CrosswalkItem, type Ranker } from '../../../shared/domain/crosswalk/proposals'
import { can, ownsRow } from '../../../shared/domain/permissions'
import { buildSuggestionIndex, suggest } from '../../../shared/domain/suggestions/rank'
import type { CrosswalkQuery } from '../../../shared/schemas/crosswalk'
import type { Db } from '../../db/connect'
import { competenciesOfFramework } from '../../db/queries/competencies'
import { linksBetween, rejectionsBetween } from '../../db/queries/crosswalks'
import type { Viewer } from '../access'
import { crosswalkFrameworks } from './frameworks'

type Row = CrosswalkItem & { parentId: number | null }

// A ranker over a framework's assessable items, each read with its ancestors' statements as context (`rows`: all
// the framework's items, for the ancestors).
export function rankerOf(rows: readonly Row[], items: readonly Row[]): Ranker {
  const byId = new Map(rows.map((r) => [r.id, r]))
  const ancestors = (row: Row) => {
    const out: string[] = []
    for (let at = row.parentId === null ? undefined : byId.get(row.parentId); at && out.length < 32; at = at.parentId === null ? undefined : byId.get(at.parentId)) {
      out.push(at.statement)
    }
    return out
  }
  const index = buildSuggestionIndex(items.map((r) => ({ id: r.id, code: r.code, text: r.statement, context: ancestors(r) })))
  return (query, limit) => suggest(index, query, { limit })
}

const itemOf = (row: CrosswalkItem) => ({ id: row.id, code: row.code, statement: row.statement })

// The proposals (best first, at most `limit`) and the coverage; `mayDecide` tells whether the reader may accept
// or reject them (a person of either framework's organisation who may write frameworks).
export async function crosswalkBetween(db: Db, viewer: Viewer, query: CrosswalkQuery) {
  const { from, to } = await crosswalkFrameworks(db, query.from, query.to)
  const [fromRows, toRows] = await Promise.all([competenciesOfFramework(db, from.id), competenciesOfFramework(db, to.id)])
  const fromItems = assessableItems(fromRows)
  const toItems = assessableItems(toRows)
  const [links, rejections] = await Promise.all([linksBetween(db, from.id, to.id), rejectionsBetween(db, from.id, to.id)])
  const decided = new Set([...links, ...rejections].map((p) => `${p.fromId}:${p.toId}`))
  const proposals = proposeCrosswalk({
    from: fromItems,
    to: toItems,
    rankTo: rankerOf(toRows, toItems),
    rankFrom: rankerOf(fromRows, fromItems),
    skip: (fromId, toId) => decided.has(`${fromId}:${toId}`),
  })
  const fromById = new Map(fromItems.map((r) => [r.id, r]))
  const toById = new Map(toItems.map((r) => [r.id, r]))
  const coverage = crosswalkCoverage(fromItems, links)
  const frameworkOf = (f: typeof from) => ({ id: f.id, title: f.title, kind: f.kind })
  return {
    from: frameworkOf(from),
    to: frameworkOf(to),
    mayDecide: viewer !== null && can(viewer.role, 'framework:write') && (ownsRow(viewer, from.organisationId) || ownsRow(viewer, to.organisationId)),
    total: proposals.length,
    proposals: proposals.slice(0, query.limit).map(({ fromId, toId, ...rest }) => ({ from: itemOf(fromById.get(fromId)!), to: itemOf(toById.get(toId)!), ...rest })),
    coverage: { total: coverage.total, covered: coverage.covered, uncovered: coverage.uncovered.map(itemOf) },
  }
}
