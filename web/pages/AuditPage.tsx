// /admin/audit: for administrators, the recent changes of the whole instance, filterable by person and by pathway,
// a page at a time; the filters and page live in the address so the back button and links keep them.
import { useSearchParams } from '@solidjs/router'
import { createResource, Show } from 'solid-js'
import { client, data } from '../api'
import { AdminOnly } from '../components/AdminOnly'
import { AuditList } from '../components/AuditList'
import { SelectField } from '../components/Fields'
import { Loadable } from '../components/Loadable'
import { Pager } from '../components/Pager'
import { Title } from '../components/Title'

const PAGE_SIZE = 20

export default function AuditPage() {
  return (
    <>
      <Title>Recent changes</Title>
      <h1>Recent changes</h1>
      <p class="lede">Every change made in Rungs, newest first: who made it, when, and the values before and after.</p>
      <AdminOnly permission="audit:read" doing="see the recent changes">
        <AuditBrowser />
      </AdminOnly>
    </>
  )
}

type Params = { person?: string; pathway?: string; offset?: string }

function AuditBrowser() {
  const [params, setParams] = useSearchParams<Params>()
  const [choices] = createResource(async () => {
    const [people, pathways] = await Promise.all([
      data(client.users.$get({ query: { limit: '500' } })),
      data(client.pathways.$get({ query: { limit: '500' } })),
    ])
    return {
      people: [{ value: '', label: 'Everyone' }, ...people.items.map((p) => ({ value: String(p.id), label: p.name }))],
      pathways: [{ value: '', label: 'All pathways' }, ...pathways.items.map((p) => ({ value: String(p.id), label: p.title }))],
    }
  })
  const query = () => ({
    userId: params.person || undefined,
    pathwayId: params.pathway || undefined,
    offset: params.offset || '0',
    limit: String(PAGE_SIZE),
  })
  const [entries] = createResource(query, (q) => data(client.audit.$get({ query: q })))
  const filter = (name: 'person' | 'pathway') => (value: string) => setParams({ [name]: value || undefined, offset: undefined })

  return (
    <>
      <Loadable resource={choices} what="the filters">
        {(c) => (
          <div class="filters" role="group" aria-label="Filter the changes">
            <SelectField id="filter-person" label="Person" choices={c.people} value={params.person ?? ''} onChange={filter('person')} />
            <SelectField id="filter-pathway" label="Pathway" choices={c.pathways} value={params.pathway ?? ''} onChange={filter('pathway')} />
          </div>
        )}
      </Loadable>
      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">Changes</h2>
        <Loadable resource={entries} what="the recent changes">
          {(page) => (
            <Show when={page.items.length} fallback={<p class="empty">No changes match these filters.</p>}>
              <AuditList entries={page.items} />
            </Show>
          )}
        </Loadable>
        <Show when={entries.latest}>
          {(page) => (
            <Pager
              offset={page().offset}
              limit={page().limit}
              total={page().total}
              noun="change"
              onPage={(offset) => setParams({ offset: offset ? String(offset) : undefined })}
            />
          )}
        </Show>
      </section>
    </>
  )
}
