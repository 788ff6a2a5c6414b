// Small builders of test data, written through the services (as the system, actor null) so a test states only
// what it cares about. Rows belong to the test college (the organisation of every account in ./accounts.ts)
// unless the test names another owner, or none (`owner: null`, a row only admins may change).
import type { z } from 'zod'
import { CredentialInput } from '../../shared/schemas/credential'
import { CompetencyInput, FrameworkInput } from '../../shared/schemas/framework'
import { SystemModuleInput } from '../../shared/schemas/module'
import { PathwayInput } from '../../shared/schemas/pathway'
import type { Db } from '../../server/db/connect'
import { createCompetency } from '../../server/services/competencies/write'
import { createCredential } from '../../server/services/credentials'
import { createFramework } from '../../server/services/frameworks/write'
import { createModule } from '../../server/services/modules/write'
import { createPathway } from '../../server/services/pathways/write'
import { ensureOrganisation } from '../../server/services/users'

let sequence = 0
// A value no other factory call in this run has produced, e.g. "MOD-7".
export const unique = (prefix: string) => `${prefix}-${++sequence}`

// The organisation test rows belong to unless told: the college every test account works for.
export const TEST_COLLEGE = { name: 'Riverside Community College', kind: 'college' } as const

// Who owns what a factory makes: an organisation's id, null for no organisation, or (absent) the test college.
export type Owned = { owner?: number | null }

async function ownerOf(db: Db, options: Owned): Promise<number | null> {
  return options.owner !== undefined ? options.owner : (await ensureOrganisation(db, TEST_COLLEGE)).id
}

// A framework with one root competency per code (two made-up codes unless told).
export async function makeFramework(db: Db, options: { title?: string; codes?: string[] } & Owned = {}) {
  const input = FrameworkInput.parse({ title: options.title ?? unique('Framework'), kind: 'occupational' })
  const framework = await createFramework(db, null, input, { owner: await ownerOf(db, options) })
  const competencies = []
  for (const code of options.codes ?? [unique('C'), unique('C')]) {
    const input = CompetencyInput.parse({ frameworkId: framework.id, code, statement: `Statement of ${code}`, kind: 'competency' })
    competencies.push(await createCompetency(db, null, input))
  }
  return { framework, competencies }
}

// A module with a unique code, postsecondary and occupational unless told; any ModuleInput field may be given, and
// `status: 'approved'` makes it approved by the system (its first revision is the public one).
export async function makeModule(db: Db, input: Partial<z.input<typeof SystemModuleInput>> = {}, options: Owned = {}) {
  const code = input.code ?? unique('MOD')
  const parsed = SystemModuleInput.parse({ code, title: `Module ${code}`, level: 'postsecondary', kind: 'occupational', ...input })
  return createModule(db, null, parsed, { owner: await ownerOf(db, options) })
}

// A certificate with a unique title; any CredentialInput field may be given.
export async function makeCredential(db: Db, input: Partial<z.input<typeof CredentialInput>> = {}, options: Owned = {}) {
  const parsed = CredentialInput.parse({ title: unique('Certificate'), kind: 'certificate', ...input })
  return createCredential(db, null, parsed, { owner: await ownerOf(db, options) })
}

// A manufacturing pathway with a unique slug; any PathwayInput field may be given.
export async function makePathway(db: Db, input: Partial<z.input<typeof PathwayInput>> = {}, options: Owned = {}) {
  const slug = input.slug ?? unique('pathway')
  const parsed = PathwayInput.parse({ slug, title: `Pathway ${slug}`, sector: 'Manufacturing', ...input })
  return createPathway(db, null, parsed, { owner: await ownerOf(db, options) })
}
