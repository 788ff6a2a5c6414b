// The typed API client: the only place in the web app that calls fetch.
import { hc, type InferResponseType } from 'hono/client'
import type { AppType } from '../server/app'
import type { ErrorBody } from '../shared/schemas/common'
import type { CurriculumOptions, CurriculumSummary } from '../shared/schemas/curriculum'
import type { ImportJob, ImportOptions, ImportSummary } from '../shared/schemas/import'
import type { LocalWageImportSummary } from '../shared/schemas/labor'
import type { OutcomeImportSummary } from '../shared/schemas/outcomes'
import type { PackageSummary } from '../shared/package/schema'

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
export type SessionUser = NonNullable<InferResponseType<typeof client.auth.me.$get, 200>['user']>
export type UserList = InferResponseType<typeof client.users.$get, 200>
export type OrganisationList = InferResponseType<typeof client.organisations.$get, 200>
export type AuditEntry = InferResponseType<typeof client.audit.$get, 200>['items'][number]
type ModuleRevisions = (typeof client.modules)[':id']['revisions']
// The approval workflow of a module (a pathway's answers the same shape).
export type Workflow = InferResponseType<(typeof client.modules)[':id']['workflow']['$get'], 200>
export type Revision = InferResponseType<ModuleRevisions['$get'], 200>['items'][number]
export type RevisionComparison = InferResponseType<ModuleRevisions['compare']['$get'], 200>
// A person as the users page shows them; the list stores "disabled" as a flag, single answers as a boolean.
export type Person = Omit<UserList['items'][number], 'disabled'> & { disabled: boolean }
export type ReviewForm = InferResponseType<(typeof client.review)[':token']['$get'], 200>
export type CampaignList = InferResponseType<(typeof client.pathways)[':slug']['campaigns']['$get'], 200>
export type CampaignResults = InferResponseType<(typeof client.campaigns)[':id']['results']['$get'], 200>
export type MyInvitations = InferResponseType<typeof client.my.invitations.$get, 200>
export type NewInvite = InferResponseType<(typeof client.campaigns)[':id']['invites']['$post'], 201>
export type Requirement = InferResponseType<(typeof client.frameworks)[':id']['requirements']['$get'], 200>['items'][number]
export type RequirementsEdit = InferResponseType<(typeof client)['competency-links']['requirements']['$post'], 200>
export type SkillLevelScales = InferResponseType<typeof client.levels.$get, 200>
export type BridgePlan = InferResponseType<typeof client.bridges.plan.$get, 200>
export type BridgeCoverage = InferResponseType<(typeof client.modules)[':id']['coverage']['$get'], 200>
export type CommentThreads = InferResponseType<typeof client.comments.$get, 200>
export type CommentThread = CommentThreads['items'][number]
export type CommentEntry = CommentThread['comments'][number]
export type MentionPerson = InferResponseType<typeof client.comments.people.$get, 200>['items'][number]
// The reviewers of an organisation and its active people, who may be named.
export type Reviewers = InferResponseType<(typeof client.organisations)[':id']['reviewers']['$get'], 200>
export type Inbox = InferResponseType<typeof client.inbox.$get, 200>
export type InboxEntry = Inbox['items'][number]
// A module's learner outcomes as the reader may see them, and one row (a term and subgroup) of them.
export type ModuleOutcomesAnswer = InferResponseType<(typeof client.modules)[':id']['outcomes']['$get'], 200>
export type PublishedOutcome = ModuleOutcomesAnswer['rows'][number]
export type LocalWage = InferResponseType<(typeof client)['local-wages']['$get'], 200>['items'][number]

// Sends a file to /api/imports/preview as a multipart form, reporting the share uploaded so far (fetch cannot
// report upload progress, so uploads use XMLHttpRequest).
export function previewImportFile(file: File, options: ImportOptions, onProgress: (fraction: number) => void): Promise<ImportSummary> {
  return uploadFile<ImportSummary>('/api/imports/preview', file, options, onProgress)
}

