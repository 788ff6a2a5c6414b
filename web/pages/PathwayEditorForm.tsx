// Editing a pathway: title, sector, description, frameworks, target occupations, the modules on its stages, the
// jobs at its exits and its family-sustaining wage;
// saved with one button (the server replaces each list in one transaction) along with the version it was read at,
// so a save that lost a race with someone else's opens a conflict panel instead of overwriting. Loaded by
// PathwayEditorPage.
import { warnBeforeLeaving } from '../lib/warn-unsaved'
import { formatTimeNow } from '../lib/format'
import { A } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { createStore, reconcile, unwrap } from 'solid-js/store'
import { FRAMEWORK_KIND_LABELS } from '../../shared/domain/vocabulary'
import { PathwayPatch } from '../../shared/schemas/pathway'
import { ApiError, client, data, type FrameworkList, type RoadMap } from '../api'
import { Checklist } from '../components/authoring/Checklist'
import { SupportsEditor } from '../components/authoring/SupportsEditor'
import { pathwaySupportInput, supportDraftOf } from '../lib/supports-draft'
import { OccupationRows } from '../components/authoring/OccupationRows'
import { ExitOccupations } from '../components/labor/ExitOccupations'
import { FamilyWageFields } from '../components/labor/FamilyWageFields'
import { familyWageDraftOf, familyWageInput, familyWageTypos } from '../lib/family-wage-draft'
import { findOccupations } from '../lib/occupation-search'
import { PathwayConflictPanel } from '../components/authoring/PathwayConflictPanel'
import { PlacementsEditor, type PlaceableModule, type Placement } from '../components/authoring/PlacementsEditor'
import { Title } from '../components/Title'
import { problemText, refusedFields } from '../lib/form'
import { SaveMessage, type SaveOutcome } from '../components/SaveMessage'
import '../styles/authoring.css'
import '../styles/supports.css'

type Props = {
  pathway: RoadMap
  frameworks: FrameworkList['items']
  modules: readonly PlaceableModule[]
  // The partnership's organisations, which provide supports.
  organisations: readonly { id: number; name: string }[]
}

const placementsOf = (pathway: RoadMap): Placement[] =>
  pathway.stages.flatMap((s) =>
    s.modules.map((m) => ({
      moduleId: m.id,
      code: m.code,
      title: m.title,
      level: m.level,
      stage: m.stage,
      isEntry: m.isEntry,
      isExit: m.isExit,
      occupations: m.occupations.map((o) => ({ socCode: o.socCode, title: o.title })),
    })),
  )

const formOf = (pathway: RoadMap) => ({
  title: pathway.title,
  sector: pathway.sector,
  description: pathway.description ?? '',
  frameworkIds: pathway.frameworks.map((f) => f.id),
  occupations: pathway.occupations.map((o) => ({ socCode: o.socCode, title: o.title })),
  placements: placementsOf(pathway),
  supports: pathway.supports.map(supportDraftOf),
  familyWage: familyWageDraftOf(pathway),
})
type Form = ReturnType<typeof formOf>

// The parts of the form, by the name a person sees, with what counts when comparing two versions.
const PARTS: [string, (f: Form) => unknown][] = [
  ['Title', (f) => f.title.trim()],
  ['Sector', (f) => f.sector.trim()],
  ['Description', (f) => f.description.trim()],
  ['Frameworks', (f) => [...f.frameworkIds].sort((a, b) => a - b)],
  ['Target occupations', (f) => f.occupations.map((o) => [o.socCode.trim(), o.title.trim()])],
  ['Modules on the ladder', (f) => f.placements.map((p) => [p.moduleId, p.stage, p.isEntry, p.isExit])],
  ['Jobs at the exits', (f) => f.placements.map((p) => (p.isExit ? p.occupations.map((o) => o.socCode) : []))],
  ['Family-sustaining wage', (f) => familyWageInput(f.familyWage)],
  ['Supports', (f) => f.supports.map(pathwaySupportInput)],
]
const differences = (theirs: Form, mine: Form) =>
  PARTS.filter(([, value]) => JSON.stringify(value(theirs)) !== JSON.stringify(value(mine))).map(([name]) => name)

const isStale = (error: unknown): error is ApiError => error instanceof ApiError && error.status === 409 && error.code === 'stale_version'

type Conflict = { theirs: RoadMap; differences: string[] }

