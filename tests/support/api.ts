// Calls the app in-process, as a browser would, and reads JSON answers.
import { createApp } from '../../server/app'
import type { Db } from '../../server/db/connect'

export type Answer<T = any> = { status: number; body: T }

// A small client over app.request for API tests.
export function apiClient(db: Db) {
  const app = createApp({ db })
  const call = async <T = any>(method: string, path: string, body?: unknown): Promise<Answer<T>> => {
    const init: RequestInit = { method }
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body)
      init.headers = { 'Content-Type': 'application/json' }
    }
    const response = await app.request(`/api${path}`, init)
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : undefined }
  }
  return {
    get: <T = any>(path: string) => call<T>('GET', path),
    post: <T = any>(path: string, body: unknown) => call<T>('POST', path, body),
    patch: <T = any>(path: string, body: unknown) => call<T>('PATCH', path, body),
    put: <T = any>(path: string, body: unknown) => call<T>('PUT', path, body),
    delete: <T = any>(path: string) => call<T>('DELETE', path),
  }
}
export type ApiClient = ReturnType<typeof apiClient>
