// The reviewers of one organisation as a form: reviewing roles and named people (its active members, and anyone
// named before who no longer is, so they can be taken off), checked with the server's schema; the server's
// refusals (a person who is not an active member) are shown at the field they are about, where focus goes.
import { createSignal, For, Show } from 'solid-js'
import { ROLE_LABELS, ROLES, type Role } from '../../../shared/domain/permissions'
import { ReviewersInput } from '../../../shared/schemas/workflow'
import { ApiError, type Reviewers } from '../../api'
import { plural } from '../../lib/format'
import { problemText, validate, type FieldErrors } from '../../lib/form'
import { FormProblem } from '../FormProblem'

// Administrators review every organisation's rows already, so the role is not offered.
const OFFERED: readonly Role[] = ROLES.filter((role) => role !== 'admin')

type Person = { id: number; name: string; role?: Role; active: boolean }

// The people to offer: the active members, then anyone named who no longer is one.
function peopleOf(reviewers: Reviewers): Person[] {
  const members = reviewers.members.map((m) => ({ id: m.id, name: m.name, role: m.role, active: true }))
  const gone = reviewers.people.filter((p) => !reviewers.members.some((m) => m.id === p.id)).map((p) => ({ id: p.id, name: p.name, active: false }))
  return [...members, ...gone]
}

// The field a refusal names ("userIds.1" → the people, and which of them), from a 422's details.
function refusalOf(error: unknown, sent: ReviewersInput): { errors: FieldErrors; person?: number } | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null
  const details = error.details as { field?: string; issues?: { path: string; message: string }[] } | undefined
  const errors: FieldErrors = {}
  const fields = [...(details?.field ? [{ path: details.field, message: error.message }] : []), ...(details?.issues ?? [])]
  for (const { path, message } of fields) errors[path.split('.')[0]!] ??= message
  if (!Object.keys(errors).length) return null
  const index = details?.field?.startsWith('userIds.') ? Number(details.field.split('.')[1]) : NaN
  return { errors, person: sent.userIds[index] }
}

export function ReviewersForm(props: { organisation: string; reviewers: Reviewers; onSave: (input: ReviewersInput) => Promise<Reviewers> }) {
  const [people, setPeople] = createSignal(peopleOf(props.reviewers))
  const [roles, setRoles] = createSignal<Role[]>([...props.reviewers.roles])
  const [userIds, setUserIds] = createSignal<number[]>(props.reviewers.people.map((p) => p.id))
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [refused, setRefused] = createSignal<number | undefined>()
  const [problem, setProblem] = createSignal('')
  const [saved, setSaved] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  let form!: HTMLFormElement

  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item))
  // Focus goes to the person refused, else the first choice of the first field in error.
  const focusError = () =>
    queueMicrotask(() => {
      const target = refused() !== undefined ? `#reviewer-person-${refused()}` : '.field-invalid input'
      form.querySelector<HTMLInputElement>(target)?.focus()
    })

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (busy()) return
    setProblem('')
    setSaved('')
    setRefused(undefined)
    const checked = validate(ReviewersInput, { roles: roles(), userIds: userIds() })
    setErrors(checked.errors ?? {})
    if (!checked.value) return focusError()
    setBusy(true)
    try {
      const answer = await props.onSave(checked.value)
      setPeople(peopleOf(answer))
      setRoles([...answer.roles])
      setUserIds(answer.people.map((p) => p.id))
      const named = answer.roles.filter((r) => r !== 'admin').length
      setSaved(`Saved: ${plural(named, 'role')} and ${plural(answer.people.length, 'named person', 'named people')} review for ${props.organisation}.`)
    } catch (error) {
      const refusal = refusalOf(error, checked.value)
      if (refusal) {
        setErrors(refusal.errors)
        setRefused(refusal.person)
        setProblem('Check the field marked below.')
        focusError()
      } else setProblem(problemText(error))
    } finally {
      setBusy(false)
    }
  }

  const described = (field: string) => [`reviewer-${field}-hint`, errors()[field] && `reviewer-${field}-error`].filter(Boolean).join(' ')

  return (
    <form class="form card reviewers-form" novalidate aria-labelledby="reviewers-heading" ref={form} onSubmit={onSubmit}>
      <h2 id="reviewers-heading">Reviewers of {props.organisation}</h2>
      <FormProblem summary="Could not save the reviewers. " message={problem()} />
      <fieldset class="reviewer-choices" classList={{ 'field-invalid': Boolean(errors().roles) }} aria-describedby={described('roles')}>
        <legend>Reviewing roles</legend>
        <p class="hint" id="reviewer-roles-hint">Everyone at {props.organisation} who holds a checked role reviews.</p>
        <ul class="check-list">
          <For each={OFFERED}>
            {(role) => (
              <li>
                <input id={`reviewer-role-${role}`} type="checkbox" checked={roles().includes(role)} onChange={(e) => setRoles(toggle(roles(), role, e.currentTarget.checked))} />{' '}
                <label for={`reviewer-role-${role}`}>{ROLE_LABELS[role]}</label>
              </li>
            )}
          </For>
        </ul>
        <Show when={errors().roles}>{(message) => <p class="field-error" id="reviewer-roles-error">{message()}</p>}</Show>
      </fieldset>
      <fieldset class="reviewer-choices" classList={{ 'field-invalid': Boolean(errors().userIds) }} aria-describedby={described('userIds')}>
        <legend>Named people</legend>
        <p class="hint" id="reviewer-userIds-hint">Chosen among the active members of {props.organisation}, whatever their role.</p>
        <Show when={people().length} fallback={<p class="empty">Nobody at {props.organisation} can sign in yet.</p>}>
          <ul class="check-list check-list-people">
            <For each={people()}>
              {(person) => (
                <li classList={{ 'reviewer-refused': refused() === person.id }}>
                  <input
                    id={`reviewer-person-${person.id}`}
                    type="checkbox"
                    checked={userIds().includes(person.id)}
                    aria-describedby={refused() === person.id ? 'reviewer-userIds-error' : undefined}
                    onChange={(e) => setUserIds(toggle(userIds(), person.id, e.currentTarget.checked))}
                  />{' '}
                  <label for={`reviewer-person-${person.id}`}>
                    {person.name} <span class="muted">({person.role ? ROLE_LABELS[person.role] : 'no longer an active member'})</span>
                  </label>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={errors().userIds}>{(message) => <p class="field-error" id="reviewer-userIds-error">{message()}</p>}</Show>
      </fieldset>
      <div class="form-actions">
        <button type="submit" class="button button-primary">
          {busy() ? 'Saving…' : 'Save reviewers'}
        </button>
        <p role="status" class="saved">
          {saved()}
        </p>
      </div>
    </form>
  )
}