// What the form says, for "is anything unsaved?": the lists' keys are the page's own handles, made anew on each read.
const contentOf = (form: Form) => JSON.stringify(form, (name, value: unknown) => (name === 'key' ? undefined : value))

// The pathway form.
export function PathwayEditorForm(props: Props) {
  const [form, setForm] = createStore(formOf(props.pathway))
  const [errors, setErrors] = createSignal<Record<string, string>>({})
  const [message, setMessage] = createSignal<SaveOutcome | null>(null)
  const [busy, setBusy] = createSignal(false)
  const [conflict, setConflict] = createSignal<Conflict | null>(null)
  // The version this form was read at (or last saved as): every save names it.
  let version = props.pathway.version
  // The form as last read or saved: leaving with anything else asks first (this form saves on Save, not as one types).
  let stored = contentOf(unwrap(form))
  warnBeforeLeaving(() => contentOf(unwrap(form)) !== stored)

  // Someone saved first: fetch their version to say what differs; if even that fails, the server's message stays.
  async function showConflict(error: ApiError) {
    setMessage({ ok: false, text: error.message })
    try {
      const theirs = await data(client.pathways[':slug'].$get({ param: { slug: props.pathway.slug }, query: {} }))
      setConflict({ theirs, differences: differences(formOf(theirs), unwrap(form)) })
      setMessage(null)
    } catch {
      // The message above already tells the person to reload.
    }
  }
  const keepMine = () => {
    version = conflict()!.theirs.version
    setConflict(null)
    void send()
  }
  const takeTheirs = () => {
    const { theirs } = conflict()!
    setForm(reconcile(formOf(theirs)))
    stored = contentOf(formOf(theirs))
    version = theirs.version
    setErrors({})
    setConflict(null)
    setMessage({ ok: true, text: `Reloaded their version (version ${theirs.version}).` })
  }

  // The supports' messages by "index.field", as the supports editor shows them.
  const supportErrors = () =>
    Object.fromEntries(Object.entries(errors()).flatMap(([path, message]) => (path.startsWith('supports.') ? [[path.slice('supports.'.length), message]] : [])))

  const save = (event: SubmitEvent) => {
    event.preventDefault()
    void send()
  }

  async function send() {
    setMessage(null)
    // Position counts within a stage, in the order the list shows.
    const modules = form.placements.map((p, i) => ({
      moduleId: p.moduleId,
      stage: p.stage,
      position: form.placements.slice(0, i).filter((q) => q.stage === p.stage).length,
      isEntry: p.isEntry,
      isExit: p.isExit,
      // Sent for every exit, so removing its last job is saved too; other modules name none.
      occupations: p.isExit ? p.occupations.map((o) => o.socCode) : undefined,
    }))
    const wage = familyWageInput(form.familyWage)
    const typos = familyWageTypos(form.familyWage)
    const checked = PathwayPatch.safeParse({ ...form, placements: undefined, familyWage: undefined, ...wage, modules, supports: form.supports.map(pathwaySupportInput), version })
    if (!checked.success || Object.keys(typos).length) {
      const found: Record<string, string> = { ...typos }
      for (const issue of checked.error?.issues ?? []) found[issue.path.slice(issue.path[0] === 'occupations' ? 1 : 0).join('.')] ??= issue.message
      setErrors(found)
      setMessage({ ok: false, text: 'Some fields need fixing; see the messages beside them.' })
      return
    }
    setErrors({})
    setBusy(true)
    setConflict(null)
    try {
      const saved = await data(client.pathways[':id'].$patch({ param: { id: String(props.pathway.id) }, json: checked.data }))
      version = saved.version
      stored = contentOf(unwrap(form))
      setMessage({ ok: true, text: `Saved at ${formatTimeNow()}.` })
    } catch (error) {
      if (isStale(error)) await showConflict(error)
      else {
        setErrors(refusedFields(error))
        setMessage({ ok: false, text: problemText(error) })
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <form novalidate onSubmit={save}>
      <Title>{`Edit ${form.title}`}</Title>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <A href={`/pathways/${props.pathway.slug}`}>{props.pathway.title}</A>
          </li>
        </ol>
      </nav>
      <h1>Edit {form.title}</h1>

      <section aria-labelledby="pathway-details-heading">
        <h2 id="pathway-details-heading">Details</h2>
        <div class="module-fields">
          <div class="field" classList={{ 'field-invalid': Boolean(errors().title) }}>
            <label for="pathway-title">Title</label>
            <input id="pathway-title" value={form.title} aria-invalid={errors().title ? 'true' : undefined} onInput={(e) => setForm('title', e.currentTarget.value)} />
            <Show when={errors().title}>{(m) => <p class="field-error">{m()}</p>}</Show>
          </div>
          <div class="field" classList={{ 'field-invalid': Boolean(errors().sector) }}>
            <label for="pathway-sector">Sector</label>
            <input id="pathway-sector" value={form.sector} aria-invalid={errors().sector ? 'true' : undefined} onInput={(e) => setForm('sector', e.currentTarget.value)} />
            <Show when={errors().sector}>{(m) => <p class="field-error">{m()}</p>}</Show>
          </div>
        </div>
        <div class="field">
          <label for="pathway-description">Description</label>
          <textarea id="pathway-description" class="wide-textarea" rows={4} value={form.description} onInput={(e) => setForm('description', e.currentTarget.value)} />
        </div>
      </section>

      <section aria-labelledby="pathway-frameworks-heading">
        <h2 id="pathway-frameworks-heading">Frameworks and occupations</h2>
        <div class="two-columns">
          <Checklist
            id="pathway-frameworks"
            legend="Frameworks it is held against"
            options={props.frameworks.map((f) => ({ id: f.id, label: f.title, detail: `(${FRAMEWORK_KIND_LABELS[f.kind]})` }))}
            selected={form.frameworkIds}
            onChange={(ids) => setForm('frameworkIds', ids)}
          />
          <fieldset>
            <legend>Target occupations</legend>
            <OccupationRows occupations={form.occupations} errors={errors()} onChange={(list) => setForm('occupations', list)} />
          </fieldset>
        </div>
      </section>

      <section aria-labelledby="pathway-modules-heading">
        <h2 id="pathway-modules-heading">Modules on the ladder</h2>
        <p class="hint">
          Stage 1 is the first rung. Entry points are where a person can start; exit points lead to a job.{' '}
          <A href="/modules/new">Create a new module</A> · <A href="/credentials">Edit credentials and stacking</A>
        </p>
        <PlacementsEditor placements={form.placements} modules={props.modules} onChange={(list) => setForm('placements', list)} />
      </section>

      <section aria-labelledby="pathway-jobs-heading">
        <h2 id="pathway-jobs-heading">Jobs and wages</h2>
        <p class="hint">
          The jobs each exit point leads to (2018 SOC occupations), shown on the road map with their wages and outlook, and the wage the
          road map marks them against. <A href="/wages">Local wages</A> entered by your partnership take precedence over national figures.
        </p>
        <ExitOccupations
          placements={form.placements}
          search={findOccupations}
          errors={(i) => errors()[`modules.${i}.occupations`]}
          onChange={(i, list) => setForm('placements', i, 'occupations', list)}
        />
        <FamilyWageFields value={form.familyWage} errors={errors()} onChange={(value) => setForm('familyWage', value)} />
      </section>

      <section aria-labelledby="pathway-supports-heading">
        <h2 id="pathway-supports-heading">Supports</h2>
        <p class="hint">
          Wrap-around services partners offer to everyone on the pathway or at one stage: counselling, case management, child care,
          transportation, financial aid, tutoring, job placement. Supports of one module are edited with the module.
        </p>
        <SupportsEditor
          id="pathway-supports"
          supports={form.supports}
          organisations={props.organisations}
          stages={[...new Set([...form.placements.map((p) => p.stage), ...form.supports.flatMap((s) => (s.stage ? [Number(s.stage)] : []))])].sort((a, b) => a - b)}
          errors={supportErrors()}
          onChange={(list) => setForm('supports', list)}
        />
      </section>

      <Show when={conflict()}>
        {(c) => (
          <PathwayConflictPanel theirVersion={c().theirs.version} differences={c().differences} onKeepMine={keepMine} onTakeTheirs={takeTheirs} />
        )}
      </Show>

      <div class="form-actions save-row">
        <button type="submit" class="button button-primary" disabled={busy()}>
          {busy() ? 'Saving…' : 'Save pathway'}
        </button>
        <A href={`/pathways/${props.pathway.slug}`}>View the road map</A>
        <SaveMessage message={message()} />
      </div>
    </form>
  )
}
