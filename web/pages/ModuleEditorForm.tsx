// The module editor itself: a local draft that autosaves with the version it was read at, and the conflict
// panel when someone else saved first; for a bridge, its coverage checklist as of the last save. Leaving it
// waits for the last save, so the page it opens shows every edit. Loaded by ModuleEditorPage.
import { A, useBeforeLeave, type BeforeLeaveEventArgs } from '@solidjs/router'
import { createMemo, createResource, createSignal, Show } from 'solid-js'
import { createStore, produce, unwrap } from 'solid-js/store'
import { client, data, type ModuleDetail } from '../api'
import { AlignmentList } from '../components/authoring/AlignmentList'
import { Checklist, type ChecklistOption } from '../components/authoring/Checklist'
import { ConflictPanel } from '../components/authoring/ConflictPanel'
import { useEditorFocus } from '../components/authoring/editor-focus'
import { FundingEditor } from '../components/authoring/FundingEditor'
import { SupportsEditor } from '../components/authoring/SupportsEditor'
import { ModuleFields } from '../components/authoring/ModuleFields'
import { OutcomesEditor } from '../components/authoring/OutcomesEditor'
import { SaveStatus } from '../components/authoring/SaveStatus'
import { ModuleSuggestions } from '../components/authoring/ModuleSuggestions'
import { loadCoverage } from '../components/bridges/bridges-api'
import { CoverageChecklist } from '../components/bridges/CoverageChecklist'
import { ErrorMessage } from '../components/ErrorMessage'
import { ImpactDialog } from '../components/impact/ImpactDialog'
import { Title } from '../components/Title'
import type { Depth } from '../../shared/domain/vocabulary'
import type { ProposedChangeInput } from '../../shared/schemas/impact'
import { serverCompetencySource, type AlignTarget } from '../editor/competency-search'
import { RichTextEditor } from '../editor/RichTextEditor'
import { autosaveText, createAutosave } from '../lib/autosave'
import {
  conflictChanges,
  draftAsText,
  draftOf,
  fieldErrors,
  newOutcomeKey,
  patchOf,
  sendableOutcomes,
  type DraftAlignment,
  type ModuleDraft,
} from '../lib/autosave-module'
import '../editor/editor.css'
import '../styles/authoring.css'
import '../styles/supports.css'

type Props = {
  module: ModuleDetail
  credentials: readonly { id: number; title: string; kind: string }[]
  modules: readonly { id: number; code: string; title: string }[]
  entryLevels: readonly { code: string; label: string }[]
  // The partnership's organisations, which provide supports.
  organisations: readonly { id: number; name: string }[]
}

type Conflict = { theirs: ModuleDetail; changes: ReturnType<typeof conflictChanges> }

// A removal waiting for the person to confirm it, having seen its impact; `settle` hears whether they did.
type PendingRemoval = { title: string; confirmLabel: string; change: ProposedChangeInput; apply: () => void; settle?: (done: boolean) => void }

// "Cite and align at" a depth: aligns to the cited competency, or sets the depth of the alignment already there.
const alignedAt = (alignments: readonly DraftAlignment[], hit: AlignTarget, depth: Depth): DraftAlignment[] =>
  alignments.some((a) => a.competencyId === hit.id)
    ? alignments.map((a) => (a.competencyId === hit.id ? { ...a, depth } : a))
    : [...alignments, { competencyId: hit.id, code: hit.code, statement: hit.statement, depth, assessed: false }]

