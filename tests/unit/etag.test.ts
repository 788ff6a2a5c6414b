// Entity tags: stable per set of parts, weak, matched weakly in If-None-Match lists, and 304 only on a match.
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { entityTag, matchesTag, notModified } from '../../server/middleware/etag'

describe('entityTag', () => {
  it('is weak, the same for the same parts and different for any other', () => {
    const tag = entityTag('module', 7, 3)
    expect(tag).toMatch(/^W\/"[\w-]+"$/)
    expect(entityTag('module', 7, 3)).toBe(tag)
    expect(entityTag('module', 7, 4)).not.toBe(tag)
    expect(entityTag('module', 73)).not.toBe(entityTag('module', 7, 3))
    expect(entityTag('module', '7', 3)).not.toBe(tag)
  })
})

describe('matchesTag', () => {
  const tag = entityTag('pathway', 1)
  const opaque = tag.slice(2)
  it('matches weak and strong forms, in a list, and *', () => {
    expect(matchesTag(tag, tag)).toBe(true)
    expect(matchesTag(opaque, tag)).toBe(true)
    expect(matchesTag(`"other", ${tag}`, tag)).toBe(true)
    expect(matchesTag(' * ', tag)).toBe(true)
  })
  it('does not match another tag, nothing, or a part of a tag', () => {
    expect(matchesTag(undefined, tag)).toBe(false)
    expect(matchesTag('', tag)).toBe(false)
    expect(matchesTag(entityTag('pathway', 2), tag)).toBe(false)
    expect(matchesTag(opaque.slice(0, -2) + '"', tag)).toBe(false)
  })
})

describe('notModified', () => {
  let built = 0
  const app = new Hono().get('/thing/:version', (c) => {
    const unchanged = notModified(c, entityTag('thing', c.req.param('version')))
    if (unchanged) return unchanged
    built++
    return c.json({ version: c.req.param('version') })
  })

  it('answers 200 with the tag, then 304 without a body for the same tag, then 200 once the version moves', async () => {
    const first = await app.request('/thing/1')
    expect(first.status).toBe(200)
    const tag = first.headers.get('ETag')!
    expect(tag).toBe(entityTag('thing', '1'))
    expect(first.headers.get('Cache-Control')).toBe('private, no-cache')

    const repeat = await app.request('/thing/1', { headers: { 'If-None-Match': tag } })
    expect(repeat.status).toBe(304)
    expect(repeat.headers.get('ETag')).toBe(tag)
    expect(await repeat.text()).toBe('')

    const moved = await app.request('/thing/2', { headers: { 'If-None-Match': tag } })
    expect(moved.status).toBe(200)
    expect(await moved.json()).toEqual({ version: '2' })
    expect(built).toBe(2)
  })
})
