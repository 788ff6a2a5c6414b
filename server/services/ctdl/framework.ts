// A Rungs framework as a CTDL-ASN ceasn:CompetencyFramework graph of ceasn:Competency items. Each keeps its CASE
// identity: its CASE URI (Rungs' CASE API serves it) is its ceasn:identifier, its code its ceasn:codedNotation.
import { urisFor } from '../export-case/shapes'
import type { CtdlContext } from './context'
import { ctidOf } from './ids'
import { CTDLASN_CONTEXT, description, LANGUAGE, text, type CtdlDocument } from './vocabulary'

export type FrameworkSource = {
  uuid: string
  ctid: string | null
  title: string
  publisher: string | null
  source: string | null
  description: string | null
  organisationUuid: string | null
  items: { id: number; uuid: string; ctid: string | null; parentId: number | null; code: string; statement: string; kind: string }[]
}

const KIND_LABELS: Record<string, string> = { area: 'Area', competency: 'Competency', skill: 'Skill', task: 'Task' }

// The framework's CTDL-ASN graph: the framework first, then its competencies in tree order.
export function frameworkDocument(framework: FrameworkSource, ctx: CtdlContext): CtdlDocument {
  const ctid = ctidOf(framework)
  const uri = ctx.resource(ctid)
  const caseUris = urisFor(ctx.origin)
  const itemUri = new Map(framework.items.map((item) => [item.id, ctx.resource(ctidOf(item))]))
  // Children by parent, in tree order; an item whose parent is not in the framework counts as a top item.
  const children = new Map<number | null, FrameworkSource['items']>()
  for (const item of framework.items) {
    const parent = item.parentId !== null && itemUri.has(item.parentId) ? item.parentId : null
    const siblings = children.get(parent)
    if (siblings) siblings.push(item)
    else children.set(parent, [item])
  }
  const childrenOf = (parentId: number | null) => children.get(parentId) ?? []
  const node: Record<string, unknown> = {
    '@id': uri,
    '@type': 'ceasn:CompetencyFramework',
    'ceterms:ctid': ctid,
    'ceasn:name': text(framework.title),
    'ceasn:description': text(description(framework.description, `${framework.title}: a framework of ${framework.items.length} competencies.`)),
    'ceasn:inLanguage': [LANGUAGE],
    'ceasn:publisher': [ctx.ownerOf(framework)],
    'ceasn:identifier': [caseUris.document(framework.uuid)],
  }
  if (framework.publisher) node['ceasn:publisherName'] = [text(framework.publisher)]
  if (framework.source && /^https?:\/\/\S+$/.test(framework.source)) node['ceasn:source'] = [framework.source]
  const tops = childrenOf(null)
  if (tops.length) node['ceasn:hasTopChild'] = tops.map((item) => itemUri.get(item.id)!)
  const topIds = new Set(tops.map((item) => item.id))
  const items = framework.items.map((item) => {
    const below = childrenOf(item.id)
    const competency: Record<string, unknown> = {
      '@id': itemUri.get(item.id),
      '@type': 'ceasn:Competency',
      'ceterms:ctid': ctidOf(item),
      'ceasn:competencyText': text(item.statement),
      'ceasn:codedNotation': item.code,
      'ceasn:competencyCategory': text(KIND_LABELS[item.kind] ?? item.kind),
      'ceasn:inLanguage': [LANGUAGE],
      'ceasn:isPartOf': [uri],
      'ceasn:identifier': [caseUris.item(item.uuid)],
    }
    if (topIds.has(item.id)) competency['ceasn:isTopChildOf'] = [uri]
    else competency['ceasn:isChildOf'] = [itemUri.get(item.parentId!)]
    if (below.length) competency['ceasn:hasChild'] = below.map((child) => itemUri.get(child.id)!)
    return competency
  })
  return { '@context': CTDLASN_CONTEXT, '@id': ctx.graph(ctid), '@graph': [node, ...items] }
}
