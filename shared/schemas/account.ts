import { z } from 'zod'
import { ORGANISATION_KINDS, ROLES } from '../domain/permissions'
import { Id, Line, Page, SearchText, Text } from './common'

export const Email = Text(254).toLowerCase().email('Enter an email address like name@example.org')
export const Password = Text(200, { trim: false }).min(12, 'Use at least 12 characters')

export const LoginInput = z.object({ email: Email, password: Text(200, { trim: false }).min(1, 'Enter your password') })
export type LoginInput = z.infer<typeof LoginInput>

export const UserInput = z.object({
  email: Email,
  name: Line(120),
  password: Password,
  role: z.enum(ROLES),
  organisationId: Id.nullish(),
})
export type UserInput = z.infer<typeof UserInput>

export const UserPatch = z.object({
  name: Line(120).optional(),
  password: Password.optional(),
  role: z.enum(ROLES).optional(),
  organisationId: Id.nullable().optional(),
  disabled: z.boolean().optional(),
})
export type UserPatch = z.infer<typeof UserPatch>
export const UserQuery = Page.extend({ q: SearchText(), role: z.enum(ROLES).optional() })

export const OrganisationInput = z.object({ name: Line(200), kind: z.enum(ORGANISATION_KINDS) })
export type OrganisationInput = z.infer<typeof OrganisationInput>

export const AuditQuery = Page.extend({
  userId: Id.optional(),
  pathwayId: Id.optional(),
  table: Text(60).optional(),
  rowId: Text(60).optional(),
})
export type AuditQuery = z.infer<typeof AuditQuery>