// Commits a framework file: the summary of what was written (201), or, for a large file, the import job that
// will write it (202), to follow with importJob.
export function commitImportFile(file: File, options: ImportOptions, onProgress: (fraction: number) => void): Promise<ImportSummary | { job: ImportJob }> {
  return uploadFile<ImportSummary | { job: ImportJob }>('/api/imports/commit', file, options, onProgress)
}

// Where an import job stands now.
export const importJob = (id: number): Promise<ImportJob> => data(client['import-jobs'][':id'].$get({ param: { id: String(id) } }))

// Sends a pathway's curriculum workbook to /api/imports/curriculum/:slug/preview or /commit.
export function uploadCurriculum(slug: string, step: 'preview' | 'commit', file: File, options: CurriculumOptions, onProgress: (fraction: number) => void): Promise<CurriculumSummary> {
  return uploadFile<CurriculumSummary>(`/api/imports/curriculum/${encodeURIComponent(slug)}/${step}`, file, options, onProgress)
}

// Sends a CSV of local wages to /api/imports/local-wages/preview (writes nothing) or /commit (all rows or none;
// `expectedHash` names the previewed file, so a different one is refused).
export function uploadLocalWages(step: 'preview' | 'commit', file: File, options: { expectedHash?: string; organisationId?: number }): Promise<LocalWageImportSummary> {
  return uploadFile<LocalWageImportSummary>(`/api/imports/local-wages/${step}`, file, options, () => undefined)
}

// Sends a CSV or XLSX of learner outcome counts to /api/imports/outcomes/preview (writes nothing) or /commit (all
// rows or none; `expectedHash` names the previewed file).
export function uploadOutcomes(step: 'preview' | 'commit', file: File, options: { expectedHash?: string }): Promise<OutcomeImportSummary> {
  return uploadFile<OutcomeImportSummary>(`/api/imports/outcomes/${step}`, file, options, () => undefined)
}

// Sends a pathway package, the JSON file as it is, to /api/packages/preview (writes nothing) or /commit (all of it
// or nothing; the commit's answer names the pathway written), reporting the share uploaded so far.
export function uploadPackage(step: 'preview', file: File, onProgress: (fraction: number) => void): Promise<PackageSummary>
export function uploadPackage(step: 'commit', file: File, onProgress: (fraction: number) => void): Promise<PackageSummary & { pathwayId: number }>
export function uploadPackage(step: 'preview' | 'commit', file: File, onProgress: (fraction: number) => void): Promise<PackageSummary> {
  return send<PackageSummary>(`/api/packages/${step}`, file, onProgress, 'application/json')
}

function uploadFile<T>(url: string, file: File, options: object, onProgress: (fraction: number) => void): Promise<T> {
  const form = new FormData()
  form.append('file', file)
  form.append('options', JSON.stringify(options))
  return send<T>(url, form, onProgress)
}

function send<T>(url: string, body: XMLHttpRequestBodyInit, onProgress: (fraction: number) => void, contentType?: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', url)
    if (contentType) request.setRequestHeader('Content-Type', contentType)
    request.responseType = 'json'
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total)
    request.onerror = () => reject(new TypeError('The server could not be reached'))
    request.onload = () => {
      const body = request.response as (T & Partial<ErrorBody>) | null
      if (request.status >= 200 && request.status < 300 && body) return resolve(body)
      const error = body?.error
      reject(new ApiError(request.status, error?.code ?? 'http_error', error?.message ?? `The server answered ${request.status}`, error?.details))
    }
    request.send(body)
  })
}
export type ApiTokenList = InferResponseType<(typeof client)['my']['tokens']['$get'], 200>
export type ApiToken = ApiTokenList['items'][number]
export type NewApiToken = InferResponseType<(typeof client)['my']['tokens']['$post'], 201>
export type Crosswalk = InferResponseType<typeof client.crosswalks.$get, 200>
export type CrosswalkProposal = Crosswalk['proposals'][number]
export type CrosswalkDecisions = InferResponseType<typeof client.crosswalks.decisions.$post, 200>
