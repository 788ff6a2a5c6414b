// Loads demo data through the same services and input schemas the API uses, resolving codes and keys to ids.
import type { DemoAlignment, DemoCompetency, DemoData, DemoFramework, DemoModule, DemoModuleTerms, DemoOwner, DemoSupport } from '../../../fixtures/demo/types'
import { ArticulationInput, CredentialInput } from '../../../shared/schemas/credential'
import { CompetencyInput, CompetencyLinkInput, FrameworkInput } from '../../../shared/schemas/framework'
import { SystemModuleInput } from '../../../shared/schemas/module'
import { PathwayInput } from '../../../shared/schemas/pathway'
import { docFromText } from '../../../shared/schemas/rich-text'
import type { Db } from '../../db/connect'
import { createArticulation } from '../articulations'
import { createCompetency } from '../competencies/write'
import { createLink } from '../competency-links'
import { createCredential } from '../credentials'
import { createFramework } from '../frameworks/write'
import { createModule } from '../modules/write'
import { createPathway } from '../pathways/write'
import { dependencyOrder } from './dependency-order'
import { setUuid } from '../../db/queries/identity'
import type { DemoOrganisations } from './demo-accounts'
import { loadDemoOutcomes } from './demo-outcomes'
import { demoUuid } from './stable-uuids'

// The seed writes as the system, not as a person: no permission checks. Each row belongs to the demo organisation
// the fixture names, else to the pathway's lead (the college).
const SYSTEM = null
const LEAD: DemoOwner = 'college'

export type DemoCounts = {
  frameworks: number
  competencies: number
  links: number
  credentials: number
  modules: number
  articulations: number
  pathways: number
  outcomeRows: number
}

// Names (codes or keys) to ids, refusing a name defined twice or one that is not defined.
class Ids {
  private readonly ids = new Map<string, number>()
  constructor(private readonly what: string) {}
  add(name: string, id: number) {
    if (this.ids.has(name)) throw new Error(`The demo defines ${this.what} ${name} twice`)
    this.ids.set(name, id)
  }
  get(name: string): number {
    const id = this.ids.get(name)
    if (id === undefined) throw new Error(`The demo refers to ${this.what} ${name}, which it does not define`)
    return id
  }
  get size() {
    return this.ids.size
  }
}

async function loadCompetencies(db: Db, frameworkId: number, items: DemoCompetency[], parentId: number | null, ids: Ids) {
  for (const [position, item] of items.entries()) {
    const { code, statement, kind, level, subject } = item
    const created = await createCompetency(db, SYSTEM, CompetencyInput.parse({ frameworkId, parentId, code, statement, kind, level, subject, position }))
    await setUuid(db, 'competencies', created.id, demoUuid(`competency:${code}`))
    ids.add(code, created.id)
    await loadCompetencies(db, frameworkId, item.children ?? [], created.id, ids)
  }
}

async function loadFrameworks(db: Db, frameworks: DemoFramework[], competencies: Ids, owners: DemoOrganisations) {
  const ids = new Ids('framework')
  for (const { key, competencies: items, owner, ...fields } of frameworks) {
    const framework = await createFramework(db, SYSTEM, FrameworkInput.parse(fields), { owner: owners[owner ?? LEAD] })
    await setUuid(db, 'frameworks', framework.id, demoUuid(`framework:${key}`))
    ids.add(key, framework.id)
    await loadCompetencies(db, framework.id, items, null, competencies)
  }
  return ids
}

async function loadCredentials(db: Db, data: DemoData, owners: DemoOrganisations) {
  const ids = new Ids('credential')
  for (const { key, stacksInto, ...fields } of dependencyOrder(data.credentials, (c) => c.key, (c) => c.stacksInto)) {
    const input = CredentialInput.parse({ ...fields, stacksIntoIds: stacksInto.map((to) => ids.get(to)) })
    const credential = await createCredential(db, SYSTEM, input, { owner: owners[LEAD] })
    await setUuid(db, 'credentials', credential.id, demoUuid(`credential:${key}`))
    ids.add(key, credential.id)
  }
  return ids
}

// A demo support as the API takes it, its provider resolved to the organisation's id.
const supportInput = ({ provider, ...support }: DemoSupport, owners: DemoOrganisations) => ({ ...support, organisationId: owners[provider] })

