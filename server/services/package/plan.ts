// Plans a package against the instance: which rows it creates, updates or leaves, and every problem with its JSON
// path. Nothing is written; commit.ts writes a plan without errors.
import { modulePermission, ownsRow, can } from '../../../shared/domain/permissions'
import type { PackageModule, RungsPackage } from '../../../shared/package/schema'
import type { RichTextDoc } from '../../../shared/schemas/rich-text'
import { SupportInput } from '../../../shared/schemas/supports'
import type { Db } from '../../db/connect'
import { allPrerequisiteEdges, allStackEdges } from '../../db/queries/package-lookup'
import { planArticulations, planPathway } from './plan-pathway'
import { AppError } from '../../errors'
import { writerView, type Viewer } from '../access'
import { checkedContent, unpackedContent } from './content'
import { credentialEntries, moduleEntries } from './export'
import { sameEntry } from './compare'
import { findLoop, PackageProblems, type Path } from './problems'
import { lookUp, type DbModule, type Lookups } from './references'

export type Action = 'create' | 'update' | 'unchanged'
// A module named by a reference: one of the package (its index) or one of the instance (its id).
export type ModuleTarget = { index: number } | { id: number }
export type CredentialTarget = { index: number } | { id: number }

export type Plan = Awaited<ReturnType<typeof planPackage>>

const lower = (s: string) => s.toLowerCase()

