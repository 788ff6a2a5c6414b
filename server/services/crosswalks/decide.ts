// A reviewer's decisions on a crosswalk between two frameworks: accepted pairs become `equivalent` or `related`
// competency links, rejected pairs are kept so they are not proposed again. The caller owns the transaction:
// every pair is checked before anything is written, and one refused link undoes the whole batch.
import type { Actor } from '../../../shared/domain/permissions'
import { ownsRow } from '../../../shared/domain/permissions'
import type { CrosswalkDecisionsInput } from '../../../shared/schemas/crosswalk'
import type { Db } from '../../db/connect'
import { competencyEnds } from '../../db/queries/competency-links'
import { deleteRejections, insertRejections, linksBetween } from '../../db/queries/crosswalks'
import { AppError, Invalid } from '../../errors'
import { recordAudit } from '../audit'
import { createLink } from '../competency-links'
import { crosswalkFrameworks } from './frameworks'

const key = (fromId: number, toId: number) => `${fromId}:${toId}`

// Checks that each pair joins an item of `from` to an item of `to` and is decided once; 422 naming the field.
async function checkPairs(db: Db, input: CrosswalkDecisionsInput, titles: { from: string; to: string }) {
  const pairs = [...input.accept.map((p, i) => ({ ...p, field: `accept.${i}` })), ...input.reject.map((p, i) => ({ ...p, field: `reject.${i}` }))]
  const ends = new Map((await competencyEnds(db, pairs.flatMap((p) => [p.fromId, p.toId]))).map((c) => [c.id, c]))
  const seen = new Map<string, string>()
  for (const pair of pairs) {
    for (const [side, frameworkId, title] of [['fromId', input.from, titles.from], ['toId', input.to, titles.to]] as const) {
      const id = pair[side]
      if (ends.get(id)?.frameworkId !== frameworkId) {
        throw new Invalid(`${pair.field}.${side}: competency ${id} is not an item of ${title}`, { field: `${pair.field}.${side}` })
      }
    }
    const earlier = seen.get(key(pair.fromId, pair.toId))
    if (earlier) throw new Invalid(`${pair.field}: the pair is already decided in ${earlier}`, { field: pair.field })
    seen.set(key(pair.fromId, pair.toId), pair.field)
  }
  return new Map([...ends.values()].map((c) => [c.id, c.code]))
}

// Accepts and rejects the pairs of one batch; answers what changed.
export async function decideCrosswalk(db: Db, actor: Actor, input: CrosswalkDecisionsInput) {
  const { from, to } = await crosswalkFrameworks(db, input.from, input.to)
  if (!ownsRow(actor, from.organisationId) && !ownsRow(actor, to.organisationId)) {
    throw new AppError('forbidden', 403, `${from.title} and ${to.title} both belong to other organisations; only their own people can crosswalk them.`)
  }
  const codes = await checkPairs(db, input, { from: from.title, to: to.title })
  const linked = new Set((await linksBetween(db, from.id, to.id)).filter((l) => l.relation === 'equivalent' || l.relation === 'related').map((l) => key(l.fromId, l.toId)))

  const fresh = input.accept.filter((p) => !linked.has(key(p.fromId, p.toId)))
  const links = []
  for (const pair of fresh) links.push(await createLink(db, actor, { ...pair, minLevel: null }))
  await deleteRejections(db, input.accept)

  const rejected = await insertRejections(db, input.reject, actor.id)
  for (const row of rejected) {
    const summary = `Rejected crosswalk pair ${codes.get(row.fromId)} – ${codes.get(row.toId)}`
    await recordAudit(db, actor, { action: 'create', table: 'crosswalk_rejections', rowId: row.id, summary, after: row })
  }
  return {
    accepted: links.length,
    alreadyLinked: input.accept.length - fresh.length,
    rejected: rejected.length,
    alreadyRejected: input.reject.length - rejected.length,
    links,
  }
}
