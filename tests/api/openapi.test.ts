// The OpenAPI description: every route of the app is in it, built from the schemas the routes validate with,
// and it is a well-formed OpenAPI 3.1 document whose schemas are valid JSON Schema 2020-12.
import Ajv2020 from 'ajv/dist/2020'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import { openApiPath } from '../../server/openapi/document'
import { apiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

// The parts of the OpenAPI 3.1 structure this document uses, checked strictly (no unknown keys where the
// specification allows none), written from the specification's text (spec.openapis.org/oas/v3.1.0).
const parameter = {
  type: 'object',
  required: ['name', 'in', 'schema'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1 },
    in: { enum: ['path', 'query', 'header', 'cookie'] },
    required: { type: 'boolean' },
    description: { type: 'string' },
    schema: { type: ['object', 'boolean'] },
  },
  if: { properties: { in: { const: 'path' } } },
  then: { required: ['required'], properties: { required: { const: true } } },
}
const media = { type: 'object', additionalProperties: false, properties: { schema: { type: ['object', 'boolean'] } } }
const operation = {
  type: 'object',
  required: ['responses'],
  additionalProperties: false,
  properties: {
    operationId: { type: 'string' },
    summary: { type: 'string' },
    tags: { type: 'array', items: { type: 'string' } },
    parameters: { type: 'array', items: parameter },
    requestBody: {
      type: 'object', required: ['content'], additionalProperties: false,
      properties: { required: { type: 'boolean' }, content: { type: 'object', additionalProperties: media } },
    },
    responses: {
      type: 'object', minProperties: 1,
      propertyNames: { pattern: '^(default|[1-5](XX|[0-9]{2}))$' },
      additionalProperties: {
        type: 'object', required: ['description'], additionalProperties: false,
        properties: { description: { type: 'string' }, content: { type: 'object', additionalProperties: media } },
      },
    },
  },
}
const OPENAPI_STRUCTURE = {
  type: 'object',
  required: ['openapi', 'info', 'paths'],
  additionalProperties: false,
  properties: {
    openapi: { type: 'string', pattern: '^3\\.1\\.\\d+$' },
    info: { type: 'object', required: ['title', 'version'], properties: { title: { type: 'string' }, version: { type: 'string' } } },
    servers: { type: 'array', items: { type: 'object', required: ['url'] } },
    security: { type: 'array', items: { type: 'object', additionalProperties: { type: 'array' } } },
    paths: {
      type: 'object',
      propertyNames: { pattern: '^/' },
      additionalProperties: { type: 'object', propertyNames: { enum: METHODS }, additionalProperties: operation },
    },
    components: {
      type: 'object',
      additionalProperties: false,
      properties: {
        schemas: { type: 'object', propertyNames: { pattern: '^[a-zA-Z0-9._-]+$' } },
        securitySchemes: {
          type: 'object',
          additionalProperties: {
            type: 'object', required: ['type'],
            oneOf: [
              { properties: { type: { const: 'http' } }, required: ['scheme'] },
              { properties: { type: { const: 'apiKey' }, in: { enum: ['query', 'header', 'cookie'] } }, required: ['name', 'in'] },
            ],
          },
        },
      },
    },
  },
}

const app = createApp({ db: undefined as never })
type Document = { paths: Record<string, Record<string, { operationId: string; parameters: { name: string; in: string; required: boolean; schema: object }[]; requestBody?: { content: Record<string, { schema: any }> }; responses: Record<string, { content?: Record<string, { schema: any }> }> }>>; components: { schemas: Record<string, object>; securitySchemes: Record<string, object> }; security: object[] }
let document: Document

// Every $ref in the document, with where it points.
const refsIn = (node: unknown): string[] =>
  Array.isArray(node) ? node.flatMap(refsIn) : node && typeof node === 'object'
    ? Object.entries(node).flatMap(([key, value]) => (key === '$ref' && typeof value === 'string' ? [value] : refsIn(value)))
    : []

beforeAll(async () => {
  const answer = await app.request('/api/openapi.json')
  expect(answer.status).toBe(200)
  document = (await answer.json()) as Document
})