function moduleInput(module: DemoModule, terms: DemoModuleTerms | undefined, owners: DemoOrganisations, ids: { competencies: Ids; modules: Ids; credentials: Ids }) {
  const alignment = (a: DemoAlignment) => ({ competencyId: ids.competencies.get(a.competency), depth: a.depth, assessed: a.assessed })
  const { outcomes, alignments, prerequisites, credentials, owner: _owner, ...fields } = module
  return SystemModuleInput.parse({
    ...fields,
    durationWeeks: terms?.durationWeeks,
    costToStudent: terms?.costToStudent,
    delivery: terms?.delivery,
    funding: terms?.funding ?? [],
    supports: (terms?.supports ?? []).map((s) => supportInput(s, owners)),
    outcomes: outcomes.map((o) => ({ content: docFromText(o.text), alignments: o.alignments.map(alignment) })),
    alignments: (alignments ?? []).map(alignment),
    prerequisiteIds: (prerequisites ?? []).map((code) => ids.modules.get(code)),
    credentialIds: credentials.map((key) => ids.credentials.get(key)),
  })
}

async function loadModules(db: Db, data: DemoData, ids: { competencies: Ids; credentials: Ids }, owners: DemoOrganisations) {
  const modules = new Ids('module')
  for (const module of dependencyOrder(data.modules, (m) => m.code, (m) => m.prerequisites ?? [])) {
    const input = moduleInput(module, data.supports.modules[module.code], owners, { ...ids, modules })
    const created = await createModule(db, SYSTEM, input, { owner: owners[module.owner ?? LEAD] })
    await setUuid(db, 'modules', created.id, demoUuid(`module:${module.code}`))
    for (const [position, outcome] of created.outcomes.entries()) {
      await setUuid(db, 'outcomes', outcome.id, demoUuid(`outcome:${module.code}#${position + 1}`))
    }
    modules.add(module.code, created.id)
  }
  return modules
}

async function loadPathway(db: Db, data: DemoData, frameworks: Ids, modules: Ids, owners: DemoOrganisations) {
  const { slug, title, sector, description, occupations, stages, familyWage } = data.pathway
  const placements = stages.flatMap(({ stage, modules: placed }) =>
    placed.map((p, position) => ({
      moduleId: modules.get(p.module), stage, position, isEntry: !!p.entry, isExit: !!p.exit, occupations: p.occupations ?? [],
    })),
  )
  const input = {
    slug, title, sector, description, occupations, frameworkIds: data.pathway.frameworks.map((key) => frameworks.get(key)),
    familyWageHourly: familyWage.hourly, familyWageSource: familyWage.source, familyWageRegion: familyWage.region, familyWageYear: familyWage.year,
  }
  const supports = data.supports.pathway.map((s) => supportInput(s, owners))
  const pathway = await createPathway(db, SYSTEM, PathwayInput.parse({ ...input, modules: placements, supports }), { owner: owners[LEAD] })
  await setUuid(db, 'pathways', pathway.id, demoUuid(`pathway:${slug}`))
}

// Writes the whole demo into db (the caller's transaction), owned by the demo's organisations, and returns how many
// rows of each kind it made.
export async function loadDemo(db: Db, data: DemoData, owners: DemoOrganisations): Promise<DemoCounts> {
  const competencies = new Ids('competency')
  const frameworks = await loadFrameworks(db, data.frameworks, competencies, owners)
  for (const { from, to, relation, minLevel } of data.links) {
    await createLink(db, SYSTEM, CompetencyLinkInput.parse({ fromId: competencies.get(from), toId: competencies.get(to), relation, minLevel }))
  }
  const credentials = await loadCredentials(db, data, owners)
  const modules = await loadModules(db, data, { competencies, credentials }, owners)
  for (const { from, to, ...fields } of data.articulations) {
    const source = 'module' in from ? { fromModuleId: modules.get(from.module) } : { fromCredentialId: credentials.get(from.credential) }
    await createArticulation(db, SYSTEM, ArticulationInput.parse({ ...source, toModuleId: modules.get(to), ...fields }), { owner: owners[LEAD] })
  }
  await loadPathway(db, data, frameworks, modules, owners)
  const ownerOf = new Map(data.modules.map((m) => [m.code, owners[m.owner ?? LEAD]]))
  const outcomeRows = await loadDemoOutcomes(db, data.learnerOutcomes, (code) => ({ id: modules.get(code), organisationId: ownerOf.get(code) ?? null }))
  return {
    frameworks: frameworks.size,
    competencies: competencies.size,
    links: data.links.length,
    credentials: credentials.size,
    modules: modules.size,
    articulations: data.articulations.length,
    pathways: 1,
    outcomeRows,
  }
}
