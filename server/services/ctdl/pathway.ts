// A Rungs pathway as a CTDL ceterms:Pathway graph: a ceterms:CourseComponent for each module on its ladder, a
// ceterms:CredentialComponent for each credential, ceterms:ComponentCondition for what earns what, its stages as the
// levels of an asn:ProgressionModel (a graph of its own).
import type { CtdlContext } from './context'
import { derivedCtid } from './ids'
import { CTDL_CONTEXT, CTDLASN_CONTEXT, credentialClass, credentialTypeUri, description, LANGUAGE, ACTIVE_LIFE_CYCLE, occupationType, text, type CtdlDocument } from './vocabulary'

export type PathwayModule = {
  id: number
  code: string
  title: string
  level: string
  kind: string
  stage: number
  isEntry: boolean
  isExit: boolean
  // The module's own Course resource.
  courseCtid: string
  prerequisiteIds: readonly number[]
  // For a bridge: the modules it prepares for.
  targetIds: readonly number[]
}

export type PathwayCredential = { id: number; title: string; kind: 'certificate' | 'certification' | 'license' | 'diploma' | 'degree' | 'badge'; credentialCtid: string; moduleIds: readonly number[]; stacksInto: readonly number[] }

export type PathwaySource = {
  ctid: string
  slug: string
  title: string
  sector: string
  description: string | null
  organisationUuid: string | null
  occupations: { socCode: string; title: string }[]
  modules: PathwayModule[]
  credentials: PathwayCredential[]
}

type Node = Record<string, unknown>

const designation = (name: string) => ({ '@type': 'ceterms:CredentialAlignmentObject', 'ceterms:targetNodeName': text(name) })

// A condition met by completing `requiredNumber` of the target components and/or nested conditions.
function condition(name: string, about: string, requiredNumber: number, targets: string[], nested: Node[] = []): Node {
  const node: Node = { '@type': 'ceterms:ComponentCondition', 'ceterms:name': text(name), 'ceterms:description': text(about), 'ceterms:requiredNumber': requiredNumber }
  if (targets.length) node['ceterms:targetComponent'] = targets
  if (nested.length) node['ceterms:hasCondition'] = nested
  return node
}