describe('the OpenAPI description', () => {
  it('describes every route the app serves under /api, and nothing else', () => {
    const served = [...new Set(app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/')).map((r) => `${r.method} ${openApiPath(r.path)}`))].sort()
    const described = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`)).sort()
    expect(served.length).toBeGreaterThan(80)
    expect(described).toEqual(served)
  })

  it('takes bodies, queries and path parameters from the zod schemas the routes validate with', () => {
    const create = document.paths['/api/my/tokens']!.post!
    const body = create.requestBody!.content['application/json']!.schema
    expect(body.required.sort()).toEqual(['expiresOn', 'name', 'scope'])
    expect(body.properties.scope.enum).toEqual(['read', 'write'])
    expect(body.properties.name).toMatchObject({ type: 'string', minLength: 1, maxLength: 80 })
    expect(body.properties.expiresOn).toMatchObject({ type: 'string', format: 'date' })

    const list = document.paths['/api/modules']!.get!
    const limit = list.parameters.find((p) => p.name === 'limit')
    expect(limit).toMatchObject({ in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } })
    const read = document.paths['/api/modules/{id}']!.get!
    expect(read.parameters).toEqual([{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1, maximum: 2147483647 } }])
  })

  it('describes what the main reads answer from the shared answer schemas, exactly as sent', () => {
    const answerOf = (path: string) => document.paths[path]!.get!.responses['2XX']!.content!['application/json']!.schema
    const module = answerOf('/api/modules/{id}')
    expect(module.additionalProperties).toBe(false)
    expect(module.required).toEqual(expect.arrayContaining(['code', 'title', 'outcomes', 'prerequisites']))
    const prerequisite = answerOf('/api/pathways/{slug}').properties.prerequisites.items
    expect(prerequisite.required.sort()).toEqual(['moduleCode', 'moduleId', 'moduleTitle', 'prerequisiteCode', 'prerequisiteId', 'prerequisiteTitle'])
    expect(answerOf('/api/pathways/{slug}/package').required).toEqual(expect.arrayContaining(['rungsPackage', 'pathway']))
    for (const path of ['/api/pathways', '/api/modules', '/api/frameworks', '/api/competencies']) {
      expect(answerOf(path).required, path).toEqual(expect.arrayContaining(['items', 'total', 'limit', 'offset']))
    }
    expect(document.paths['/api/my/tokens']!.post!.responses['2XX']!.content).toBeUndefined()
  })

  it('describes the pathway package body of POST /api/packages/preview and /commit, which their service checks', () => {
    for (const path of ['/api/packages/preview', '/api/packages/commit']) {
      const body = document.paths[path]!.post!.requestBody!.content['application/json']!.schema
      expect(body.required).toEqual(expect.arrayContaining(['rungsPackage', 'pathway']))
      expect(body.properties.modules.type).toBe('array')
      expect(body.additionalProperties).toBe(false)
    }
  })

  it('is a well-formed OpenAPI 3.1 document: structure, unique operation ids, path parameters, resolvable references', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    const valid = ajv.validate(OPENAPI_STRUCTURE, document)
    expect(ajv.errors ?? []).toEqual([])
    expect(valid).toBe(true)

    const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.values(item).map((op) => ({ path, op })))
    const ids = operations.map(({ op }) => op.operationId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const { path, op } of operations) {
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect(op.parameters.filter((p) => p.in === 'path').map((p) => p.name).sort(), path).toEqual(templated)
    }
    for (const ref of refsIn(document)) {
      expect(ref).toMatch(/^#\/components\/schemas\//)
      expect(document.components.schemas[ref.split('/').pop()!], ref).toBeDefined()
    }
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['bearerToken', 'sessionCookie'])
  })

  it('holds only valid JSON Schema 2020-12 in its schemas', () => {
    const ajv = new Ajv2020({ strict: false })
    const schemas = [
      ...Object.values(document.components.schemas),
      ...Object.values(document.paths).flatMap((item) => Object.values(item)).flatMap((op) => [
        ...op.parameters.map((p) => p.schema),
        ...Object.values(op.requestBody?.content ?? {}).map((m) => m.schema),
        ...Object.values(op.responses).flatMap((r) => Object.values(r.content ?? {}).map((m) => m.schema)),
      ]),
    ]
    expect(schemas.length).toBeGreaterThan(100)
    const invalid = schemas.filter((schema) => !ajv.validateSchema(schema))
    expect(invalid).toEqual([])
  })

  it('lists every operation on a reference page that loads nothing from elsewhere', async () => {
    const answer = await app.request('/api/docs')
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await answer.text()
    const count = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0)
    expect(html.match(/class="operation"/g)).toHaveLength(count)
    expect(html).toContain('<code>/api/my/tokens/{id}</code>')
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//)
  })
})

describe.each(testDialects)('the OpenAPI description on a private instance (%s)', (dialect) => {
  let test: TestDb
  beforeAll(async () => {
    test = await createTestDb(dialect)
    return () => test.destroy()
  })

  it('is for people signed in only', async () => {
    const anonymous = apiClient(test.db, { config: { private: true } })
    expect((await anonymous.get('/openapi.json')).status).toBe(401)
    expect((await anonymous.get('/docs')).status).toBe(401)
  })
})
