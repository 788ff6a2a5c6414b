// The OpenAPI description's response schemas of the main reads hold the real answers: a sample of the demo's
// pathways, modules, frameworks (and their trees), competencies, findings, package, outcomes, credentials,
// articulations, occupations and level scales, as a partner and as the public,
// validates against the schema the description documents for its route (no field missing, none undocumented).
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../server/services/seed/index'
import { apiClient, signInCookie, type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'

// Each documented read, by its OpenAPI path.
const READS = [
  '/api/pathways',
  '/api/pathways/{slug}',
  '/api/modules',
  '/api/modules/{id}',
  '/api/frameworks',
  '/api/frameworks/{id}',
  '/api/competencies',
  '/api/pathways/{slug}/findings',
  '/api/pathways/{slug}/package',
  '/api/pathways/{slug}/outcomes',
  '/api/frameworks/{id}/tree',
  '/api/credentials',
  '/api/credentials/{id}',
  '/api/articulations',
  '/api/articulations/{id}',
  '/api/occupations',
  '/api/occupations/{soc}',
  '/api/levels',
] as const

// JSON Pointer escaping of one reference token.
const token = (part: string) => part.replaceAll('~', '~0').replaceAll('/', '~1')

describe.each(testDialects)('the documented answers of the main reads (%s)', (dialect) => {
  let test: TestDb
  let partner: ApiClient
  let visitor: ApiClient
  const validators = new Map<string, ValidateFunction>()

  // Every problem of one answer against its route's documented schema, as "path: message".
  function problems(route: (typeof READS)[number], body: unknown): string[] {
    const validate = validators.get(route)!
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message} ${JSON.stringify(e.params)}`)
  }

  beforeAll(async () => {
    test = await createTestDb(dialect)
    await seedDemo(test.db)
    partner = apiClient(test.db, { cookie: await signInCookie(test.db, 'admin@lakeshore.example', 'lakeshore-demo-2026') })
    visitor = apiClient(test.db)
    const document = (await visitor.get('/openapi.json')).body
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    ajv.addSchema(document, 'openapi')
    for (const route of READS) {
      expect(document.paths[route].get.responses['2XX'].content['application/json'].schema, route).toBeDefined()
      validators.set(route, ajv.compile({ $ref: `openapi#/paths/${token(route)}/get/responses/2XX/content/${token('application/json')}/schema` }))
    }
  })
  afterAll(() => test.destroy())

  it('documents every field of every pathway, road map (both views), package, findings and outcomes answer', async () => {
    const pathways = await partner.get('/pathways?limit=100')
    expect(problems('/api/pathways', pathways.body)).toEqual([])
    expect(pathways.body.items.length).toBeGreaterThan(0)
    for (const { slug } of pathways.body.items as { slug: string }[]) {
      for (const [reader, path] of [[partner, `/pathways/${slug}`], [partner, `/pathways/${slug}?view=public`], [visitor, `/pathways/${slug}`]] as const) {
        const answer = await reader.get(path)
        expect(answer.status, path).toBe(200)
        expect(problems('/api/pathways/{slug}', answer.body), path).toEqual([])
      }
      expect(problems('/api/pathways/{slug}/package', (await partner.get(`/pathways/${slug}/package`)).body), slug).toEqual([])
      expect(problems('/api/pathways/{slug}/package', (await partner.get(`/pathways/${slug}/package?embed=frameworks`)).body), slug).toEqual([])
      expect(problems('/api/pathways/{slug}/findings', (await partner.get(`/pathways/${slug}/findings?limit=500`)).body), slug).toEqual([])
      expect(problems('/api/pathways/{slug}/outcomes', (await partner.get(`/pathways/${slug}/outcomes`)).body), slug).toEqual([])
      expect(problems('/api/pathways/{slug}/outcomes', (await visitor.get(`/pathways/${slug}/outcomes`)).body), slug).toEqual([])
    }
  })

  it('documents every field of the module, framework and competency lists and of each module and framework', async () => {
    const modules = await partner.get('/modules?limit=500')
    expect(problems('/api/modules', modules.body)).toEqual([])
    for (const { id } of modules.body.items as { id: number }[]) {
      expect(problems('/api/modules/{id}', (await partner.get(`/modules/${id}`)).body), `module ${id}`).toEqual([])
    }
    const publicModule = await visitor.get(`/modules/${modules.body.items[0].id}`)
    expect(problems('/api/modules/{id}', publicModule.body)).toEqual([])
    const frameworks = await partner.get('/frameworks?limit=100')
    expect(problems('/api/frameworks', frameworks.body)).toEqual([])
    for (const { id, uuid } of frameworks.body.items as { id: number; uuid: string }[]) {
      expect(problems('/api/frameworks/{id}', (await partner.get(`/frameworks/${id}`)).body)).toEqual([])
      expect(problems('/api/frameworks/{id}', (await visitor.get(`/frameworks/${uuid}`)).body)).toEqual([])
    }
    for (const query of ['limit=500', 'q=measure', `frameworkId=${frameworks.body.items[0].id}`]) {
      const competencies = await partner.get(`/competencies?${query}`)
      expect(competencies.body.items.length, query).toBeGreaterThan(0)
      expect(problems('/api/competencies', competencies.body), query).toEqual([])
    }
  })

  it('documents every field of the framework trees, credentials, articulations, occupations and level scales', async () => {
    for (const { id, uuid } of (await partner.get('/frameworks?limit=100')).body.items as { id: number; uuid: string }[]) {
      const tree = await partner.get(`/frameworks/${id}/tree`)
      expect(tree.body.competencies.length, `framework ${id}`).toBeGreaterThan(0)
      expect(problems('/api/frameworks/{id}/tree', tree.body), `framework ${id}`).toEqual([])
      expect(problems('/api/frameworks/{id}/tree', (await visitor.get(`/frameworks/${uuid}/tree`)).body), uuid).toEqual([])
    }
    for (const reader of [partner, visitor]) {
      const credentials = await reader.get('/credentials?limit=100')
      expect(credentials.body.items.length).toBeGreaterThan(0)
      expect(problems('/api/credentials', credentials.body)).toEqual([])
      for (const { id } of credentials.body.items as { id: number }[]) {
        expect(problems('/api/credentials/{id}', (await reader.get(`/credentials/${id}`)).body), `credential ${id}`).toEqual([])
      }
      const articulations = await reader.get('/articulations?limit=100')
      expect(articulations.body.items.length).toBeGreaterThan(0)
      expect(problems('/api/articulations', articulations.body)).toEqual([])
      for (const { id } of articulations.body.items as { id: number }[]) {
        expect(problems('/api/articulations/{id}', (await reader.get(`/articulations/${id}`)).body), `articulation ${id}`).toEqual([])
      }
    }
    const occupations = await visitor.get('/occupations?q=machin&limit=100')
    expect(occupations.body.items.length).toBeGreaterThan(0)
    expect(problems('/api/occupations', occupations.body)).toEqual([])
    for (const soc of ['51-9161', '51-4041']) {
      const occupation = await partner.get(`/occupations/${soc}`)
      expect(occupation.body.wages.length, soc).toBeGreaterThan(0)
      expect(problems('/api/occupations/{soc}', occupation.body), soc).toEqual([])
    }
    const levels = await partner.get('/levels')
    expect(levels.body.entryLevels.length).toBeGreaterThan(0)
    expect(problems('/api/levels', levels.body)).toEqual([])
  })

  it('refuses an answer with a field the description does not name, or one missing', async () => {
    const framework = (await partner.get('/frameworks?limit=1')).body.items[0]
    expect(problems('/api/frameworks/{id}', framework)).toEqual([])
    expect(problems('/api/frameworks/{id}', { ...framework, secret: 1 })).not.toEqual([])
    const { competencyCount: _count, ...lacking } = framework
    expect(problems('/api/frameworks/{id}', lacking)).not.toEqual([])
  })
})
