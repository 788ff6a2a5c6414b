// /admin/reviewers: for administrators, who reviews the modules and pathways each organisation owns: roles whose
// holders in it review, and named people among its active members.
import { useSearchParams } from '@solidjs/router'
import { createResource, Show } from 'solid-js'
import type { ReviewersInput } from '../../shared/schemas/workflow'
import { client, data } from '../api'
import { AdminOnly } from '../components/AdminOnly'
import { SelectField } from '../components/Fields'
import { Loadable } from '../components/Loadable'
import { Title } from '../components/Title'
import { ReviewersForm } from '../components/workflow/ReviewersForm'
import '../styles/reviewers.css'

export default function ReviewersPage() {
  return (
    <>
      <Title>Reviewers</Title>
      <h1>Reviewers</h1>
      <p class="lede">
        Who approves or returns the modules and pathways each organisation submits for review. Administrators always
        may; nobody decides on their own submission.
      </p>
      <AdminOnly permission="users:manage" doing="choose reviewers">
        <ReviewersAdmin />
      </AdminOnly>
    </>
  )
}

function ReviewersAdmin() {
  // The organisation chosen lives in the address, so a page for one organisation can be shared.
  const [search, setSearch] = useSearchParams<{ organisation?: string }>()
  const [organisations] = createResource(async () => (await data(client.organisations.$get())).items)
  const chosen = () => search.organisation ?? String(organisations()?.[0]?.id ?? '')
  const [reviewers] = createResource(
    () => (organisations() && chosen()) || undefined,
    (id) => data(client.organisations[':id'].reviewers.$get({ param: { id } })),
  )
  // The form keeps what was saved; the resource is asked again only for another organisation.
  const save = (input: ReviewersInput) => data(client.organisations[':id'].reviewers.$put({ param: { id: chosen() }, json: input }))
  return (
    <Loadable resource={organisations} what="the organisations">
      {(list) => (
        <Show when={list.length} fallback={<p class="empty">There are no organisations yet; add one with its first person on the Users page.</p>}>
          <div class="reviewers-organisation">
            <SelectField
              id="reviewers-organisation"
              label="Organisation"
              choices={list.map((o) => ({ value: String(o.id), label: o.name }))}
              value={chosen()}
              onChange={(value) => setSearch({ organisation: value }, { replace: true })}
            />
          </div>
          <Loadable resource={reviewers} what="the reviewers">
            {(loaded) => <ReviewersForm organisation={list.find((o) => String(o.id) === chosen())?.name ?? ''} reviewers={loaded} onSave={save} />}
          </Loadable>
        </Show>
      )}
    </Loadable>
  )
}