export async function planPackage(db: Db, actor: Viewer, pkg: RungsPackage, problems: PackageProblems) {
  const look = await lookUp(db, actor, pkg)
  const modules = pkg.modules ?? []
  const credentials = pkg.credentials ?? []
  checkFrameworks(pkg, look, problems)

  // Modules: each code and uuid once; matched to the instance by uuid, else by code.
  const inPackage = new Map<string, number>()
  const moduleExisting: (DbModule | null)[] = []
  modules.forEach((m, i) => {
    for (const [key, field] of [[m.code, 'code'], ...(m.uuid ? [[lower(m.uuid), 'uuid']] : [])] as const) {
      if (inPackage.has(key)) problems.error(['modules', i, field], `${field === 'code' ? 'Code' : 'Uuid'} ${key} is used twice in this package (also at $.modules[${inPackage.get(key)}])`)
      else inPackage.set(key, i)
    }
    moduleExisting.push(matchModule(m, i, look, problems))
  })
  const moduleTarget = (ref: string, path: Path): ModuleTarget | null => {
    const index = inPackage.get(ref) ?? inPackage.get(lower(ref))
    if (index !== undefined) return { index }
    const m = look.module(ref)
    if (m) return { id: m.id }
    problems.error(path, `Module ${ref} is neither in this package nor one you can see here`)
    return null
  }

  // Credentials: matched by uuid.
  const credentialIndex = new Map<string, number>()
  credentials.forEach((c, i) => {
    if (credentialIndex.has(lower(c.uuid))) problems.error(['credentials', i, 'uuid'], `Credential ${c.uuid} is listed twice in this package`)
    else credentialIndex.set(lower(c.uuid), i)
  })
  const credentialTarget = (uuid: string, path: Path): CredentialTarget | null => {
    const index = credentialIndex.get(lower(uuid))
    if (index !== undefined) return { index }
    const c = look.credentials.get(lower(uuid))
    if (c) return { id: c.id }
    problems.error(path, `Credential ${uuid} is neither in this package nor in this instance`)
    return null
  }

  const moduleRefs = modules.map((m, i) => ({
    prerequisites: (m.prerequisites ?? []).map((r, j) => moduleTarget(r, ['modules', i, 'prerequisites', j])),
    prepares: (m.prepares ?? []).map((r, j) => moduleTarget(r, ['modules', i, 'prepares', j])),
    credentials: (m.credentials ?? []).map((u, j) => credentialTarget(u, ['modules', i, 'credentials', j])),
  }))
  const moduleContent = modules.map((m, i) => checkModule(m, i, moduleRefs[i]!, look, problems))
  const stacks = credentials.map((c, i) => (c.stacksInto ?? []).map((u, j) => credentialTarget(u, ['credentials', i, 'stacksInto', j])))
  credentials.forEach((c, i) => (c.occupations ?? []).forEach((soc, j) => look.occupations.has(soc) || problems.error(['credentials', i, 'occupations', j], `${soc} is not a SOC 2018 occupation`)))

  await checkLoops(db, moduleExisting, moduleRefs.map((r) => r.prerequisites), allPrerequisiteEdges, ['prerequisites', 'Prerequisites'], 'modules', problems)
  const credentialExisting = credentials.map((c) => look.credentials.get(lower(c.uuid)) ?? null)
  await checkLoops(db, credentialExisting, stacks, allStackEdges, ['stacksInto', 'Stacking'], 'credentials', problems)

  // What changes: an existing row is compared with its own export.
  const matched = moduleExisting.flatMap((m) => (m ? [m.id] : []))
  const current = (await moduleEntries(db, writerView(actor), matched)).entries
  const moduleActions = modules.map((m, i): Action => {
    const existing = moduleExisting[i]
    if (!existing) {
      if (actor && !can(actor.role, modulePermission(m.kind))) problems.error(['modules', i, 'kind'], `You may not author ${m.kind} modules`)
      return 'create'
    }
    if (sameEntry(comparable(current.get(existing.id)), comparable(m))) return 'unchanged'
    if (actor && (!ownsRow(actor, existing.organisationId) || !can(actor.role, modulePermission(existing.kind)) || !can(actor.role, modulePermission(m.kind)))) {
      problems.error(['modules', i], `Module ${m.code} belongs to another organisation or is not one you may author; only its own people can change it, so leave it as exported`)
    } else if (existing.status === 'review' || existing.status === 'archived') {
      problems.error(['modules', i], `Module ${m.code} is ${existing.status === 'review' ? 'in review' : 'archived'}; it cannot be changed by an import now`)
    }
    return 'update'
  })
  const currentCredentials = await credentialEntries(db, credentialExisting.flatMap((c) => (c ? [c.id] : [])))
  const credentialActions = credentials.map((c, i): Action => {
    const existing = credentialExisting[i]
    if (!existing) return 'create'
    if (sameEntry(currentCredentials.get(existing.id), c)) return 'unchanged'
    if (actor && !ownsRow(actor, existing.organisationId)) problems.error(['credentials', i], `Credential "${c.title}" belongs to another organisation; only its own people can change it, so leave it as exported`)
    return 'update'
  })
  const articulations = await planArticulations(db, actor, pkg, moduleTarget, credentialTarget, moduleExisting, credentialExisting, problems)
  const pathway = await planPathway(db, actor, pkg, moduleTarget, look, problems)
  return {
    look,
    modules: modules.map((entry, i) => ({ entry, existing: moduleExisting[i] ?? null, action: moduleActions[i]!, refs: moduleRefs[i]!, content: moduleContent[i]! })),
    credentials: credentials.map((entry, i) => ({ entry, existing: credentialExisting[i] ?? null, action: credentialActions[i]!, stacks: stacks[i]! })),
    articulations,
    pathway,
  }
}

// An export leaves out what is empty; a package may spell it out. Compare both the same way.
function comparable(entry: PackageModule | undefined) {
  if (!entry) return null
  const { description, outcomes, ...rest } = entry
  const clean = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length)))
  return {
    ...clean,
    description: description === undefined ? null : unpackedContent(description),
    outcomes: (outcomes ?? []).map((o) => ({ uuid: o.uuid, content: unpackedContent(o.content), alignments: (o.alignments ?? []).map((a) => ({ ...a, assessed: a.assessed || undefined })) })),
  }
}

