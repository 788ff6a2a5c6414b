// Module and road-map reads carry an ETag of what they show: a repeat with If-None-Match is 304 without a body, any
// change to a row the page shows (its own or one it names) gives a new tag, and a module the reader may not see is
// 404 whatever tag is sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient, type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { buildWorld, type World } from './authorisation-support'

describe.each(testDialects)('read ETags on %s', (dialect) => {
  let test: TestDb
  let world: World
  let anonymous: ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect)
    world = await buildWorld(test.db)
    anonymous = world.accounts.as.anonymous
  })
  afterAll(() => test.destroy())

  // An anonymous reader sending these headers (If-None-Match, Accept-Encoding).
  const fetchWith = (path: string, headers: Record<string, string>) => apiClient(test.db, { headers }).get(path)
  const conditional = (path: string, tag: string, headers: Record<string, string> = {}) => fetchWith(path, { 'If-None-Match': tag, ...headers })

  it('answers a repeat of a module page with 304 and no body, for weak and strong forms of the tag', async () => {
    const path = `/modules/${world.modules.other.id}`
    const first = await anonymous.get(path)
    expect(first.status).toBe(200)
    const tag = first.headers.get('ETag')!
    expect(tag).toMatch(/^W\/"[\w-]+"$/)
    expect(first.headers.get('Cache-Control')).toBe('private, no-cache')
    expect((await anonymous.get(path)).headers.get('ETag')).toBe(tag)
    for (const sent of [tag, tag.slice(2), `"stale", ${tag}`]) {
      const repeat = await conditional(path, sent)
      expect(repeat.status, sent).toBe(304)
      expect(repeat.body, sent).toBeUndefined()
    }
    expect((await conditional(path, '"stale"')).status).toBe(200)
  })

  it('gives a new tag when the module changes and when a row it names changes', async () => {
    const path = `/modules/${world.modules.other.id}`
    const own = await world.outsider.get(path)
    const before = own.headers.get('ETag')!
    const edited = await world.outsider.patch(path, { version: own.body.version, clockHours: 77 })
    expect(edited.status).toBe(200)
    const afterEdit = await world.outsider.get(path)
    expect(afterEdit.headers.get('ETag')).not.toBe(before)

    // A credential the module leads to is renamed: the module itself is untouched, its page is not.
    const credential = world.credentials.other
    const linked = await world.outsider.patch(path, { version: afterEdit.body.version, credentialIds: [credential.id] })
    expect(linked.status).toBe(200)
    const withCredential = await world.outsider.get(path)
    const renamed = await world.outsider.patch(`/credentials/${credential.id}`, { version: (await world.outsider.get(`/credentials/${credential.id}`)).body.version, title: 'Hillview badge, renamed' })
    expect(renamed.status).toBe(200)
    const afterRename = await world.outsider.get(path)
    expect(afterRename.body.version).toBe(withCredential.body.version)
    expect(afterRename.headers.get('ETag')).not.toBe(withCredential.headers.get('ETag'))
  })

  it('refuses a hidden draft with 404 whatever tag the reader sends, as it refuses a missing module', async () => {
    const path = `/modules/${world.modules.hidden.id}`
    const ownTag = (await world.outsider.get(path)).headers.get('ETag')!
    for (const sent of [ownTag, '*']) {
      const hidden = await conditional(path, sent)
      expect(hidden.status, sent).toBe(404)
      expect(hidden.headers.get('ETag'), sent).toBeNull()
      expect((await conditional('/modules/999999', sent)).status).toBe(404)
    }
  })

  it('answers a repeat of a road map with 304, also when the first answer went compressed', async () => {
    const path = `/pathways/${world.pathways.other.slug}`
    const first = await fetchWith(path, { 'Accept-Encoding': 'gzip' })
    expect(first.status).toBe(200)
    const tag = first.headers.get('ETag')!
    expect(tag).toMatch(/^W\//)
    expect((await conditional(path, tag, { 'Accept-Encoding': 'br' })).status).toBe(304)
    // Signed-in partners see another view of the same pathway, with its own tag.
    const partners = await world.outsider.get(path)
    expect(partners.headers.get('ETag')).not.toBe(tag)
  })
})
