// /credentials: every credential with its kind and issuer; people who may write credentials create and edit
// them here, including what each stacks into (a loop is refused by the server, with its reason shown) and the
// jobs it qualifies for, and below an existing one's form the learner outcomes reported for it. ?edit=<id> opens that credential's form at "Stacks into" and ?new a blank form: where
// findings' actions lead.
import { useSearchParams } from '@solidjs/router'
import { createEffect, createResource, createSignal, For, Show, untrack } from 'solid-js'
import type { CredentialInput } from '../../shared/schemas/credential'
import { client, data } from '../api'
import { CredentialForm, type CredentialValues } from '../components/authoring/CredentialForm'
import { DeleteWithImpact } from '../components/impact/DeleteWithImpact'
import { Loadable } from '../components/Loadable'
import { credentialSubject } from '../components/outcomes/outcome-subject'
import { OutcomeTerms } from '../components/outcomes/OutcomeTerms'
import { Title } from '../components/Title'
import { problemText, refusedFields, type FieldErrors } from '../lib/form'
import { findOccupations } from '../lib/occupation-search'
import { can, mayEdit } from '../lib/session'
import '../styles/authoring.css'

type Editing = { id: number | null; initial: CredentialValues }

const blank: CredentialValues = { title: '', kind: 'certificate', issuer: '', industryRecognised: false, description: '', stacksIntoIds: [], occupations: [] }

export default function CredentialsPage() {
  const [list, { refetch }] = createResource(() => data(client.credentials.$get({ query: { limit: '500' } })))
  const [editing, setEditing] = createSignal<Editing | null>(null)
  const [problem, setProblem] = createSignal<string | null>(null)
  const [refused, setRefused] = createSignal<FieldErrors>({})
  const [notice, setNotice] = createSignal('')
  let newButton: HTMLButtonElement | undefined

  const [search] = useSearchParams<{ edit?: string; new?: string }>()
  // `focus` is the field to start at: the title, or the first of what it stacks into.
  const open = async (id: number | null, focus = 'credential-title') => {
    setProblem(null)
    setRefused({})
    setNotice('')
    if (id === null) {
      setEditing({ id, initial: { ...blank } })
      return document.getElementById(focus)?.focus()
    }
    try {
      const c = await data(client.credentials[':id'].$get({ param: { id: String(id) } }))
      setEditing({
        id,
        initial: {
          title: c.title,
          kind: c.kind,
          issuer: c.issuer ?? '',
          industryRecognised: c.industryRecognised,
          description: c.description ?? '',
          stacksIntoIds: c.stacksInto.map((s) => s.id),
          occupations: c.occupations,
        },
      })
    } catch (error) {
      setNotice(problemText(error))
    }
    const field = document.getElementById(focus)
    field?.scrollIntoView({ block: 'center' })
    ;(field?.querySelector<HTMLElement>('input[type=checkbox]') ?? field)?.focus({ preventScroll: true })
  }
  // Once the session says the person may write credentials (it may still be loading when the page opens) and
  // the list is in, so the form's "Stacks into" choices are there to focus.
  let asked = false
  createEffect(() => {
    if (asked || !can('credential:write') || list.state !== 'ready') return
    asked = true
    const id = Number(search.edit)
    untrack(() => {
      if (Number.isInteger(id) && id > 0) void open(id, 'credential-stacks')
      else if (search.new !== undefined) void open(null)
    })
  })
  const save = async (values: CredentialInput) => {
    const id = editing()?.id
    setProblem(null)
    setRefused({})
    try {
      const saved =
        id == null
          ? await data(client.credentials.$post({ json: values }))
          : await data(client.credentials[':id'].$patch({ param: { id: String(id) }, json: values }))
      setEditing(null)
      setNotice(`Saved “${saved.title}”.`)
      await refetch()
      newButton?.focus()
    } catch (error) {
      setProblem(problemText(error))
      setRefused(refusedFields(error))
    }
  }

  // The row is gone: say so, and put focus somewhere that still exists.
  const deleted = async (title: string) => {
    if (editing()) setEditing(null)
    setNotice(`Deleted “${title}”.`)
    await refetch()
    newButton?.focus()
  }

  return (
    <>
      <Title>Credentials</Title>
      <h1>Credentials</h1>
      <p class="lede">Certificates, certifications, licenses, diplomas, degrees and badges, and how they stack into one another.</p>
      <Show when={can('credential:write')}>
        <p>
          <button type="button" class="button button-primary" ref={newButton} onClick={() => void open(null)}>
            New credential
          </button>
        </p>
      </Show>
      <p role="status" class="saved">
        {notice()}
      </p>
      <Show when={editing()} keyed>
        {(e) => (
          <>
            <CredentialForm
              heading={e.id === null ? 'New credential' : `Edit “${e.initial.title}”`}
              initial={e.initial}
              others={(list()?.items ?? []).filter((c) => c.id !== e.id)}
              problem={problem()}
              refused={refused()}
              search={findOccupations}
              onSave={save}
              onCancel={() => setEditing(null)}
            />
            <Show when={e.id}>
              {(id) => (
                <div class="card">
                  <OutcomeTerms
                    subject={credentialSubject(id(), e.initial.title)}
                    heading={`Learner outcomes of “${e.initial.title}”`}
                    about="Enrolled and completed count the learners who attempted the credential (took its preparation or sat its exam); earned, those who earned it."
                  />
                </div>
              )}
            </Show>
          </>
        )}
      </Show>
      <Loadable resource={list} what="the credentials">
        {(page) => (
          <div class="table-wrap" role="region" aria-label="All credentials" tabindex="0">
            <table>
              <caption class="visually-hidden">All credentials</caption>
              <thead>
                <tr>
                  <th scope="col">Credential</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Issuer</th>
                  <th scope="col">Industry-recognised</th>
                  <Show when={can('credential:write')}>
                    <th scope="col">Change</th>
                  </Show>
                </tr>
              </thead>
              <tbody>
                <For each={page.items}>
                  {(c) => (
                    <tr>
                      <th scope="row">{c.title}</th>
                      <td class="capitalize">{c.kind}</td>
                      <td>{c.issuer ?? '—'}</td>
                      <td>{c.industryRecognised ? 'Yes' : 'No'}</td>
                      <Show when={can('credential:write')}>
                        <td>
                          <Show
                            when={mayEdit('credential:write', c.organisationId)}
                            fallback={<span title="Only its own organisation and administrators can change it">Another organisation's</span>}
                          >
                            <span class="row-actions">
                              <button type="button" class="button button-quiet" onClick={() => void open(c.id)}>
                                Edit<span class="visually-hidden"> {c.title}</span>
                              </button>
                              <DeleteWithImpact
                                label="Delete credential"
                                what={c.title}
                                class="button button-quiet"
                                change={{ kind: 'remove_credential', credentialId: c.id }}
                                remove={() => data(client.credentials[':id'].$delete({ param: { id: String(c.id) } }))}
                                onDeleted={() => void deleted(c.title)}
                              />
                            </span>
                          </Show>
                        </td>
                      </Show>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Loadable>
    </>
  )
}