function checkFrameworks(pkg: RungsPackage, look: Lookups, problems: PackageProblems) {
  (pkg.frameworks ?? []).forEach((f, i) => {
    if (!look.frameworks.has(lower(f.identifier)) && !f.case) problems.error(['frameworks', i, 'identifier'], `Framework ${f.identifier} is not in this instance and the package does not embed it as CASE; import it first or export with --embed-frameworks`)
    if (f.case && lower(f.case.CFDocument.identifier) !== lower(f.identifier)) problems.error(['frameworks', i, 'case', 'CFDocument', 'identifier'], `The embedded CFDocument's identifier must be ${f.identifier}`)
  });
  (pkg.pathway.frameworks ?? []).forEach((uuid, j) => {
    if (!look.competencies.has(lower(uuid))) problems.error(['pathway', 'frameworks', j], `Framework ${uuid} is neither in this instance nor embedded in the package`)
  })
}

function matchModule(m: PackageModule, i: number, look: Lookups, problems: PackageProblems): DbModule | null {
  const byUuid = m.uuid ? look.module(m.uuid, { hidden: true }) : undefined
  const byCode = look.module(m.code, { hidden: true })
  const existing = byUuid ?? (m.uuid ? undefined : byCode)
  if (existing && !look.module(existing.uuid)) {
    problems.error(['modules', i], `Module ${m.code} cannot be written: its uuid or code belongs to a module you may not change`)
    return null
  }
  if (byCode && byCode.uuid !== existing?.uuid) problems.error(['modules', i, 'code'], `Code ${m.code} is already used by another module`)
  return existing ?? null
}

// What planning a module settles for writing it: its rich text as stored and the competency id of each alignment
// (0 for an item of an embedded framework not imported yet; null where the alignment is refused).
type ModuleContent = { description?: RichTextDoc; outcomes: (RichTextDoc | null)[]; alignments: (number | null)[]; outcomeAlignments: (number | null)[][] }

function checkModule(m: PackageModule, i: number, refs: { prerequisites: (ModuleTarget | null)[]; prepares: (ModuleTarget | null)[] }, look: Lookups, problems: PackageProblems): ModuleContent {
  const at = (...rest: Path) => ['modules', i, ...rest]
  const alignments = (list: PackageModule['alignments'], path: Path) => {
    const seen = new Set<string>()
    return (list ?? []).map((a, j): number | null => {
      const framework = lower(a.framework)
      const index = look.competencies.get(framework)
      if (!index) {
        problems.error([...path, j, 'framework'], `Framework ${a.framework} is neither in this instance nor embedded in the package`)
        return null
      }
      const byUuid = index.byUuid.get(lower(a.competency))
      const byCode = index.byCode.get(a.competency) ?? []
      if (byUuid === undefined && byCode.length !== 1) {
        problems.error([...path, j, 'competency'], byCode.length ? `Code ${a.competency} names ${byCode.length} items of framework ${a.framework}; use the item's identifier` : `Framework ${a.framework} has no item ${a.competency}`)
        return null
      }
      const key = `${framework}:${byUuid === undefined ? a.competency : lower(a.competency)}`
      if (seen.has(key)) problems.error([...path, j, 'competency'], `Competency ${a.competency} is aligned twice here`)
      seen.add(key)
      return byUuid ?? byCode[0]!
    })
  }
  // Checked once here; the commit stores what this answers.
  const content = (value: NonNullable<PackageModule['description']>, path: Path): RichTextDoc | null => {
    try {
      return checkedContent(value, String(path[path.length - 1]))
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      problems.error(path, error.message)
      return null
    }
  }
  const moduleAlignments = alignments(m.alignments, at('alignments'))
  const outcomes = (m.outcomes ?? []).map((o, j) => {
    const list = alignments(o.alignments, at('outcomes', j, 'alignments'))
    const doc = content(o.content, at('outcomes', j, 'content'))
    const other = o.uuid ? look.outcomes.get(lower(o.uuid)) : undefined
    if (other && (!m.uuid || look.module(m.uuid, { hidden: true })?.id !== other.moduleId)) problems.error(at('outcomes', j, 'uuid'), `Outcome ${o.uuid} belongs to another module`)
    return { doc, list }
  })
  const description = m.description === undefined ? undefined : (content(m.description, at('description')) ?? undefined)
  if (m.teamTaughtShare != null && m.kind !== 'integrated') problems.error(at('teamTaughtShare'), 'Only an integrated module has a team-taught share')
  if (m.prepares?.length && m.kind === 'occupational') problems.error(at('prepares'), 'Only bridge and integrated modules prepare learners for other modules')
  refs.prerequisites.forEach((t, j) => t && 'index' in t && t.index === i && problems.error(at('prerequisites', j), `Module ${m.code} cannot be its own prerequisite`))
  duplicates(m.prerequisites ?? [], at('prerequisites'), problems)
  duplicates(m.credentials ?? [], at('credentials'), problems)
  if (new Set(m.funding?.map((f) => f.source)).size !== (m.funding?.length ?? 0)) problems.error(at('funding'), 'Each funding source may be listed once')
  checkSupports(m.supports ?? [], at('supports'), look, problems)
  return { description, outcomes: outcomes.map((o) => o.doc), alignments: moduleAlignments, outcomeAlignments: outcomes.map((o) => o.list) }
}

