// The printed road map's summaries, shaped from the road map: each job once with the exits and credentials that
// lead to it, each contact once with what they help with, and the credentials in the order a person climbs.
import { SUPPORT_KIND_LABELS } from '../../shared/domain/vocabulary'
import type { RoadMap } from '../api'

type Job = RoadMap['credentials'][number]['occupations'][number]
export type HandoutJob = { job: Job; exits: string[]; credentials: string[] }

// Every job named at an exit or for a credential, once, in the order the ladder first reaches it.
export function handoutJobs(roadMap: RoadMap): HandoutJob[] {
  const bySoc = new Map<string, HandoutJob>()
  const entry = (job: Job) => bySoc.get(job.socCode) ?? bySoc.set(job.socCode, { job, exits: [], credentials: [] }).get(job.socCode)!
  for (const module of roadMap.stages.flatMap((s) => s.modules)) for (const job of module.occupations) entry(job).exits.push(module.code)
  for (const credential of credentialsInLadderOrder(roadMap)) for (const job of credential.occupations) entry(job).credentials.push(credential.title)
  return [...bySoc.values()]
}

// The credentials by the earliest stage of a module that earns them; those earned only by stacking come last.
export function credentialsInLadderOrder(roadMap: RoadMap): RoadMap['credentials'] {
  const stageOf = new Map(roadMap.stages.flatMap((s) => s.modules.map((m) => [m.id, s.stage] as const)))
  const first = (c: RoadMap['credentials'][number]) => Math.min(...c.moduleIds.map((id) => stageOf.get(id) ?? Infinity))
  return [...roadMap.credentials].sort((a, b) => first(a) - first(b) || a.title.localeCompare(b.title))
}

type Support = RoadMap['supports'][number] | RoadMap['moduleSupports'][number]
export type HandoutContact = {
  name: string | null
  organisation: string | null
  phones: string[]
  emails: string[]
  notes: string[]
  // "Child care (stage 1)", "Tutoring (MFG 105)".
  helps: string[]
}

const where = (support: Support, codeOf: (moduleId: number) => string) =>
  'moduleId' in support ? codeOf(support.moduleId) : support.stage === null ? 'whole pathway' : `stage ${support.stage}`

const addOnce = (list: string[], value: string | null) => {
  if (value && !list.includes(value)) list.push(value)
}

// Who to call: the supports' contacts, one entry per person (or desk) of an organisation, with every way to reach
// them and every support they are the contact for.
export function handoutContacts(roadMap: RoadMap): HandoutContact[] {
  const codes = new Map(roadMap.stages.flatMap((s) => s.modules.map((m) => [m.id, m.code] as const)))
  const codeOf = (id: number) => codes.get(id) ?? 'a module'
  const byContact = new Map<string, HandoutContact>()
  for (const support of [...roadMap.supports, ...roadMap.moduleSupports]) {
    const key = JSON.stringify([support.organisationName, support.contactName ?? support.contactEmail ?? support.contactPhone])
    const contact = byContact.get(key) ?? byContact.set(key, { name: support.contactName, organisation: support.organisationName, phones: [], emails: [], notes: [], helps: [] }).get(key)!
    addOnce(contact.phones, support.contactPhone)
    addOnce(contact.emails, support.contactEmail)
    addOnce(contact.notes, support.contactNotes)
    addOnce(contact.helps, `${SUPPORT_KIND_LABELS[support.kind]} (${where(support, codeOf)})`)
  }
  return [...byContact.values()]
}
