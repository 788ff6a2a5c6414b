// Route guards: 401 without a session, 403 without the permission.
import type { MiddlewareHandler } from 'hono'
import { can, type Permission } from '../../shared/domain/permissions'
import { AppError } from '../errors'
import type { AppEnv } from './context'

// Requires a signed-in person holding at least one of the permissions. Placed before validation, so a person
// who may not act learns nothing about what a valid request would be.
export function requirePermission(...permissions: Permission[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    assertPermission(c.var.user, ...permissions)
    await next()
  }
}

// Throws 401 without a person, 403 when they hold none of the permissions; for checks that depend on the row.
export function assertPermission(user: AppEnv['Variables']['user'], ...permissions: Permission[]): asserts user is NonNullable<typeof user> {
  if (!user) throw new AppError('unauthenticated', 401, 'Sign in to do this.')
  if (!permissions.some((p) => can(user.role, p))) throw new AppError('forbidden', 403, 'Your role does not allow this.')
}

// Requires a signed-in person, whatever the role: for actions whose right depends on the row (a reviewer of an
// organisation may hold any role).
export const requireSignedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.var.user) throw new AppError('unauthenticated', 401, 'Sign in to do this.')
  await next()
}

// Lets anyone read unless the instance is private, in which case reading needs an account.
export const requireReader: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.var.config.private && !c.var.user) throw new AppError('unauthenticated', 401, 'Sign in to see this instance.')
  await next()
}

// Requires a signed-in person of any role: comments, the inbox and the findings
// of the analysis are for members, never for anonymous readers (the public never receives findings).
export const requireMember: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.var.user) throw new AppError('unauthenticated', 401, 'Sign in to do this.')
  await next()
}

// Requires a person signed in with a session, not an API token: tokens cannot manage tokens (their own or, for an
// admin, anyone's), so a leaked one cannot entrench itself or hide others.
export const requireSessionNotToken: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.var.user) throw new AppError('unauthenticated', 401, 'Sign in to manage API tokens.')
  if (c.var.apiToken) throw new AppError('forbidden', 403, 'API tokens are managed in the web app, signed in; a token cannot manage tokens.')
  await next()
}
