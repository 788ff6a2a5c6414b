// Calls the app in-process, as a browser on the app's own origin would, and reads JSON answers.
import { createApp, type AppDeps } from '../../server/app'
import type { Db } from '../../server/db/connect'

export type Answer<T = any> = { status: number; body: T; headers: Headers }

export const APP_ORIGIN = 'http://localhost'

export type ClientOptions = {
  // The session cookie to send ("rungs_session=..."), as a signed-in browser would.
  cookie?: string
  // The Origin header; null sends none (a non-browser client).
  origin?: string | null
  config?: AppDeps['config']
  // The socket address the request comes from (as a proxy or a client would connect); none reads as "local".
  peer?: string
  // More request headers, e.g. X-Forwarded-For.
  headers?: Record<string, string>
  // Runs import jobs (the default runs them in this thread).
  imports?: AppDeps['imports']
}

// A small client over app.request for API tests.
export function apiClient(db: Db, options: ClientOptions = {}) {
  const app = createApp({ db, config: options.config, imports: options.imports })
  const call = async <T = any>(method: string, path: string, body?: unknown): Promise<Answer<T>> => {
    // FormData goes as multipart (uploads); /ims/… (the CASE API) and /r/… (short links) are outside /api.
    const headers: Record<string, string> = { ...options.headers }
    const origin = options.origin === undefined ? APP_ORIGIN : options.origin
    if (origin) headers.Origin = origin
    if (options.cookie) headers.Cookie = options.cookie
    const init: RequestInit = { method, headers }
    if (body instanceof FormData) init.body = body
    else if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body)
      headers['Content-Type'] = 'application/json'
    }
    const socket = options.peer ? { incoming: { socket: { remoteAddress: options.peer } } } : undefined
    const response = await app.request(/^\/(ims|r)\//.test(path) ? path : `/api${path}`, init, socket)
    const text = await response.text()
    const json = (response.headers.get('content-type') ?? 'application/json').includes('json')
    return { status: response.status, body: text && json ? JSON.parse(text) : text || undefined, headers: response.headers }
  }
  return {
    get: <T = any>(path: string) => call<T>('GET', path),
    post: <T = any>(path: string, body?: unknown) => call<T>('POST', path, body),
    patch: <T = any>(path: string, body: unknown) => call<T>('PATCH', path, body),
    put: <T = any>(path: string, body: unknown) => call<T>('PUT', path, body),
    delete: <T = any>(path: string) => call<T>('DELETE', path),
    request: call,
  }
}
export type ApiClient = ReturnType<typeof apiClient>

// Signs in through the API and returns the "name=value" of the session cookie.
export async function signInCookie(db: Db, email: string, password: string): Promise<string> {
  const answer = await apiClient(db).post('/auth/login', { email, password })
  if (answer.status !== 200) throw new Error(`Sign-in of ${email} failed: ${answer.status} ${JSON.stringify(answer.body)}`)
  const session = answer.headers.getSetCookie().find((cookie) => cookie.startsWith('rungs_session='))
  return session?.split(';')[0] ?? ''
}
