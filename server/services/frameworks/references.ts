// What a delete refusal lists: each thing that still points at a framework or an item, in words (titles and
// codes, never ids). Modules the actor may not see are counted, never named: the delete cannot go ahead while they
// align, and the count is all that is said of them.
import type { Db } from '../../db/connect'
import { frameworkReferences } from '../../db/queries/frameworks'
import { alignedModuleCount, alignmentsTo, childrenOf, linksOf } from '../../db/queries/used-by'
import { canSee, writerView, type Viewer } from '../access'

const quoted = (text: string) => `"${text}"`
const hiddenModules = (n: number) => (n ? [`${n} module${n > 1 ? 's' : ''} you cannot see`] : [])

// A link in words, from the side of the item at `here`.
function linkWords(relation: string, otherCode: string, otherStatement: string, outgoing: boolean) {
  if (relation === 'requires') return outgoing ? `its basic-skill requirement ${otherCode} ${quoted(otherStatement)}` : `the requirement of ${otherCode} ${quoted(otherStatement)} for it`
  return `a link (${relation}) with ${otherCode} ${quoted(otherStatement)}`
}

// What points at a framework from outside it: pathways held against it, modules aligned to its items, links
// between its items and other frameworks' (basic-skill requirements among them).
export async function whatRefersToFramework(db: Db, actor: Viewer, id: number): Promise<string[]> {
  const refs = await frameworkReferences(db, id)
  const reader = writerView(actor)
  const modules = new Map<number, { code: string; title: string; items: string[] }>()
  const hidden = new Set<number>()
  for (const a of refs.alignments) {
    if (!canSee(reader, a)) hidden.add(a.id)
    else modules.set(a.id, { code: a.code, title: a.title, items: [...(modules.get(a.id)?.items ?? []), a.competencyCode] })
  }
  return [
    ...refs.pathways.map((p) => `pathway ${quoted(p.title)}`),
    ...[...modules.values()].map((m) => `module ${m.code} ${quoted(m.title)} (aligned to ${m.items.join(', ')})`),
    ...hiddenModules(hidden.size),
    ...refs.links.map((l) =>
      l.relation === 'requires'
        ? `the requirement of ${l.fromCode} (${l.fromFramework}) for ${l.toCode} (${l.toFramework})`
        : `a link (${l.relation}) between ${l.fromCode} (${l.fromFramework}) and ${l.toCode} (${l.toFramework})`,
    ),
  ]
}

// What points at an item: its children, modules aligned to it, and links with other frameworks' items (basic-skill
// requirements among them). Links inside its own framework are the framework's own structure and go with it, as
// they go with the whole framework.
export async function whatRefersToCompetency(db: Db, actor: Viewer, id: number, frameworkId: number): Promise<string[]> {
  const reader = writerView(actor)
  const [children, alignments, links, aligned] = await Promise.all([childrenOf(db, id), alignmentsTo(db, id, reader), linksOf(db, id), alignedModuleCount(db, id)])
  const modules = new Map(alignments.map((a) => [a.id, `module ${a.code} ${quoted(a.title)}`]))
  return [
    ...children.map((c) => `its child item ${c.code} ${quoted(c.statement)}`),
    ...modules.values(),
    ...hiddenModules(aligned - modules.size),
    ...links.filter((l) => l.frameworkId !== frameworkId).map((l) => linkWords(l.relation, l.code, l.statement, l.fromId === id)),
  ]
}
