// "Publish to Credential Engine" against a local stand-in for the Registry Assistant, which records each request
// (method, path, headers, body) and answers as told: success, or a refusal with the registry's messages.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { seedDemo } from '../../server/services/seed/index'
import { createUser } from '../../server/services/users'
import { apiClient, signInCookie } from '../support/api'
import { rungs } from '../support/cli'
import { createTestDb, testDialects, type TestDb } from '../support/database'

type Recorded = { method: string; path: string; headers: IncomingMessage['headers']; body: any }

const KEY = 'test-api-key-0123456789'
const ORGANISATION = 'ce-9a1f4c2e-5b7d-4e8f-a0b1-c2d3e4f5a6b7'
const SLUG = 'advanced-manufacturing'
const PASSWORD = 'correct horse battery staple'

const CTID = /^ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
// Each Assistant endpoint and the type(s) of the resource it publishes.
const ENDPOINTS: Record<string, RegExp> = {
  competencyframework: /^ceasn:CompetencyFramework$/,
  progressionmodel: /^asn:ProgressionModel$/,
  course: /^ceterms:Course$/,
  // The Credential subclasses of CTDL (Certificate, AssociateOfAppliedScienceDegree, DigitalBadge, ...).
  credential: /^ceterms:\w*(Degree|Certificate|Certification|Badge|License|Diploma|Credential|Doctorate|Development)$/,
  pathway: /^ceterms:Pathway$/,
}

// Why the Registry Assistant would refuse this request (status and message), or null.
function assistantProblem(method: string, url: string, headers: IncomingMessage['headers'], body: any): { status: number; message: string } | null {
  const match = /^\/assistant\/([a-z]+)\/publishGraph$/.exec(url)
  if (method !== 'POST' || !match || !ENDPOINTS[match[1]!]) return { status: 404, message: `No endpoint ${method} ${url}` }
  if (headers.authorization !== `ApiToken ${KEY}`) return { status: 401, message: 'The API key is missing or not valid' }
  if (!String(headers['content-type']).startsWith('application/json')) return { status: 415, message: 'Send application/json' }
  if (!body || Object.keys(body).sort().join() !== 'GraphInput,PublishForOrganizationIdentifier') return { status: 400, message: 'The body must hold PublishForOrganizationIdentifier and GraphInput' }
  if (body.PublishForOrganizationIdentifier !== ORGANISATION) return { status: 400, message: 'PublishForOrganizationIdentifier is not the organisation of this key' }
  const graph = body.GraphInput
  const context = ['competencyframework', 'progressionmodel'].includes(match[1]!) ? 'https://credreg.net/ctdlasn/schema/context/json' : 'https://credreg.net/ctdl/schema/context/json'
  if (graph?.['@context'] !== context || typeof graph['@id'] !== 'string' || !Array.isArray(graph['@graph'])) return { status: 400, message: `GraphInput needs @context ${context}, @id and @graph` }
  const [resource] = graph['@graph']
  if (!ENDPOINTS[match[1]!]!.test(String(resource?.['@type']))) return { status: 400, message: `The first node of the graph is a ${resource?.['@type']}, not what ${match[1]} publishes` }
  if (!CTID.test(String(resource['ceterms:ctid'])) || !String(graph['@id']).endsWith(resource['ceterms:ctid'])) return { status: 400, message: 'The resource needs a CTID (ce- and a UUID) that the graph\'s @id ends with' }
  return null
}

