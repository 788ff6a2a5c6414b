// Editing a framework's own fields (title, publisher, version, kind, status). Each save names the revision the form
// was read at: when someone else saved in between, the server refuses it and the form offers their version or to
// save these words over it, as the pathway editor does.
import { createSignal, Show } from 'solid-js'
import { createStore, reconcile } from 'solid-js/store'
import { FRAMEWORK_KIND_LABELS, FRAMEWORK_KINDS, FRAMEWORK_STATUS_LABELS, FRAMEWORK_STATUSES, type FrameworkKind, type FrameworkStatus } from '../../../shared/domain/vocabulary'
import { ApiError, type FrameworkTree } from '../../api'
import { problemText, refusedFields } from '../../lib/form'
import { SelectField, TextField } from '../Fields'
import { SaveMessage, type SaveOutcome } from '../SaveMessage'
import { loadFramework, saveFramework } from './framework-api'

type Framework = FrameworkTree['framework']
type Form = { title: string; publisher: string; version: string; kind: FrameworkKind; status: FrameworkStatus }

const formOf = (f: Framework): Form => ({ title: f.title, publisher: f.publisher ?? '', version: f.version ?? '', kind: f.kind, status: f.status })
const isStale = (error: unknown) => error instanceof ApiError && error.status === 409 && error.code === 'stale_version'

export function FrameworkEditForm(props: { framework: Framework; onSaved: (framework: Framework) => void }) {
  const [form, setForm] = createStore(formOf(props.framework))
  const [errors, setErrors] = createSignal<Record<string, string>>({})
  const [message, setMessage] = createSignal<SaveOutcome | null>(null)
  const [theirs, setTheirs] = createSignal<Framework | null>(null)
  const [busy, setBusy] = createSignal(false)
  let revision = props.framework.revision

  async function send() {
    setBusy(true)
    setErrors({})
    setMessage(null)
    try {
      const saved = await saveFramework(props.framework.id, { ...form, publisher: form.publisher || null, version: form.version || null, revision })
      revision = saved.revision
      setTheirs(null)
      setMessage({ ok: true, text: `Saved "${saved.title}".` })
      props.onSaved(saved)
    } catch (error) {
      if (isStale(error)) {
        setTheirs(await loadFramework(props.framework.id).catch(() => null))
        setMessage({ ok: false, text: problemText(error) })
      } else {
        setErrors(refusedFields(error))
        setMessage({ ok: false, text: problemText(error) })
      }
    } finally {
      setBusy(false)
    }
  }
  const takeTheirs = (t: Framework) => {
    setForm(reconcile(formOf(t)))
    revision = t.revision
    setTheirs(null)
    setMessage({ ok: true, text: 'Loaded their version; nothing of yours was saved.' })
    props.onSaved(t)
  }
  const keepMine = (t: Framework) => {
    revision = t.revision
    void send()
  }

  return (
    <form
      class="framework-edit-form"
      aria-label="Framework details"
      onSubmit={(event) => {
        event.preventDefault()
        void send()
      }}
    >
      <TextField id="framework-title" label="Title" autocomplete="off" value={form.title} error={errors().title} onInput={(v) => setForm('title', v)} />
      <TextField id="framework-publisher" label="Publisher" autocomplete="organization" value={form.publisher} error={errors().publisher} onInput={(v) => setForm('publisher', v)} />
      <TextField id="framework-version" label="Version" autocomplete="off" value={form.version} error={errors().version} onInput={(v) => setForm('version', v)} />
      <SelectField
        id="framework-kind"
        label="Kind"
        choices={FRAMEWORK_KINDS.map((k) => ({ value: k, label: FRAMEWORK_KIND_LABELS[k] }))}
        value={form.kind}
        error={errors().kind}
        onChange={(v) => setForm('kind', v as FrameworkKind)}
      />
      <SelectField
        id="framework-status"
        label="Status"
        hint="Deprecated frameworks are kept for history."
        choices={FRAMEWORK_STATUSES.map((s) => ({ value: s, label: FRAMEWORK_STATUS_LABELS[s] }))}
        value={form.status}
        error={errors().status}
        onChange={(v) => setForm('status', v as FrameworkStatus)}
      />
      <Show when={theirs()}>
        {(t) => (
          <div class="conflict-panel" role="group" aria-label="Someone else saved this framework">
            <p>
              Their version: "{t().title}", {FRAMEWORK_KIND_LABELS[t().kind]}, {FRAMEWORK_STATUS_LABELS[t().status]}.
            </p>
            <button type="button" class="button" onClick={() => takeTheirs(t())}>
              Load their version
            </button>{' '}
            <button type="button" class="button" onClick={() => keepMine(t())}>
              Save mine over theirs
            </button>
          </div>
        )}
      </Show>
      <div class="form-actions save-row">
        <button type="submit" class="button button-primary" disabled={busy()}>
          {busy() ? 'Saving…' : 'Save framework'}
        </button>
        <SaveMessage message={message()} />
      </div>
    </form>
  )
}
