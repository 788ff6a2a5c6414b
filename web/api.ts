// The typed API client: the only place in the web app that calls fetch.
import { hc, type InferResponseType } from 'hono/client'
import type { AppType } from '../server/app'
import type { ErrorBody } from '../shared/schemas/common'

export const client = hc<AppType>('/api')

// An answer of the server that was not a success, with the server's own message.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
  }
}

// Awaits a client call and returns its JSON body, or throws an ApiError carrying the server's message.
export async function data<R extends Response & { json(): Promise<unknown> }>(
  call: Promise<R>,
): Promise<Awaited<ReturnType<R['json']>>> {
  const response = await call
  if (response.ok) return (response.status === 204 ? undefined : await response.json()) as Awaited<ReturnType<R['json']>>
  const body = (await response.json().catch(() => undefined)) as ErrorBody | undefined
  throw new ApiError(
    response.status,
    body?.error.code ?? 'http_error',
    body?.error.message ?? `The server answered ${response.status}`,
    body?.error.details,
  )
}

// Response types of the calls the pages make, inferred from the server's routes.
export type FrameworkList = InferResponseType<typeof client.frameworks.$get, 200>
export type FrameworkTree = InferResponseType<(typeof client.frameworks)[':id']['tree']['$get'], 200>
// A competency in a framework's tree. Hono's JSON inference stops at the first level of a recursive type,
// so the nesting is restated over the inferred row.
export type CompetencyNode = Omit<FrameworkTree['competencies'][number], 'children'> & { children: CompetencyNode[] }
export type PathwayList = InferResponseType<typeof client.pathways.$get, 200>
export type RoadMap = InferResponseType<(typeof client.pathways)[':slug']['$get'], 200>
export type RoadMapStage = RoadMap['stages'][number]
export type RoadMapModule = RoadMapStage['modules'][number]
export type RoadMapCredential = RoadMap['credentials'][number]
export type Articulation = RoadMap['articulations'][number]
export type ModuleDetail = InferResponseType<(typeof client.modules)[':id']['$get'], 200>
export type Alignment = ModuleDetail['alignments'][number]
