// "Publish to Credential Engine": sends a pathway's CTDL graphs to the organisation's Registry Assistant, one
// GraphInput request per resource, and reports the Assistant's answer to each.
import type { Db } from '../../db/connect'
import { pathwayIdentity } from '../../db/queries/ctdl'
import { AppError, NotFound } from '../../errors'
import { assertCanEdit, type Viewer } from '../access'
import { recordAudit } from '../audit'
import { ctdlContext, type CtdlConfig } from './context'
import { pathwayCtdl } from './load'
import type { CtdlDocument } from './vocabulary'

// The Registry Assistant's name for each kind of graph, in the order they are sent: what a graph points at first.
const RESOURCES = [
  ['frameworks', 'competencyframework'],
  ['progressionModel', 'progressionmodel'],
  ['courses', 'course'],
  ['credentials', 'credential'],
  ['pathway', 'pathway'],
] as const

export type PublishResult = {
  // The Assistant's endpoint name (course, credential, ...), the resource's name and CTID.
  resource: string
  name: string
  ctid: string
  ok: boolean
  // The Assistant's HTTP status; null when it could not be reached.
  status: number | null
  // What the Assistant said (its Messages), or why the request failed.
  messages: string[]
}

export type PublishReport = { published: boolean; sent: number; total: number; results: PublishResult[] }

// What stops this server from publishing, in words; empty when it can.
export function publishingGaps(config: CtdlConfig): string[] {
  return [
    config.apiUrl ? null : 'CE_API_URL (the Registry Assistant) is not set',
    config.apiKey ? null : "CE_API_KEY (the organisation's API key) is not set",
    config.organisationCtid ? null : "CE_ORGANIZATION_CTID (the organisation's CTID in the registry) is not set",
  ].filter((gap): gap is string => gap !== null)
}

const nameOf = (doc: CtdlDocument) => {
  const node = doc['@graph'][0] ?? {}
  const name = (node['ceterms:name'] ?? node['ceasn:name']) as Record<string, string> | undefined
  return name ? (Object.values(name)[0] ?? '') : ''
}

type Answer = { Successful?: unknown; Messages?: unknown }
function parseAnswer(body: string): Answer | null {
  try {
    const value: unknown = JSON.parse(body)
    return value && typeof value === 'object' ? (value as Answer) : null
  } catch {
    return null
  }
}

// The Assistant answers { Successful, Messages, ... }; anything else is reported as it came.
async function answerOf(response: Response): Promise<{ ok: boolean; messages: string[] }> {
  const body = await response.text()
  const parsed = parseAnswer(body)
  const messages = Array.isArray(parsed?.Messages) ? parsed.Messages.map(String) : []
  const ok = response.ok && parsed?.Successful !== false
  if (!ok && !messages.length) messages.push(`The Registry Assistant answered ${response.status}${body ? `: ${body.slice(0, 300)}` : ''}`)
  return { ok, messages }
}

async function send(config: CtdlConfig & { apiUrl: string; apiKey: string; organisationCtid: string }, resource: string, doc: CtdlDocument): Promise<PublishResult> {
  const result = { resource, name: nameOf(doc), ctid: String(doc['@graph'][0]?.['ceterms:ctid'] ?? '') }
  const url = `${config.apiUrl.replace(/\/+$/, '')}/${resource}/publishGraph`
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { Authorization: `ApiToken ${config.apiKey}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ PublishForOrganizationIdentifier: config.organisationCtid, GraphInput: doc }),
      signal: AbortSignal.timeout(30_000),
    })
    return { ...result, status: response.status, ...(await answerOf(response)) }
  } catch (error) {
    return { ...result, ok: false, status: null, messages: [`Could not reach the Registry Assistant at ${url}: ${(error as Error).message}`] }
  }
}

// Publishes a pathway's graphs as the configured organisation, stopping at the first refusal (what follows
// would point at a resource the registry does not hold). Only people who may change the pathway may publish;
// the attempt and its outcome are audited.
export async function publishPathway(db: Db, actor: Viewer, slug: string, config: CtdlConfig, origin: string): Promise<PublishReport> {
  const pathway = await pathwayIdentity(db, slug)
  if (!pathway) throw new NotFound('Pathway', slug)
  assertCanEdit(actor, pathway, 'Pathway', slug)
  const gaps = publishingGaps(config)
  if (gaps.length || !config.apiUrl || !config.apiKey || !config.organisationCtid) {
    throw new AppError('publishing_not_configured', 409, `This server cannot publish to Credential Engine: ${gaps.join('; ')}. Download the CTDL instead.`)
  }
  const ready = { ...config, apiUrl: config.apiUrl, apiKey: config.apiKey, organisationCtid: config.organisationCtid }
  const graphs = await pathwayCtdl(db, slug, ctdlContext(config, origin))
  const queue = RESOURCES.flatMap(([key, resource]) => {
    const docs = graphs[key]
    return (Array.isArray(docs) ? docs : [docs]).map((doc) => ({ resource, doc }))
  })
  const results: PublishResult[] = []
  for (const { resource, doc } of queue) {
    const result = await send(ready, resource, doc)
    results.push(result)
    if (!result.ok) break
  }
  const report = { published: results.length === queue.length && results.every((r) => r.ok), sent: results.length, total: queue.length, results }
  await recordAudit(db, actor, {
    action: 'update',
    table: 'pathways',
    rowId: pathway.id,
    summary: report.published
      ? `Published pathway "${pathway.title}" to Credential Engine (${queue.length} resources)`
      : `Publishing pathway "${pathway.title}" to Credential Engine failed at ${results.at(-1)?.resource ?? 'the start'} (${results.filter((r) => r.ok).length} of ${queue.length} resources accepted)`,
    after: { registry: config.registryUrl, results: results.map(({ resource, ctid, ok, status }) => ({ resource, ctid, ok, status })) },
  })
  return report
}
