// Who a comment may mention: active people of the partnership who can see what the comment is about.
import type { Db } from '../../db/connect'
import { mentionablePeople } from '../../db/queries/inbox'
import { Invalid } from '../../errors'
import { audienceOf, type ResolvedTarget } from './target'

// People one may mention on the target, matching words of their names (the @ picker).
export function peopleToMention(db: Db, target: ResolvedTarget, q: string | undefined, limit: number) {
  return mentionablePeople(db, { q, limit, onlyOrganisation: audienceOf(target.facts) })
}

// Checks the people a comment mentions: each once, an active person who can see the target (a draft module's
// comments cannot notify someone the draft is hidden from), and named in the text as @Name. 422 otherwise.
export async function checkMentions(db: Db, target: ResolvedTarget, ids: readonly number[], text: string): Promise<number[]> {
  if (!ids.length) return []
  const twice = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))]
  if (twice.length) throw new Invalid(`mentions: person ${twice.join(', ')} is listed twice`, { field: 'mentions' })
  const everyone = await mentionablePeople(db, { ids, limit: ids.length })
  const known = new Map(everyone.map((p) => [p.id, p]))
  const missing = ids.filter((id) => !known.has(id))
  if (missing.length) throw new Invalid(`mentions: person ${missing.join(', ')} does not exist or is disabled`, { field: 'mentions', missing })
  const audience = audienceOf(target.facts)
  if (audience !== undefined) {
    const allowed = new Set((await mentionablePeople(db, { ids, limit: ids.length, onlyOrganisation: audience })).map((p) => p.id))
    const blind = ids.filter((id) => !allowed.has(id)).map((id) => known.get(id)!.name)
    if (blind.length) throw new Invalid(`mentions: ${blind.join(', ')} cannot see this draft, so cannot be mentioned on it`, { field: 'mentions' })
  }
  const unnamed = ids.map((id) => known.get(id)!.name).filter((name) => !text.includes(`@${name}`))
  if (unnamed.length) throw new Invalid(`mentions: ${unnamed.map((n) => `@${n}`).join(', ')} must appear in the body`, { field: 'mentions' })
  return [...ids]
}
