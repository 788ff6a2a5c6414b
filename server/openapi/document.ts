// The OpenAPI 3.1 description of /api, built from the app's own routes and the zod schemas their validators
// enforce (middleware/validate.ts records them), so it cannot drift from what the server accepts; the main reads
// also describe what they answer (middleware/answers.ts), from the shared schemas of shared/schemas/answers/.
import { answerSchemaOf } from '../middleware/answers'
import { validationOf } from '../middleware/validate'
import { answerJsonSchema, requestJsonSchema, type JsonSchema } from './json-schema'

export type RouteEntry = { method: string; path: string; handler: object }

type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required: boolean; schema: JsonSchema; description?: string }
type Operation = {
  operationId: string
  summary: string
  tags: string[]
  parameters: Parameter[]
  requestBody?: { required: true; content: Record<string, { schema: JsonSchema }> }
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>
}

const PARAMETER_PLACES = { param: 'path', query: 'query', header: 'header', cookie: 'cookie' } as const
const BODY_TYPES: Record<string, string> = { json: 'application/json', form: 'multipart/form-data' }

// Hono's `/modules/:id` as OpenAPI's `/modules/{id}` (a pattern after the name, `:id{[0-9]+}`, is dropped).
export const openApiPath = (honoPath: string) => honoPath.replace(/:(\w+)(\{[^}]*\})?\??/g, '{$1}')

// The group an operation is listed under: the resource, the first segment after /api (the description itself
// under "reference").
const tagOf = (path: string) => {
  const segment = path.split('/')[2] ?? 'api'
  return segment === 'openapi.json' || segment === 'docs' ? 'reference' : segment
}

const operationIdOf = (method: string, path: string) =>
  method.toLowerCase() +
  path
    .replace(/^\/api/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => part.replace(/^:(\w+).*/, 'by-$1'))
    .join('-')
    .replace(/(^|[-_.])(\w)/g, (_match, _sep: string, letter: string) => letter.toUpperCase())

function operationOf(method: string, path: string, handlers: object[], components: Record<string, JsonSchema>): Operation {
  const operationId = operationIdOf(method, path)
  const parameters = new Map<string, Parameter>()
  for (const name of [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!)) {
    parameters.set(`path:${name}`, { name, in: 'path', required: true, schema: { type: 'string' } })
  }
  let requestBody: Operation['requestBody']
  const answer = handlers.map(answerSchemaOf).find(Boolean)
  for (const validation of handlers.map(validationOf)) {
    if (!validation) continue
    const schema = requestJsonSchema(validation.schema, operationId, components)
    const mediaType = BODY_TYPES[validation.target]
    if (mediaType) {
      requestBody = { required: true, content: { [mediaType]: { schema } } }
      continue
    }
    const place = PARAMETER_PLACES[validation.target as keyof typeof PARAMETER_PLACES]
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>
    const required = new Set((schema.required ?? []) as string[])
    for (const [name, property] of Object.entries(properties)) {
      const { description, ...rest } = property
      parameters.set(`${place}:${name}`, {
        name,
        in: place,
        required: place === 'path' || required.has(name),
        schema: rest,
        ...(typeof description === 'string' ? { description } : {}),
      })
    }
  }
  return {
    operationId,
    summary: `${method} ${openApiPath(path)}`,
    tags: [tagOf(path)],
    parameters: [...parameters.values()],
    ...(requestBody ? { requestBody } : {}),
    responses: {
      '2XX': answer
        ? { description: 'Success: the JSON the route answers', content: { 'application/json': { schema: answerJsonSchema(answer, operationId, components) } } }
        : { description: 'Success: the JSON the route answers (no body for 204)' },
      default: { description: 'A refusal or an error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    },
  }
}

// Builds the document from the routes of the app (app.routes): every method and path under /api.
export function openApiDocument(routes: readonly RouteEntry[]) {
  const handlersOf = new Map<string, { method: string; path: string; handlers: object[] }>()
  for (const route of routes) {
    if (route.method === 'ALL' || !route.path.startsWith('/api/')) continue
    const key = `${route.method} ${route.path}`
    const entry = handlersOf.get(key) ?? { method: route.method, path: route.path, handlers: [] }
    entry.handlers.push(route.handler)
    handlersOf.set(key, entry)
  }
  const components: Record<string, JsonSchema> = {
    Error: {
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['code', 'message'],
          properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
        },
      },
    },
  }
  const paths: Record<string, Record<string, Operation>> = {}
  for (const { method, path, handlers } of handlersOf.values()) {
    const item = (paths[openApiPath(path)] ??= {})
    item[method.toLowerCase()] = operationOf(method, path, handlers, components)
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Rungs API',
      version: '1',
      description:
        'The JSON API of this Rungs server. Scripts send a personal API token as `Authorization: Bearer rungs_…` (create one under "API tokens" in the account menu); the web app uses its session cookie. Lists take `limit` and `offset` and answer `{ items, total, limit, offset }`; refusals answer `{ "error": { "code", "message", "details" } }`.',
    },
    servers: [{ url: '/' }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }, {}],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerToken: { type: 'http', scheme: 'bearer', description: 'A personal API token (`rungs_…`); a read-only one may only read.' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'rungs_session', description: 'The web app\'s session; writes also need the app\'s own Origin.' },
      },
    },
  }
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>
