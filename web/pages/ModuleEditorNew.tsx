// Creating a module: the few fields a module cannot exist without; the editor opens on it once it is saved.
import { useNavigate } from '@solidjs/router'
import { createSignal } from 'solid-js'
import { LEVEL_LABELS, LEVELS, MODULE_KIND_LABELS, MODULE_KINDS, type Level, type ModuleKind } from '../../shared/domain/vocabulary'
import { ModuleInput } from '../../shared/schemas/module'
import { client, data } from '../api'
import { SelectField, TextField } from '../components/Fields'
import { Title } from '../components/Title'
import { focusFirstInvalid, problemText, validate, type FieldErrors } from '../lib/form'
import { can } from '../lib/session'
import { FormProblem } from '../components/FormProblem'

// The "new module" form.
export function ModuleEditorNew() {
  const navigate = useNavigate()
  const kinds = MODULE_KINDS.filter((kind) => can(kind === 'occupational' ? 'module:write' : 'bridge:write'))
  const [code, setCode] = createSignal('')
  const [title, setTitle] = createSignal('')
  const [level, setLevel] = createSignal<Level>(kinds[0] === 'occupational' ? 'postsecondary' : 'adult')
  const [kind, setKind] = createSignal<ModuleKind>(kinds[0] ?? 'occupational')
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [problem, setProblem] = createSignal<string | null>(null)
  const [busy, setBusy] = createSignal(false)

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (busy()) return
    const form = event.currentTarget as HTMLFormElement
    const checked = validate(ModuleInput, { code: code(), title: title(), level: level(), kind: kind() })
    setErrors(checked.errors ?? {})
    setProblem(null)
    if (!checked.value) return focusFirstInvalid(form)
    setBusy(true)
    try {
      const created = await data(client.modules.$post({ json: checked.value }))
      navigate(`/modules/${created.id}/edit`, { replace: true })
    } catch (error) {
      setProblem(problemText(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="narrow">
      <Title>New module</Title>
      <h1>New module</h1>
      <p class="lede">Start with its code and title; the description, outcomes and alignments come next.</p>
      <FormProblem summary="Could not create the module." message={problem()} />
      <form class="form card" novalidate onSubmit={onSubmit}>
        <TextField id="new-code" label="Code" autocomplete="off" hint="For example MFG 110." value={code()} error={errors().code} onInput={setCode} />
        <TextField id="new-title" label="Title" autocomplete="off" value={title()} error={errors().title} onInput={setTitle} />
        <SelectField
          id="new-level"
          label="Level"
          choices={LEVELS.map((value) => ({ value, label: LEVEL_LABELS[value] }))}
          value={level()}
          onChange={(v) => setLevel(v as Level)}
        />
        <SelectField
          id="new-kind"
          label="Kind"
          choices={kinds.map((value) => ({ value, label: MODULE_KIND_LABELS[value] }))}
          value={kind()}
          onChange={(v) => setKind(v as ModuleKind)}
        />
        <div class="form-actions">
          <button type="submit" class="button button-primary">
            {busy() ? 'Creating…' : 'Create module'}
          </button>
        </div>
      </form>
    </section>
  )
}