// The editor for one module the signed-in person may edit.
export function ModuleEditorForm(props: Props) {
  const id = String(props.module.id)
  const [draft, setDraft] = createStore<ModuleDraft>(draftOf(props.module))
  const [generation, setGeneration] = createSignal(1)
  const [conflict, setConflict] = createSignal<Conflict | null>(null)
  let version = props.module.version
  // The version the server last stored: the coverage checklist follows it, so it changes as alignments are saved.
  const [savedVersion, setSavedVersion] = createSignal(version)
  const [coverage] = createResource(() => (props.module.targets.length ? savedVersion() : undefined), () => loadCoverage(props.module.id))
  // Read only once loaded, so a refetch keeps the last checklist in view instead of suspending the page.
  const shownCoverage = () => (coverage.state === 'ready' || coverage.state === 'refreshing' ? coverage.latest : undefined)
  const source = serverCompetencySource()

  const autosave = createAutosave({
    save: async () => {
      const sent = sendableOutcomes(draft).map((o) => o.key)
      const saved = await data(client.modules[':id'].$patch({ param: { id }, json: patchOf(unwrap(draft), version) }))
      version = saved.version
      setSavedVersion(version)
      // Outcomes that were new now have ids: later saves must name them, or they would be added twice.
      setDraft(
        'outcomes',
        produce((outcomes) => {
          sent.forEach((key, i) => {
            const outcome = outcomes.find((o) => o.key === key)
            if (outcome && outcome.id === undefined) outcome.id = saved.outcomes[i]?.id
          })
        }),
      )
    },
    onConflict: () => void showConflict(),
  })

  // A link followed within a second of an edit would otherwise drop it (the debounce timer dies with the page),
  // or open a page that reads the module before the save under way has stored it.
  let leaving: BeforeLeaveEventArgs | undefined
  useBeforeLeave((leave) => {
    if (leave.defaultPrevented || !autosave.unsaved()) return
    leave.preventDefault()
    const waiting = leaving !== undefined
    leaving = leave
    if (waiting) return
    void autosave.flush().then((saved) => {
      const latest = leaving!
      leaving = undefined
      if (saved || window.confirm(`${autosaveText(autosave.status())}. Leave this page and lose your last changes?`)) latest.retry(true)
    })
  })

  async function showConflict() {
    const theirs = await data(client.modules[':id'].$get({ param: { id } }))
    setConflict({ theirs, changes: conflictChanges(draftOf(theirs), unwrap(draft)) })
  }
  const keepMine = () => {
    const { theirs } = conflict()!
    const live = new Set(theirs.outcomes.map((o) => o.id))
    // Outcomes they deleted come back as new ones rather than naming ids that no longer exist.
    setDraft('outcomes', produce((outcomes) => outcomes.forEach((o) => o.id !== undefined && !live.has(o.id) && delete o.id)))
    version = theirs.version
    setConflict(null)
    autosave.resume(true)
  }
  const takeTheirs = () => {
    const { theirs } = conflict()!
    setDraft(draftOf(theirs))
    version = theirs.version
    setSavedVersion(version)
    setGeneration((g) => g + 1)
    setConflict(null)
    autosave.resume(false)
  }

  // Every edit goes through here, so each one is saved.
  const edit = ((...args: unknown[]) => {
    ;(setDraft as (...a: unknown[]) => void)(...args)
    autosave.touch()
  }) as typeof setDraft
  const outcomeAt = (key: string) => draft.outcomes.findIndex((o) => o.key === key)

  // Removing an alignment first shows what it would do: the module's alignments without that one go to the
  // impact preview, and the removal is made only when the person confirms it.
  const [pending, setPending] = createSignal<PendingRemoval | null>(null)
  const askToRemove = (outcomeKey: string | null, index: number) => {
    const list = outcomeKey === null ? draft.alignments : draft.outcomes[outcomeAt(outcomeKey)]!.alignments
    const removed = list[index]!
    // A competency is aligned at most once per list, so the competency names the one removed from its list.
    const keep = (a: DraftAlignment) => a.competencyId !== removed.competencyId
    const remaining = [
      ...draft.alignments.filter((a) => outcomeKey !== null || keep(a)),
      ...draft.outcomes.flatMap((o) => o.alignments.filter((a) => o.key !== outcomeKey || keep(a))),
    ].map((a) => ({ competencyId: a.competencyId, depth: a.depth }))
    const where = outcomeKey === null ? 'the module' : `outcome ${outcomeAt(outcomeKey) + 1}`
    setPending({
      title: `Remove the alignment of ${where} to ${removed.code}?`,
      confirmLabel: 'Remove the alignment',
      change: { kind: 'module_alignments', moduleId: props.module.id, alignments: remaining },
      apply: () => {
        const without = (alignments: readonly DraftAlignment[]) => alignments.filter(keep)
        if (outcomeKey === null) edit('alignments', without)
        else edit('outcomes', outcomeAt(outcomeKey), 'alignments', without)
      },
    })
  }
  // Deleting an outcome likewise: a saved one is previewed as itself (its alignments, and as a near duplicate);
  // a new one only through the alignments it would take along, and a new empty one simply goes.
  const askToDeleteOutcome = (key: string): Promise<boolean> => {
    const at = outcomeAt(key)
    const outcome = draft.outcomes[at]!
    const drop = () => edit('outcomes', (outcomes) => outcomes.filter((o) => o.key !== key))
    if (outcome.id === undefined && !outcome.alignments.length) {
      drop()
      return Promise.resolve(true)
    }
    const remaining = [...draft.alignments, ...draft.outcomes.flatMap((o) => (o.key === key ? [] : o.alignments))].map((a) => ({ competencyId: a.competencyId, depth: a.depth }))
    const change: ProposedChangeInput =
      outcome.id === undefined ? { kind: 'module_alignments', moduleId: props.module.id, alignments: remaining } : { kind: 'remove_outcome', outcomeId: outcome.id }
    return new Promise((settle) => setPending({ title: `Delete outcome ${at + 1}?`, confirmLabel: 'Delete the outcome', change, apply: drop, settle }))
  }
  const errors = createMemo(() => fieldErrors(draft))
  // Opened from a finding: at the alignment whose depth it suggests, or at the credentials or prerequisites.
  const focusNote = useEditorFocus(draft, ({ outcomeKey, index }, depth) => {
    if (outcomeKey === null) edit('alignments', index, 'depth', depth)
    else edit('outcomes', outcomeAt(outcomeKey), 'alignments', index, 'depth', depth)
  })

  const credentialOptions = (): ChecklistOption[] => props.credentials.map((c) => ({ id: c.id, label: c.title, detail: `(${c.kind})` }))
  const moduleOptions = (): ChecklistOption[] =>
    props.modules.filter((m) => m.id !== props.module.id).map((m) => ({ id: m.id, label: `${m.code} ${m.title}` }))

  return (
    <>
      <Title>{`Edit ${draft.code} ${draft.title}`}</Title>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <A href={`/modules/${id}`}>
              {props.module.code} {props.module.title}
            </A>
          </li>
        </ol>
      </nav>
      <div class="editor-heading">
        <h1>
          <span class="editor-eyebrow">Editing module</span> <span class="code">{draft.code}</span> {draft.title}
        </h1>
        <div class="editor-savebar">
          <SaveStatus status={autosave.status()} />
          <A href={`/modules/${id}`} class="button">
            View module
          </A>
        </div>
      </div>

      <p class="saved" role="status">{focusNote()}</p>

      <Show when={conflict()}>
        {(c) => (
          <ConflictPanel
            theirVersion={c().theirs.version}
            changes={c().changes}
            myText={draftAsText(draft)}
            onKeepMine={keepMine}
            onTakeTheirs={takeTheirs}
          />
        )}
      </Show>

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <ModuleFields values={draft} errors={errors()} entryLevels={props.entryLevels} onChange={(field, value) => edit(field, value as never)} />
      </section>

      <Show when={generation()} keyed>
        <section aria-labelledby="description-heading">
          <h2 id="description-heading">Description</h2>
          <RichTextEditor
            id="module-description"
            labelId="description-heading"
            toolbarLabel="Description formatting"
            content={unwrap(draft).description}
            source={source}
            onChange={(doc) => edit('description', doc)}
            onAlign={(hit, depth) => edit('alignments', alignedAt(draft.alignments, hit, depth))}
          />
        </section>

        <section aria-labelledby="module-alignments-heading">
          <h2 id="module-alignments-heading">Alignments of the whole module</h2>
          <AlignmentList
            id="module-alignments"
            label="Alignments of the whole module"
            alignments={draft.alignments}
            source={source}
            onChange={(alignments) => edit('alignments', alignments)}
            onRemove={(index) => askToRemove(null, index)}
          />
          <ModuleSuggestions
            module={props.module}
            savedVersion={savedVersion()}
            aligned={draft.alignments.map((a) => a.competencyId)}
            onAccept={(target, depth) => edit('alignments', alignedAt(draft.alignments, target, depth))}
          />
        </section>

        <OutcomesEditor
          outcomes={draft.outcomes}
          source={source}
          savedVersion={savedVersion()}
          onAdd={() => edit('outcomes', draft.outcomes.length, { key: newOutcomeKey(), content: { type: 'doc', content: [] }, alignments: [] })}
          onContent={(key, doc) => edit('outcomes', outcomeAt(key), 'content', doc)}
          onAlignments={(key, alignments) => edit('outcomes', outcomeAt(key), 'alignments', alignments)}
          onRemoveAlignment={(key, index) => askToRemove(key, index)}
          onAlign={(key, hit, depth) => edit('outcomes', outcomeAt(key), 'alignments', (list) => alignedAt(list, hit, depth))}
          onMoveTo={(key, index) =>
            edit('outcomes', (outcomes) => {
              const moving = outcomes[outcomeAt(key)]!
              const rest = outcomes.filter((o) => o.key !== key)
              return [...rest.slice(0, index), moving, ...rest.slice(index)]
            })
          }
          onRemove={askToDeleteOutcome}
        />
      </Show>

      <Show when={pending()}>
        {(removal) => (
          <ImpactDialog
            title={removal().title}
            confirmLabel={removal().confirmLabel}
            change={removal().change}
            onDone={(confirmed) => {
              if (confirmed) removal().apply()
              removal().settle?.(confirmed)
              setPending(null)
            }}
          />
        )}
      </Show>

      <Show when={coverage.error}>{(error) => <ErrorMessage error={error()} what="the coverage of this bridge" />}</Show>
      <Show when={shownCoverage()}>{(checklist) => <CoverageChecklist coverage={checklist()} />}</Show>

      <section aria-labelledby="funding-heading">
        <h2 id="funding-heading">Funding</h2>
        <FundingEditor id="module-funding" funding={draft.funding} onChange={(funding) => edit('funding', funding)} />
      </section>

      <section aria-labelledby="module-supports-heading">
        <h2 id="module-supports-heading">Supports for this module's learners</h2>
        <p class="hint">Supports for the whole pathway or one of its stages are edited with the pathway.</p>
        <SupportsEditor id="module-supports" supports={draft.supports} organisations={props.organisations} onChange={(supports) => edit('supports', supports)} />
      </section>

      <section aria-labelledby="links-heading">
        <h2 id="links-heading">Prerequisites and credentials</h2>
        <div class="two-columns">
          <Checklist
            id="module-prerequisites"
            legend="Prerequisites"
            hint="Modules a person must finish before this one."
            options={moduleOptions()}
            selected={draft.prerequisites.map((p) => p.id)}
            onChange={(ids) => edit('prerequisites', props.modules.filter((m) => ids.includes(m.id)).map((m) => ({ id: m.id, code: m.code, title: m.title })))}
          />
          <Checklist
            id="module-credentials"
            legend="Credentials it leads to"
            options={credentialOptions()}
            selected={draft.credentials.map((c) => c.id)}
            onChange={(ids) => edit('credentials', props.credentials.filter((c) => ids.includes(c.id)).map((c) => ({ id: c.id, title: c.title })))}
          />
        </div>
      </section>
    </>
  )
}
