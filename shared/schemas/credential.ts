import { z } from 'zod'
import { ARTICULATION_KINDS, CREDENTIAL_KINDS } from '../domain/vocabulary'
import { Id, Line, OptionalLine, Page, SearchText } from './common'
import { SocCode } from './labor'

const CredentialFields = z.object({
  title: Line(),
  kind: z.enum(CREDENTIAL_KINDS),
  issuer: OptionalLine(),
  industryRecognised: z.boolean(),
  description: OptionalLine(4000),
  // The credentials this one stacks into; a cycle is refused.
  stacksIntoIds: z.array(Id).max(50),
  // The jobs the credential qualifies for (SOC 2018 codes).
  occupations: z.array(SocCode).max(20),
})
export const CredentialInput = CredentialFields.extend({
  industryRecognised: z.boolean().default(false),
  stacksIntoIds: z.array(Id).max(50).default([]),
  occupations: z.array(SocCode).max(20).default([]),
})
export type CredentialInput = z.infer<typeof CredentialInput>
export const CredentialPatch = CredentialFields.partial()
export type CredentialPatch = z.infer<typeof CredentialPatch>
export const CredentialQuery = Page.extend({ q: SearchText(), kind: z.enum(CREDENTIAL_KINDS).optional() })

const ArticulationFields = z.object({
  fromModuleId: Id.nullish(),
  fromCredentialId: Id.nullish(),
  toModuleId: Id,
  credits: z.number().min(0).max(200).nullish(),
  kind: z.enum(ARTICULATION_KINDS),
  description: OptionalLine(2000),
})
const oneSource = (a: { fromModuleId?: number | null; fromCredentialId?: number | null }) =>
  (a.fromModuleId == null) !== (a.fromCredentialId == null)
const oneSourceMessage = { message: 'Give exactly one of fromModuleId or fromCredentialId', path: ['fromModuleId'] }

export const ArticulationInput = ArticulationFields.refine(oneSource, oneSourceMessage)
export type ArticulationInput = z.infer<typeof ArticulationInput>
export const ArticulationPatch = ArticulationFields.partial()
export type ArticulationPatch = z.infer<typeof ArticulationPatch>
export const ArticulationQuery = Page.extend({ moduleId: Id.optional(), pathwayId: Id.optional() })
