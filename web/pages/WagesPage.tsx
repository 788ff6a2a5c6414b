// /wages: the local wages of one partnership (an organisation owns them), which the road maps of its pathways show
// before national figures. Its people (and admins) enter, edit and delete them here and import them from a CSV.
import { useSearchParams } from '@solidjs/router'
import { createResource, createSignal, For, Show } from 'solid-js'
import type { LocalWageInput } from '../../shared/schemas/labor'
import { client, data, type LocalWage } from '../api'
import { LocalWageForm } from '../components/labor/LocalWageForm'
import { LocalWageImport } from '../components/labor/LocalWageImport'
import { LocalWageTable } from '../components/labor/LocalWageTable'
import { Loadable } from '../components/Loadable'
import { Title } from '../components/Title'
import { problemText, refusedFields, type FieldErrors } from '../lib/form'
import { blankWage, wageDraftOf, type LocalWageDraft } from '../lib/local-wage-draft'
import { findOccupations } from '../lib/occupation-search'
import { mayEdit, sessionKnown, user } from '../lib/session'
import '../styles/authoring.css'
import '../styles/import.css'
import '../styles/labor.css'

type Editing = { id: number | null; initial: LocalWageDraft }

export default function WagesPage() {
  const [params, setParams] = useSearchParams<{ organisation?: string }>()
  const [organisations] = createResource(async () => (await data(client.organisations.$get())).items)
  // The partnership shown: the one in the address, else the person's own, else the first.
  const organisationId = () => {
    if (params.organisation) return Number(params.organisation)
    return user()?.organisationId ?? organisations()?.[0]?.id
  }
  const [wages, { refetch }] = createResource(
    () => (sessionKnown() && organisationId() ? organisationId() : undefined),
    async (id) => (await data(client['local-wages'].$get({ query: { organisationId: String(id), limit: '500' } }))).items,
  )
  const [editing, setEditing] = createSignal<Editing | null>(null)
  const [problem, setProblem] = createSignal<string | null>(null)
  const [refused, setRefused] = createSignal<FieldErrors>({})
  const [notice, setNotice] = createSignal('')
  const mayWrite = () => organisationId() !== undefined && mayEdit('pathway:write', organisationId()!)
  const organisationName = () => organisations()?.find((o) => o.id === organisationId())?.name ?? 'this partnership'

  const open = (wage: LocalWage | null) => {
    setProblem(null)
    setRefused({})
    setNotice('')
    setEditing({ id: wage?.id ?? null, initial: wage ? wageDraftOf(wage) : blankWage() })
    queueMicrotask(() => document.getElementById('wage-form-heading')?.closest('form')?.querySelector<HTMLElement>('input')?.focus())
  }
  const save = async (body: LocalWageInput) => {
    const id = editing()?.id
    setProblem(null)
    setRefused({})
    try {
      const saved =
        id == null
          ? await data(client['local-wages'].$post({ json: { ...body, organisationId: organisationId() } }))
          : await data(client['local-wages'][':id'].$patch({ param: { id: String(id) }, json: body }))
      setEditing(null)
      setNotice(`Saved the wages for ${saved.title ?? saved.socCode} in ${saved.region}, ${saved.year}.`)
      await refetch()
    } catch (error) {
      setRefused(refusedFields(error))
      setProblem(problemText(error))
    }
  }
  const remove = async (wage: LocalWage) => {
    setNotice('')
    try {
      await data(client['local-wages'][':id'].$delete({ param: { id: String(wage.id) } }))
      setNotice(`Deleted the wages for ${wage.title ?? wage.socCode} in ${wage.region}, ${wage.year}.`)
      await refetch()
    } catch (error) {
      setNotice(problemText(error))
    }
  }

  return (
    <>
      <Title>Local wages</Title>
      <h1>Local wages</h1>
      <p class="lede">
        Wages a partnership found for its own region, e.g. from its state's labour-market information office. On the road maps of the
        partnership's pathways, its newest figure for an occupation is shown instead of the national BLS figure.
      </p>
      <Show when={(organisations()?.length ?? 0) > 1}>
        <div class="field">
          <label for="wage-organisation">Partnership</label>
          <select id="wage-organisation" onChange={(e) => (setEditing(null), setParams({ organisation: e.currentTarget.value }))}>
            <For each={organisations()}>
              {(o) => (
                <option value={o.id} selected={o.id === organisationId()}>
                  {o.name}
                </option>
              )}
            </For>
          </select>
        </div>
      </Show>
      <p role="status" class="saved">
        {notice()}
      </p>
      <Show when={mayWrite()}>
        <p>
          <button type="button" class="button button-primary" onClick={() => open(null)}>
            Enter wages for an occupation
          </button>
        </p>
      </Show>
      <Show when={editing()} keyed>
        {(e) => (
          <LocalWageForm
            heading={e.id === null ? `New local wages for ${organisationName()}` : 'Edit local wages'}
            initial={e.initial}
            search={findOccupations}
            problem={problem()}
            refused={refused()}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </Show>
      <section aria-labelledby="wage-list-heading">
        <h2 id="wage-list-heading">Local wages of {organisationName()}</h2>
        <Loadable resource={wages} what="the local wages">
          {(list) => (
            <LocalWageTable
              wages={list}
              caption={`Local wages of ${organisationName()}`}
              mayEdit={(w) => mayEdit('pathway:write', w.organisationId)}
              onEdit={open}
              onDelete={(w) => void remove(w)}
            />
          )}
        </Loadable>
      </section>
      <Show when={mayWrite()}>
        <LocalWageImport organisationId={organisationId()} onImported={() => void refetch()} />
      </Show>
    </>
  )
}
