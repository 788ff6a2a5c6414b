// Small builders of test data, written through the services (as the system, actor null) so a test states only
// what it cares about.
import type { z } from 'zod'
import { CredentialInput } from '../../shared/schemas/credential'
import { CompetencyInput, FrameworkInput } from '../../shared/schemas/framework'
import { ModuleInput } from '../../shared/schemas/module'
import { PathwayInput } from '../../shared/schemas/pathway'
import type { Db } from '../../server/db/connect'
import { createCompetency } from '../../server/services/competencies'
import { createCredential } from '../../server/services/credentials'
import { createFramework } from '../../server/services/frameworks'
import { createModule } from '../../server/services/modules/write'
import { createPathway } from '../../server/services/pathways/write'

let sequence = 0
// A value no other factory call in this run has produced, e.g. "MOD-7".
export const unique = (prefix: string) => `${prefix}-${++sequence}`

// A framework with one root competency per code (two made-up codes unless told).
export async function makeFramework(db: Db, options: { title?: string; codes?: string[] } = {}) {
  const framework = await createFramework(db, null, FrameworkInput.parse({ title: options.title ?? unique('Framework'), kind: 'occupational' }))
  const competencies = []
  for (const code of options.codes ?? [unique('C'), unique('C')]) {
    const input = CompetencyInput.parse({ frameworkId: framework.id, code, statement: `Statement of ${code}`, kind: 'competency' })
    competencies.push(await createCompetency(db, null, input))
  }
  return { framework, competencies }
}

// A module with a unique code, postsecondary and occupational unless told; any ModuleInput field may be given.
export function makeModule(db: Db, input: Partial<z.input<typeof ModuleInput>> = {}) {
  const code = input.code ?? unique('MOD')
  return createModule(db, null, ModuleInput.parse({ code, title: `Module ${code}`, level: 'postsecondary', kind: 'occupational', ...input }))
}

// A certificate with a unique title; any CredentialInput field may be given.
export function makeCredential(db: Db, input: Partial<z.input<typeof CredentialInput>> = {}) {
  return createCredential(db, null, CredentialInput.parse({ title: unique('Certificate'), kind: 'certificate', ...input }))
}

// A manufacturing pathway with a unique slug; any PathwayInput field may be given.
export function makePathway(db: Db, input: Partial<z.input<typeof PathwayInput>> = {}) {
  const slug = input.slug ?? unique('pathway')
  return createPathway(db, null, PathwayInput.parse({ slug, title: `Pathway ${slug}`, sector: 'Manufacturing', ...input }))
}