function duplicates(list: readonly string[], path: Path, problems: PackageProblems) {
  const seen = new Set<string>()
  list.forEach((v, j) => (seen.has(v) ? problems.error([...path, j], `${v} is listed twice`) : seen.add(v)))
}

export function checkSupports(list: readonly { provider?: string | null }[], path: Path, look: Lookups, problems: PackageProblems) {
  list.forEach((s, j) => {
    const parsed = SupportInput.safeParse({ ...s, provider: undefined, stage: undefined })
    if (!parsed.success) for (const issue of parsed.error.issues) problems.error([...path, j, ...(issue.path as (string | number)[])], issue.message)
    if (s.provider && !look.organisations.has(s.provider)) problems.error([...path, j, 'provider'], `No organisation is named "${s.provider}"`)
  })
}

// Refuses a loop the package's edges would close with the instance's (prerequisites, or credential stacking).
async function checkLoops(
  db: Db, existing: readonly ({ id: number } | null)[], lists: readonly (readonly ({ index: number } | { id: number } | null)[])[],
  edgesOf: (db: Db) => Promise<{ fromId: number; toId: number }[]>, [field, what]: [string, string], section: string, problems: PackageProblems,
) {
  if (!lists.some((l) => l.length)) return
  // Package rows are keys -1, -2…; an instance row its id (a package row matched to one takes the package's key).
  const keyOfId = new Map(existing.flatMap((e, i) => (e ? [[e.id, -(i + 1)] as const] : [])))
  const key = (t: { index: number } | { id: number }) => ('index' in t ? -(t.index + 1) : (keyOfId.get(t.id) ?? t.id))
  const edges = new Map<number, number[]>()
  const add = (from: number, to: number) => edges.set(from, [...(edges.get(from) ?? []), to])
  for (const e of await edgesOf(db)) if (!keyOfId.has(e.fromId)) add(keyOfId.get(e.fromId) ?? e.fromId, keyOfId.get(e.toId) ?? e.toId)
  lists.forEach((list, i) => list.forEach((t) => t && add(-(i + 1), key(t))))
  const loop = findLoop(edges)
  const first = loop?.find((k) => k < 0)
  if (loop && first !== undefined) problems.error([section, -first - 1, field], `${what} would form a loop through ${loop.filter((k) => k < 0).length} rows of this package (${section}[${loop.filter((k) => k < 0).map((k) => -k - 1).join('], [')}])`)
}
