// /admin/users: for administrators, the people who can sign in, changed in place, a form to add one, and anyone's
// API tokens (to revoke).
import { createResource, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import type { UserInput, UserPatch } from '../../shared/schemas/account'
import { client, data, type Person } from '../api'
import { AddUserForm } from '../components/AddUserForm'
import { AdminOnly } from '../components/AdminOnly'
import { Loadable } from '../components/Loadable'
import { PersonTokens } from '../components/tokens/PersonTokens'
import { Title } from '../components/Title'
import { UserTable } from '../components/UserTable'
import { plural } from '../lib/format'
import { byName, organisationChoices, toPerson } from '../lib/people'
import { user } from '../lib/session'

export default function UsersPage() {
  return (
    <>
      <Title>Users</Title>
      <h1>Users</h1>
      <p class="lede">The people who can sign in to Rungs: their roles, organisations and access.</p>
      <AdminOnly permission="users:manage" doing="manage people">
        <UsersAdmin />
      </AdminOnly>
    </>
  )
}

function UsersAdmin() {
  // A store keeps each row's identity across changes, so focus and feedback stay on the row that changed.
  const [people, setPeople] = createStore<Person[]>([])
  const [organisations] = createResource(async () => {
    const [page, orgs] = await Promise.all([
      data(client.users.$get({ query: { limit: '500' } })),
      data(client.organisations.$get()),
    ])
    setPeople(page.items.map(toPerson))
    return organisationChoices(orgs.items)
  })
  const change = async (person: Person, patch: UserPatch) => {
    const json = await data(client.users[':id'].$patch({ param: { id: String(person.id) }, json: patch }))
    const updated = toPerson(json)
    setPeople((p) => p.id === person.id, updated)
    return updated
  }
  const add = async (input: UserInput) => {
    const created = toPerson(await data(client.users.$post({ json: input })))
    setPeople([...people, created].sort(byName))
    return created
  }
  return (
    <Loadable resource={organisations} what="the people">
      {(choices) => (
        <>
          <section aria-labelledby="people-heading">
            <h2 id="people-heading">People</h2>
            <p class="muted">
              {plural(people.length, 'person', 'people')}. Changes are saved as you make them; disabling a person ends
              their sessions at once.
            </p>
            <Show when={people.length} fallback={<p class="empty">Nobody can sign in yet.</p>}>
              <UserTable people={people} organisations={choices} currentUserId={user()?.id ?? 0} onChange={change} />
            </Show>
          </section>
          <AddUserForm organisations={choices} onAdd={add} />
          <PersonTokens people={people} />
        </>
      )}
    </Loadable>
  )
}
