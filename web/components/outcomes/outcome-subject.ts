// What a term of learner outcomes is reported for: a module or a credential. The terms list and the entry form
// read and write through one of these, so both kinds share them.
import type { OutcomeTermInput } from '../../../shared/schemas/outcomes'
import { client, data, type PublishedOutcome } from '../../api'

export type OutcomeSubject = {
  // What the tables and headings call it: a module's code, a credential's title.
  name: string
  // "this module", for the loading message.
  what: string
  load: () => Promise<{ rows: PublishedOutcome[]; sources: string[] }>
  save: (term: string, input: OutcomeTermInput) => Promise<unknown>
  remove: (term: string) => Promise<unknown>
}

export function moduleSubject(moduleId: number, code: string): OutcomeSubject {
  const id = String(moduleId)
  return {
    name: code,
    what: 'this module',
    load: () => data(client.modules[':id'].outcomes.$get({ param: { id }, query: {} })),
    save: (term, json) => data(client.modules[':id'].outcomes[':term'].$put({ param: { id, term }, json })),
    remove: (term) => data(client.modules[':id'].outcomes[':term'].$delete({ param: { id, term } })),
  }
}

export function credentialSubject(credentialId: number, title: string): OutcomeSubject {
  const id = String(credentialId)
  return {
    name: title,
    what: 'this credential',
    load: () => data(client.credentials[':id'].outcomes.$get({ param: { id }, query: {} })),
    save: (term, json) => data(client.credentials[':id'].outcomes[':term'].$put({ param: { id, term }, json })),
    remove: (term) => data(client.credentials[':id'].outcomes[':term'].$delete({ param: { id, term } })),
  }
}
