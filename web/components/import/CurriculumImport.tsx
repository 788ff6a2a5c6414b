// A pathway's curriculum workbook: download it, upload an edited copy, see every change and problem, then apply.
import { createSignal, For, Show } from 'solid-js'
import type { CurriculumSummary, FieldChange, ItemChange, ModuleChange } from '../../../shared/schemas/curriculum'
import { ApiError, uploadCurriculum } from '../../api'
import { ImportProgress } from './ImportProgress'
import { ProblemTable } from './ProblemTable'

const SIGN: Record<ItemChange['action'], string> = { add: 'Add', change: 'Change', remove: 'Remove' }
// The workbook's column of each field the preview names (the field's own name for the rest).
const FIELD_WORDS: Record<string, string> = {
  clockHours: 'Clock hours', durationWeeks: 'Weeks', costToStudent: 'Cost to student ($)', delivery: 'Schedule options', entryLevel: 'Entry level',
  funding: 'Funding', supports: 'Supports',
}
const fieldLine = (f: FieldChange) => `${FIELD_WORDS[f.field] ?? f.field}: ${f.before || '—'} → ${f.after || '—'}`

function ChangeList(props: { change: ModuleChange }) {
  const items = () => [
    ...props.change.fields.map(fieldLine),
    ...[...props.change.outcomes, ...props.change.alignments].map((i) => `${SIGN[i.action]} ${i.what}: ${[i.before, i.after].filter(Boolean).join(' → ')}`),
  ]
  return (
    <li>
      <strong>{props.change.code}</strong> {props.change.action === 'create' ? '(new module)' : `(version ${props.change.version})`}
      <ul>
        <For each={items()}>{(line) => <li>{line}</li>}</For>
      </ul>
    </li>
  )
}

// The curriculum section of a pathway page, for people who may edit the pathway.
export function CurriculumImport(props: { slug: string; onApplied: () => void }) {
  const [file, setFile] = createSignal<File | null>(null)
  const [preview, setPreview] = createSignal<CurriculumSummary | null>(null)
  const [progress, setProgress] = createSignal<number | null>(null)
  const [error, setError] = createSignal<string | null>(null)
  const [applied, setApplied] = createSignal(false)

  async function send(step: 'preview' | 'commit') {
    const chosen = file()
    if (!chosen) return setError('Choose the edited workbook first.')
    setError(null)
    setProgress(0)
    try {
      const answer = await uploadCurriculum(props.slug, step, chosen, step === 'commit' ? { expectedHash: preview()?.fileHash } : {}, setProgress)
      setPreview(answer)
      if (step === 'commit') {
        setApplied(true)
        props.onApplied()
      }
    } catch (failure) {
      const problems = failure instanceof ApiError ? (failure.details as { problems?: CurriculumSummary['problems'] } | undefined)?.problems : undefined
      if (problems && preview()) setPreview({ ...preview()!, problems, ok: false })
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setProgress(null)
    }
  }

  return (
    <section aria-labelledby="curriculum-heading">
      <h2 id="curriculum-heading">Curriculum workbook</h2>
      <p class="muted">
        Download the modules, outcomes, alignments, funding and supports as a spreadsheet, edit it, and upload it again. Nothing changes until you have seen the preview
        and chosen Apply.
      </p>
      <form class="form card import-form" onSubmit={(e) => (e.preventDefault(), void send('preview'))}>
        <label for="curriculum-file">Edited workbook (.xlsx)</label>
        <input id="curriculum-file" type="file" accept=".xlsx" onChange={(e) => (setFile(e.currentTarget.files?.[0] ?? null), setPreview(null), setApplied(false))} />
        <div class="form-actions">
          <button type="submit" class="button" disabled={!file() || progress() !== null}>Preview changes</button>
        </div>
      </form>
      <Show when={progress() !== null}>
        <ImportProgress label="Curriculum workbook" fraction={progress()!} />
      </Show>
      <Show when={error()}>{(message) => <div class="error" role="alert"><strong>Not applied.</strong> {message()}</div>}</Show>
      <Show when={preview()}>
        {(summary) => (
          <div class="import-preview">
            <p role="status">
              {applied() ? 'Applied' : summary().ok ? 'Ready to apply' : 'Fix the errors below first'}: {summary().modules.length} module
              {summary().modules.length === 1 ? '' : 's'} to change, {summary().unchanged} unchanged.
            </p>
            <ul class="curriculum-changes">
              <For each={summary().modules}>{(change) => <ChangeList change={change} />}</For>
              <For each={summary().pathwayChanges}>
                {(change) => (
                  <li>
                    <strong>The pathway's own supports</strong> (whole pathway and stages): {fieldLine(change).replace(/^Supports: /, '')}
                  </li>
                )}
              </For>
            </ul>
            <ProblemTable problems={summary().problems} />
            <Show when={!applied()}>
              <button type="button" class="button button-primary" disabled={!summary().ok || progress() !== null} onClick={() => void send('commit')}>
                Apply
              </button>
            </Show>
          </div>
        )}
      </Show>
    </section>
  )
}