// Both graphs of a pathway: the pathway with its components, and the progression model of its stages.
export function pathwayDocuments(source: PathwaySource, ctx: CtdlContext): { pathway: CtdlDocument; progressionModel: CtdlDocument } {
  const pathwayUri = ctx.resource(source.ctid)
  const modelCtid = derivedCtid(source.ctid, 'progression-model')
  const stages = [...new Set(source.modules.map((m) => m.stage))].sort((a, b) => a - b)
  const levelUri = (stage: number) => ctx.resource(derivedCtid(source.ctid, 'stage', stage))
  const componentCtid = { module: new Map<number, string>(), credential: new Map<number, string>() }
  for (const m of source.modules) componentCtid.module.set(m.id, derivedCtid(source.ctid, 'module', m.courseCtid))
  for (const c of source.credentials) componentCtid.credential.set(c.id, derivedCtid(source.ctid, 'credential', c.credentialCtid))
  const moduleUri = (id: number) => ctx.resource(componentCtid.module.get(id)!)
  const credentialUri = (id: number) => ctx.resource(componentCtid.credential.get(id)!)
  const onLadder = (id: number) => componentCtid.module.has(id)
  const moduleById = new Map(source.modules.map((m) => [m.id, m]))

  // Links between components, gathered once so each side names the other (hasChild/isChildOf, precedes).
  const children = new Map<string, string[]>()
  const parents = new Map<string, string[]>()
  const precedes = new Map<string, string[]>()
  const link = (map: Map<string, string[]>, from: string, to: string) => {
    const list = map.get(from) ?? []
    if (!list.includes(to)) map.set(from, [...list, to])
  }
  const child = (parent: string, of: string) => {
    link(children, parent, of)
    link(parents, of, parent)
  }

  const conditions = new Map<string, Node[]>()
  for (const m of source.modules) {
    const prerequisites = m.prerequisiteIds.filter(onLadder)
    for (const p of prerequisites) {
      child(moduleUri(m.id), moduleUri(p))
      link(precedes, moduleUri(p), moduleUri(m.id))
    }
    if (prerequisites.length) {
      const codes = prerequisites.map((p) => moduleById.get(p)!.code).join(', ')
      conditions.set(moduleUri(m.id), [condition('Prerequisites', `Complete ${codes} first.`, prerequisites.length, prerequisites.map(moduleUri))])
    }
    for (const t of m.targetIds.filter(onLadder)) link(precedes, moduleUri(m.id), moduleUri(t))
  }

  // The credentials each credential is stacked from (those on this pathway).
  const stackedFrom = new Map<number, number[]>()
  for (const c of source.credentials) for (const to of c.stacksInto) stackedFrom.set(to, [...(stackedFrom.get(to) ?? []), c.id])
  const known = new Set(source.credentials.map((c) => c.id))
  const stageOf = new Map<number, number>()
  const credentialStage = (c: PathwayCredential, seen = new Set<number>()): number => {
    if (stageOf.has(c.id)) return stageOf.get(c.id)!
    seen.add(c.id)
    const lower = (stackedFrom.get(c.id) ?? []).filter((id) => !seen.has(id)).map((id) => credentialStage(source.credentials.find((x) => x.id === id)!, seen))
    const stage = Math.max(...c.moduleIds.filter(onLadder).map((id) => moduleById.get(id)!.stage), ...lower, stages[0] ?? 1)
    stageOf.set(c.id, stage)
    return stage
  }

  for (const c of source.credentials) {
    const uri = credentialUri(c.id)
    const modules = c.moduleIds.filter(onLadder)
    const lower = (stackedFrom.get(c.id) ?? []).filter((id) => known.has(id))
    for (const id of modules) child(uri, moduleUri(id))
    for (const id of lower) {
      child(uri, credentialUri(id))
      link(precedes, credentialUri(id), uri)
    }
    // The modules of one level are one way to earn it, all of them needed (shared/domain/routes/route-cost.ts).
    const byLevel = new Map<string, number[]>()
    for (const id of modules) byLevel.set(moduleById.get(id)!.level, [...(byLevel.get(moduleById.get(id)!.level) ?? []), id])
    const ways = [...byLevel].map(([level, ids]) =>
      condition(`${level[0]!.toUpperCase()}${level.slice(1)} modules`, `Complete all ${ids.length} of ${ids.map((id) => moduleById.get(id)!.code).join(', ')}.`, ids.length, ids.map(moduleUri)),
    )
    const byModules = ways.length === 1 ? ways[0]! : ways.length ? condition('Modules', 'Complete the modules of any one level.', 1, [], ways) : null
    const stacked = lower.length
      ? condition('A lower credential', `Earn any one of ${lower.length} credentials that stack into this one.`, 1, lower.map(credentialUri))
      : null
    const top =
      byModules && stacked
        ? condition('Earn it', 'Earn a credential that stacks into it, or complete its modules.', 1, [], [stacked, byModules])
        : (byModules ?? stacked)
    if (top) conditions.set(uri, [top])
  }

  // The goals: the credentials nothing on the pathway stacks further into; without credentials, the exits.
  const tops = source.credentials.filter((c) => !c.stacksInto.some((id) => known.has(id))).map((c) => credentialUri(c.id))
  const exits = source.modules.filter((m) => m.isExit).map((m) => moduleUri(m.id))
  const lastStage = source.modules.filter((m) => m.stage === stages.at(-1)).map((m) => moduleUri(m.id))
  const destinations = tops.length ? tops : exits.length ? exits : lastStage

  const relations = (uri: string, stage: number): Node => {
    const node: Node = { 'ceterms:isPartOf': [pathwayUri], 'asn:hasProgressionLevel': [levelUri(stage)] }
    if (destinations.includes(uri)) node['ceterms:isDestinationComponentOf'] = [pathwayUri]
    if (precedes.has(uri)) node['ceterms:precedes'] = precedes.get(uri)
    if (parents.has(uri)) node['ceasn:isChildOf'] = parents.get(uri)
    if (children.has(uri)) node['ceasn:hasChild'] = children.get(uri)
    if (conditions.has(uri)) node['ceterms:hasCondition'] = conditions.get(uri)
    return node
  }

  const moduleComponents = source.modules.map((m): Node => {
    const ctid = componentCtid.module.get(m.id)!
    const uri = ctx.resource(ctid)
    const designations = [m.isEntry ? 'Entry point' : null, m.isExit ? 'Exit to employment' : null, m.kind === 'bridge' ? 'Bridge' : m.kind === 'integrated' ? 'Integrated education and training' : null]
    const node: Node = {
      '@id': uri,
      '@type': 'ceterms:CourseComponent',
      'ceterms:ctid': ctid,
      'ceterms:name': text(`${m.code} ${m.title}`.trim()),
      'ceterms:proxyFor': ctx.resource(m.courseCtid),
    }
    const named = designations.filter((d): d is string => d !== null)
    if (named.length) node['ceterms:componentDesignation'] = named.map(designation)
    return { ...node, ...relations(uri, m.stage) }
  })
  const credentialComponents = source.credentials.map((c): Node => {
    const ctid = componentCtid.credential.get(c.id)!
    const uri = ctx.resource(ctid)
    const node: Node = {
      '@id': uri,
      '@type': 'ceterms:CredentialComponent',
      'ceterms:ctid': ctid,
      'ceterms:name': text(c.title.trim()),
      'ceterms:credentialType': credentialTypeUri(credentialClass(c)),
      'ceterms:proxyFor': ctx.resource(c.credentialCtid),
    }
    return { ...node, ...relations(uri, credentialStage(c)) }
  })
  const components = [...credentialComponents, ...moduleComponents]

  const pathway: Node = {
    '@id': pathwayUri,
    '@type': 'ceterms:Pathway',
    'ceterms:ctid': source.ctid,
    'ceterms:name': text(source.title),
    'ceterms:description': text(description(source.description, `${source.title}: a career pathway in ${source.sector}.`)),
    'ceterms:ownedBy': [ctx.ownerOf(source)],
    'ceterms:subjectWebpage': `${ctx.origin}/pathways/${encodeURIComponent(source.slug)}`,
    'ceterms:lifeCycleStatusType': ACTIVE_LIFE_CYCLE,
  }
  if (source.occupations.length) pathway['ceterms:occupationType'] = source.occupations.map((o) => occupationType(o.socCode, o.title))
  if (components.length) {
    pathway['ceterms:hasDestinationComponent'] = destinations
    pathway['ceterms:hasPart'] = components.map((c) => c['@id'])
  }
  if (stages.length) pathway['asn:hasProgressionModel'] = ctx.resource(modelCtid)

  const modelUri = ctx.resource(modelCtid)
  const model: Node = {
    '@id': modelUri,
    '@type': 'asn:ProgressionModel',
    'ceterms:ctid': modelCtid,
    'ceasn:name': text(`${source.title}: stages`),
    'ceasn:description': text(`The stages of the ${source.title} career pathway, from its entry points to its goals.`),
    'ceasn:inLanguage': [LANGUAGE],
    'ceasn:publisher': [ctx.ownerOf(source)],
    'skos:hasTopConcept': stages.map(levelUri),
  }
  const levels = stages.map((stage, index): Node => {
    const ctid = derivedCtid(source.ctid, 'stage', stage)
    const level: Node = {
      '@id': ctx.resource(ctid),
      '@type': 'asn:ProgressionLevel',
      'ceterms:ctid': ctid,
      'skos:prefLabel': text(`Stage ${stage}`),
      'ceasn:inProgressionModel': modelUri,
      'skos:topConceptOf': modelUri,
    }
    if (index + 1 < stages.length) level['ceterms:precedes'] = [levelUri(stages[index + 1]!)]
    return level
  })

  return {
    pathway: { '@context': CTDL_CONTEXT, '@id': ctx.graph(source.ctid), '@graph': [pathway, ...components] },
    progressionModel: { '@context': CTDLASN_CONTEXT, '@id': ctx.graph(modelCtid), '@graph': [model, ...levels] },
  }
}
