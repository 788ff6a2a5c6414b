// Drafts do not leak through references: every read that names modules (module page, articulations, road map,
// analysis, revisions, credentials, bridges, delete messages) leaves out a draft the reader may not see, even
// when a public row that its own organisation wrote points at it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { approveModule } from '../support/workflow'
import { buildWorld, type World } from './authorisation-support'

describe.each(testDialects)('drafts hidden behind references on %s', (dialect) => {
  let test: TestDb
  let world: World
  let secret: string
  let readers: [string, ApiClient][]

  beforeAll(async () => {
    test = await createTestDb(dialect)
    world = await buildWorld(test.db)
    const { outsider, modules, credentials, pathways, accounts } = world
    secret = modules.hidden.code
    // Hillview, which may see its own draft, points its public rows at it.
    const other = (await outsider.get(`/modules/${modules.other.id}`)).body
    const edited = await outsider.patch(`/modules/${modules.other.id}`, { version: other.version, prerequisiteIds: [modules.hidden.id] })
    expect(edited.status).toBe(200)
    const hidden = (await outsider.get(`/modules/${modules.hidden.id}`)).body
    expect((await outsider.patch(`/modules/${modules.hidden.id}`, { version: hidden.version, credentialIds: [credentials.other.id], prerequisiteIds: [modules.own.id] })).status).toBe(200)
    const bridge = await outsider.post('/modules', { code: 'HV-BR', title: 'Hillview bridge', level: 'adult', kind: 'bridge', targetIds: [modules.hidden.id, modules.other.id] })
    expect(bridge.status).toBe(201)
    await approveModule(outsider, accounts.as.admin, bridge.body.id)
    world.modules.bridge = bridge.body
    const ladder = [{ moduleId: modules.hidden.id, stage: 1 }, { moduleId: modules.other.id, stage: 2 }]
    expect((await outsider.patch(`/pathways/${pathways.other.id}`, { version: 1, modules: ladder })).status).toBe(200)
    readers = [['anonymous', accounts.as.anonymous], ['faculty of another organisation', accounts.as.faculty]]
  })
  afterAll(() => test.destroy())

  const leaks = (body: unknown) => JSON.stringify(body).includes(secret)

  it('shows the draft to its own organisation', async () => {
    expect(leaks((await world.outsider.get(`/modules/${world.modules.other.id}`)).body)).toBe(true)
    expect(leaks((await world.outsider.get('/articulations')).body)).toBe(true)
    expect(leaks((await world.outsider.get(`/pathways/${world.pathways.other.slug}`)).body)).toBe(true)
  })

  it('leaves it out of the page of a module that requires it, with its articulations', async () => {
    for (const [who, client] of readers) {
      const page = await client.get(`/modules/${world.modules.other.id}`)
      expect(page.status, who).toBe(200)
      expect(page.body.prerequisites, who).toEqual([])
      expect(leaks(page.body), who).toBe(false)
    }
  })

  it('leaves it out of every list of articulations, and answers 404 for an articulation that names it', async () => {
    for (const [who, client] of readers) {
      expect(leaks((await client.get('/articulations?limit=200')).body), who).toBe(false)
      expect(leaks((await client.get(`/articulations?moduleId=${world.modules.other.id}`)).body), who).toBe(false)
      const one = await client.get(`/articulations/${world.articulations.hidden.id}`)
      expect(one.status, who).toBe(404)
      expect(leaks(one.body), who).toBe(false)
    }
  })

  it('leaves it out of the road map, the findings, the matrix and the exports of a pathway', async () => {
    const slug = world.pathways.other.slug
    for (const [who, client] of readers) {
      for (const path of [`/pathways/${slug}`, `/pathways/${slug}/findings`, `/pathways/${slug}/matrix`, `/pathways/${slug}/export?format=csv&what=matrix`]) {
        const answer = await client.get(path)
        // The public never receives findings (nor the export that holds them): 401 for anonymous readers.
        const internal = who === 'anonymous' && /\/(findings|export)/.test(path)
        expect(answer.status, `${who} ${path}`).toBe(internal ? 401 : 200)
        expect(leaks(answer.body), `${who} ${path}`).toBe(false)
      }
    }
  })

  it('leaves it out of revisions and their comparison', async () => {
    const id = world.modules.other.id
    for (const [who, client] of readers) {
      const versions = (await client.get(`/modules/${id}/revisions`)).body.items.map((r: { version: number }) => r.version) as number[]
      for (const version of versions) expect(leaks((await client.get(`/modules/${id}/revisions/${version}`)).body), `${who} v${version}`).toBe(false)
      expect(leaks((await client.get(`/modules/${id}/revisions/compare?from=${Math.min(...versions)}&to=${Math.max(...versions)}`)).body), who).toBe(false)
    }
  })

  it('leaves it out of a bridge, its checklist, a credential and a search', async () => {
    for (const [who, client] of readers) {
      expect(leaks((await client.get(`/modules/${world.modules.bridge.id}`)).body), who).toBe(false)
      expect(leaks((await client.get(`/modules/${world.modules.bridge.id}/coverage`)).body), who).toBe(false)
      expect(leaks((await client.get(`/credentials/${world.credentials.other.id}`)).body), who).toBe(false)
      expect((await client.get(`/modules?q=${encodeURIComponent(secret)}`)).body.total, who).toBe(0)
    }
  })

  it('names it in no refusal: a delete held up by it only counts it', async () => {
    const refused = await world.accounts.as.faculty.delete(`/modules/${world.modules.own.id}`)
    expect(refused.status).toBe(409)
    expect(refused.body.error.message).toContain('1 prerequisite link from a module you cannot see')
    expect(leaks(refused.body)).toBe(false)
  })

  it('keeps the references an editor was never shown when that editor replaces the list', async () => {
    const { outsider, accounts } = world
    const later = await outsider.post('/modules', { code: 'HV-LATER', title: 'Public for now', level: 'adult', kind: 'occupational' })
    await approveModule(outsider, accounts.as.admin, later.body.id)
    const ours = await accounts.as.faculty.post('/modules', { code: 'RV-NEEDS', title: 'Needs it', level: 'adult', kind: 'occupational', prerequisiteIds: [later.body.id] })
    const bridge = await accounts.as.faculty.post('/modules', { code: 'RV-BR', title: 'Prepares for it', level: 'adult', kind: 'bridge', targetIds: [later.body.id] })
    // The module loses its approved revision (no action does that any more, but rows from before the workflow can
    // be in this state): the college no longer sees it, on its own pages either.
    await test.db.updateTable('modules').set({ status: 'draft', approvedVersion: null }).where('id', '=', later.body.id).execute()
    expect((await accounts.as.faculty.get(`/modules/${ours.body.id}`)).body.prerequisites).toEqual([])
    expect((await accounts.as.faculty.get(`/modules/${bridge.body.id}`)).body.targets).toEqual([])
    // Replacing the lists it sees leaves the hidden references alone.
    expect((await accounts.as.faculty.patch(`/modules/${ours.body.id}`, { version: 1, prerequisiteIds: [] })).status).toBe(200)
    expect((await accounts.as.faculty.patch(`/modules/${bridge.body.id}`, { version: 1, targetIds: [] })).status).toBe(200)
    expect((await accounts.as.admin.get(`/modules/${ours.body.id}`)).body.prerequisites.map((m: { code: string }) => m.code)).toEqual(['HV-LATER'])
    expect((await accounts.as.admin.get(`/modules/${bridge.body.id}`)).body.targets.map((m: { code: string }) => m.code)).toEqual(['HV-LATER'])
  })

  it('shows a draft that no organisation owns to admins only', async () => {
    const id = world.modules.unownedDraft.id
    expect((await world.accounts.as.faculty.get(`/modules/${id}`)).status).toBe(404)
    expect((await world.accounts.as.anonymous.get(`/modules/${id}`)).status).toBe(404)
    expect((await world.accounts.as.admin.get(`/modules/${id}`)).status).toBe(200)
  })
})
