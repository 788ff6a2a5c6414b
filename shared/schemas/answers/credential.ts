// What the API answers about credentials and articulations: the credential list and one credential with how it
// stacks (GET /api/credentials, /api/credentials/:id), the articulation list and one articulation
// (GET /api/articulations, /api/articulations/:id).
import { z } from 'zod'
import { CREDENTIAL_KINDS, LEVELS } from '../../domain/vocabulary'
import { OwnerId, pageOf, RowId, Stamps } from './common'
import { ArticulationAnswer } from './module'

export const CredentialListItem = z.object({
  id: RowId,
  uuid: z.string(),
  title: z.string(),
  kind: z.enum(CREDENTIAL_KINDS),
  issuer: z.string().nullable(),
  description: z.string().nullable(),
  organisationId: OwnerId,
  ...Stamps,
  industryRecognised: z.boolean(),
})
export const CredentialListAnswer = pageOf(CredentialListItem)

const CredentialRef = z.object({ id: RowId, title: z.string(), kind: z.enum(CREDENTIAL_KINDS) })
// One credential with the credentials it stacks into and from, the modules that lead to it (those the reader may
// see) and the jobs it qualifies for.
export const CredentialAnswer = CredentialListItem.extend({
  stacksInto: z.array(CredentialRef),
  stackedFrom: z.array(CredentialRef),
  modules: z.array(z.object({ id: RowId, code: z.string(), title: z.string(), level: z.enum(LEVELS) })),
  occupations: z.array(z.object({ socCode: z.string(), title: z.string() })),
})

export const ArticulationListAnswer = pageOf(ArticulationAnswer)
export type CredentialListAnswer = z.input<typeof CredentialListAnswer>
export type CredentialAnswer = z.input<typeof CredentialAnswer>
export type ArticulationListAnswer = z.input<typeof ArticulationListAnswer>
