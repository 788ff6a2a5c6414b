// The people who can sign in, with their role, organisation and access changed in place; each row says whether
// its last change was saved.
import { For, Show, createSignal } from 'solid-js'
import { ROLE_LABELS, type Role } from '../../shared/domain/permissions'
import type { UserPatch } from '../../shared/schemas/account'
import type { Person } from '../api'
import { formatWhen } from '../lib/format'
import { problemText, type Choice } from '../lib/form'
import { ROLE_CHOICES } from '../lib/people'

type Props = {
  people: readonly Person[]
  organisations: readonly Choice[]
  // The administrator looking, who cannot demote or disable themselves here.
  currentUserId: number
  onChange: (person: Person, patch: UserPatch) => Promise<Person>
}

export function UserTable(props: Props) {
  return (
    <div class="table-wrap" role="region" aria-label="People who can sign in" tabindex="0">
      <table class="user-table">
        <caption class="visually-hidden">People who can sign in</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Role and organisation</th>
            <th scope="col">Last sign-in</th>
            <th scope="col">Access</th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.people}>{(person) => <UserRow person={person} table={props} />}</For>
        </tbody>
      </table>
    </div>
  )
}

function UserRow(props: { person: Person; table: Props }) {
  const [saved, setSaved] = createSignal('')
  const [failed, setFailed] = createSignal('')
  const isSelf = () => props.person.id === props.table.currentUserId
  // A long address may break after its "@", not in the middle of a word.
  const emailParts = () => {
    const at = props.person.email.indexOf('@') + 1
    return [props.person.email.slice(0, at), props.person.email.slice(at)]
  }
  const save = async (patch: UserPatch, done: (person: Person) => string, revert?: () => void) => {
    setSaved('')
    setFailed('')
    try {
      setSaved(done(await props.table.onChange(props.person, patch)))
    } catch (error) {
      revert?.()
      setFailed(`Not saved: ${problemText(error)}`)
    }
  }
  const organisationName = (id: string) => props.table.organisations.find((o) => o.value === id)?.label ?? 'No organisation'
  return (
    <tr classList={{ 'row-disabled': props.person.disabled }}>
      <th scope="row">
        {props.person.name}
        <Show when={isSelf()}>
          <span class="muted"> (you)</span>
        </Show>
        <span class="person-email">
          <span class="visually-hidden">, </span>
          {emailParts()[0]}
          <wbr />
          {emailParts()[1]}
        </span>
      </th>
      <td>
        <div class="role-organisation">
          <Show when={!isSelf()} fallback={<span class="role-text">{ROLE_LABELS[props.person.role]}</span>}>
            <select
              class="inline-select"
              aria-label={`Role of ${props.person.name}`}
              onChange={(event) => {
                const select = event.currentTarget
                const role = select.value as Role
                void save({ role }, (p) => `Saved: role is now ${ROLE_LABELS[p.role]}.`, () => (select.value = props.person.role))
              }}
            >
              <For each={ROLE_CHOICES}>
                {(choice) => (
                  <option value={choice.value} selected={choice.value === props.person.role}>
                    {choice.label}
                  </option>
                )}
              </For>
            </select>
          </Show>
          <select
            class="inline-select"
            aria-label={`Organisation of ${props.person.name}`}
            onChange={(event) => {
              const select = event.currentTarget
              const value = select.value
              void save(
                { organisationId: value ? Number(value) : null },
                () => `Saved: organisation is now ${organisationName(value)}.`,
                () => (select.value = String(props.person.organisationId ?? '')),
              )
            }}
          >
            <For each={props.table.organisations}>
              {(choice) => (
                <option value={choice.value} selected={choice.value === String(props.person.organisationId ?? '')}>
                  {choice.label}
                </option>
              )}
            </For>
          </select>
        </div>
      </td>
      <td>
        <Show when={props.person.lastLoginAt} fallback={<span class="muted">Never</span>}>
          {(at) => <time datetime={at()}>{formatWhen(at())}</time>}
        </Show>
      </td>
      <td class="access">
        <span class="badge" classList={{ 'badge-disabled': props.person.disabled }}>
          {props.person.disabled ? 'Disabled' : 'Active'}
        </span>
        <Show when={!isSelf()}>
          {' '}
          <button
            type="button"
            class="button button-small"
            onClick={() => {
              const disabled = !props.person.disabled
              void save({ disabled }, (p) => (p.disabled ? 'Saved: disabled; their sessions ended.' : 'Saved: enabled.'))
            }}
          >
            {props.person.disabled ? 'Enable' : 'Disable'}
            <span class="visually-hidden"> {props.person.name}</span>
          </button>
        </Show>
      </td>
      <td class="feedback">
        <span role="status" class="saved">
          {saved()}
        </span>
        <Show when={failed()}>
          <span role="alert" class="failed">
            {failed()}
          </span>
        </Show>
      </td>
    </tr>
  )
}