describe.each(testDialects)('publishing a pathway to Credential Engine on %s', (dialect) => {
  let test: TestDb
  let assistant: Server
  let url: string
  const requests: Recorded[] = []
  // The Assistant refuses requests to this endpoint (e.g. 'credential'); null accepts everything.
  let refuse: string | null = null
  const config = () => ({ ctdl: { registryUrl: 'https://sandbox.credentialengineregistry.org', apiUrl: `${url}/assistant`, apiKey: KEY, organisationCtid: ORGANISATION } })
  const as = async (email: string, options: { configured?: boolean } = {}) =>
    apiClient(test.db, { cookie: await signInCookie(test.db, email, PASSWORD), config: options.configured === false ? undefined : config() })

  beforeAll(async () => {
    test = await createTestDb(dialect, { file: dialect === 'sqlite' })
    const seeded = await seedDemo(test.db)
    const college = await test.db.selectFrom('pathways').select('organisationId').where('slug', '=', SLUG).executeTakeFirstOrThrow()
    const other = await test.db.selectFrom('organisations').select('id').where('id', '!=', college.organisationId!).executeTakeFirstOrThrow()
    await createUser(test.db, null, { email: 'author@college.test', name: 'Author', password: PASSWORD, role: 'faculty', organisationId: college.organisationId })
    await createUser(test.db, null, { email: 'outsider@other.test', name: 'Outsider', password: PASSWORD, role: 'faculty', organisationId: other.id })
    await createUser(test.db, null, { email: 'viewer@college.test', name: 'Viewer', password: PASSWORD, role: 'viewer', organisationId: college.organisationId })
    expect(seeded.pathways).toBe(1)
    assistant = createServer((req, res) => {
      let raw = ''
      req.on('data', (chunk) => (raw += chunk))
      req.on('end', () => {
        const body = JSON.parse(raw)
        requests.push({ method: req.method!, path: req.url!, headers: req.headers, body })
        const endpoint = req.url!.split('/')[2]!
        res.setHeader('Content-Type', 'application/json')
        // Checked as the Assistant does (CredentialEngine/Samples CASE/Instructions.md, Registry_Assistant): a POST
        // to /assistant/<resource>/publishGraph, "Authorization: ApiToken <key>", a JSON body of exactly
        // PublishForOrganizationIdentifier (a CTID) and GraphInput (@context of CTDL, or CTDL-ASN for frameworks and
        // progression models;
        // @id; @graph whose first node is the resource, of the endpoint's type, with a CTID).
        const problem = assistantProblem(req.method!, req.url!, req.headers, body)
        if (problem) {
          res.statusCode = problem.status
          res.end(JSON.stringify({ Successful: false, Messages: [problem.message] }))
          return
        }
        if (endpoint === refuse) {
          res.statusCode = 400
          res.end(JSON.stringify({ Successful: false, Messages: ['ceterms:ownedBy: the organisation has no approved publishing role', 'Data Issue: description is missing'] }))
          return
        }
        const ctid = body.GraphInput['@graph'][0]['ceterms:ctid']
        res.end(JSON.stringify({ Successful: true, Messages: [], CTID: ctid, GraphUrl: `https://sandbox.credentialengineregistry.org/graph/${ctid}` }))
      })
    })
    await new Promise<void>((resolve) => assistant.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(assistant.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => assistant.close(resolve))
    await test.destroy()
  })
  beforeEach(() => {
    requests.length = 0
    refuse = null
  })

  it('posts each graph as a GraphInput with the organisation and its ApiToken, what a graph points at first', async () => {
    const answer = await (await as('author@college.test')).post(`/pathways/${SLUG}/ctdl/publish`)
    expect(answer.status, JSON.stringify(answer.body.results?.at(-1))).toBe(200)
    expect(answer.body).toMatchObject({ published: true, sent: 29, total: 29 })
    expect(requests).toHaveLength(29)
    for (const r of requests) {
      expect(r.method).toBe('POST')
      expect(r.headers.authorization).toBe(`ApiToken ${KEY}`)
      expect(r.headers['content-type']).toContain('application/json')
      expect(r.body.PublishForOrganizationIdentifier).toBe(ORGANISATION)
      expect(Object.keys(r.body.GraphInput)).toEqual(['@context', '@id', '@graph'])
    }
    expect([...new Set(requests.map((r) => r.path))]).toEqual([
      '/assistant/competencyframework/publishGraph',
      '/assistant/progressionmodel/publishGraph',
      '/assistant/course/publishGraph',
      '/assistant/credential/publishGraph',
      '/assistant/pathway/publishGraph',
    ])
    const pathway = requests.at(-1)!.body.GraphInput
    expect(pathway['@graph'][0]['@type']).toBe('ceterms:Pathway')
    expect(pathway['@graph'][0]['ceterms:ownedBy']).toEqual([`https://sandbox.credentialengineregistry.org/resources/${ORGANISATION}`])
    expect(pathway['@id']).toMatch(/^https:\/\/sandbox\.credentialengineregistry\.org\/graph\/ce-/)
    const audit = await test.db.selectFrom('audit_log').select(['summary', 'tableName']).orderBy('id', 'desc').executeTakeFirstOrThrow()
    expect(audit.summary).toContain('Published pathway "Production Technician to CNC Machinist" to Credential Engine (29 resources)')
  })

  it('shows the Assistant’s refusal of a wrong key, and sends nothing more', async () => {
    const wrong = apiClient(test.db, { cookie: await signInCookie(test.db, 'author@college.test', PASSWORD), config: { ctdl: { ...config().ctdl, apiKey: 'not-the-key' } } })
    const answer = await wrong.post(`/pathways/${SLUG}/ctdl/publish`)
    expect(answer.status).toBe(502)
    expect(answer.body.results).toEqual([expect.objectContaining({ ok: false, status: 401, messages: ['The API key is missing or not valid'] })])
    expect(requests).toHaveLength(1)
  })

  it('shows the registry’s messages when it refuses, and sends nothing after the refused graph', async () => {
    refuse = 'credential'
    const answer = await (await as('author@college.test')).post(`/pathways/${SLUG}/ctdl/publish`)
    expect(answer.status).toBe(502)
    expect(answer.body.published).toBe(false)
    const last = answer.body.results.at(-1)
    expect(last).toMatchObject({ resource: 'credential', ok: false, status: 400 })
    expect(last.messages).toEqual(['ceterms:ownedBy: the organisation has no approved publishing role', 'Data Issue: description is missing'])
    expect(requests.some((r) => r.path.includes('/pathway/'))).toBe(false)
    expect(answer.body.sent).toBe(requests.length)
    const audit = await test.db.selectFrom('audit_log').select('summary').orderBy('id', 'desc').executeTakeFirstOrThrow()
    expect(audit.summary).toContain('failed at credential')
  })

  it('says why it cannot publish when no key is configured, and sends nothing', async () => {
    const client = await as('author@college.test', { configured: false })
    const status = await client.get('/ctdl/publishing')
    expect(status.body.canPublish).toBe(false)
    expect(status.body.gaps.join(' ')).toContain('CE_API_KEY')
    const answer = await client.post(`/pathways/${SLUG}/ctdl/publish`)
    expect(answer.status).toBe(409)
    expect(answer.body.error.message).toContain('CE_API_KEY')
    expect(requests).toEqual([])
    expect((await (await as('author@college.test')).get('/ctdl/publishing')).body).toMatchObject({ canPublish: true, gaps: [] })
  })

  it('lets only people who may change the pathway publish', async () => {
    expect((await (await as('outsider@other.test')).post(`/pathways/${SLUG}/ctdl/publish`)).status).toBe(403)
    expect((await (await as('viewer@college.test')).post(`/pathways/${SLUG}/ctdl/publish`)).status).toBe(403)
    expect((await apiClient(test.db, { config: config() }).post(`/pathways/${SLUG}/ctdl/publish`)).status).toBe(401)
    expect((await (await as('author@college.test')).post('/pathways/no-such-pathway/ctdl/publish')).status).toBe(404)
    expect(requests).toEqual([])
  })

  it.runIf(dialect === 'sqlite')('publishes from the command line with CE_API_URL, CE_API_KEY and CE_ORGANIZATION_CTID', async () => {
    const file = test.connection.dialect === 'sqlite' ? test.connection.file : ''
    const env = { RUNGS_DB: file, CE_API_URL: `${url}/assistant`, CE_API_KEY: KEY, CE_ORGANIZATION_CTID: ORGANISATION }
    const run = await rungs(['publish', 'ctdl', SLUG], env)
    expect(run.code).toBe(0)
    expect(run.out.split('\n').filter((line) => line.startsWith('published'))).toHaveLength(29)
    refuse = 'pathway'
    const refused = await rungs(['publish', 'ctdl', SLUG], env)
    expect(refused.code).toBe(1)
    expect(refused.out).toContain('Data Issue: description is missing')
    const unset = await rungs(['publish', 'ctdl', SLUG], { RUNGS_DB: file })
    expect(unset.code).toBe(2)
    expect(unset.err).toContain('CE_API_KEY')
  })
})
