// The import page's learner outcomes: a template per pathway to fill in, then a CSV or XLSX of counts (one row per
// module or credential, term and subgroup) previewed with every problem by row and column, then imported whole.
import { createResource, createSignal, For, Show } from 'solid-js'
import type { OutcomeImportSummary } from '../../../shared/schemas/outcomes'
import { ApiError, client, data, uploadOutcomes } from '../../api'
import { plural } from '../../lib/format'
import { problemText } from '../../lib/form'
import { FormProblem } from '../FormProblem'
import { ProblemTable } from './ProblemTable'

export function OutcomeImport() {
  const [pathways] = createResource(() => data(client.pathways.$get({ query: { limit: '500' } })))
  const [slug, setSlug] = createSignal('')
  const [file, setFile] = createSignal<File | null>(null)
  const [preview, setPreview] = createSignal<OutcomeImportSummary | null>(null)
  const [done, setDone] = createSignal<OutcomeImportSummary | null>(null)
  const [busy, setBusy] = createSignal(false)
  const [error, setError] = createSignal<string | null>(null)

  async function send(step: 'preview' | 'commit') {
    const chosen = file()
    if (!chosen) return setError('Choose the file of outcome counts first.')
    setError(null)
    setBusy(true)
    try {
      const answer = await uploadOutcomes(step, chosen, step === 'commit' ? { expectedHash: preview()?.fileHash } : {})
      if (step === 'preview') setPreview(answer)
      else setDone(answer)
    } catch (failure) {
      const problems = failure instanceof ApiError ? (failure.details as { problems?: OutcomeImportSummary['problems'] } | undefined)?.problems : undefined
      if (problems && preview()) setPreview({ ...preview()!, problems, ok: false })
      setError(problemText(failure))
    } finally {
      setBusy(false)
    }
  }
  const choose = (chosen: File | null) => (setFile(chosen), setPreview(null), setDone(null), setError(null))
  const what = (s: OutcomeImportSummary) =>
    `${plural(s.rows, 'row')} for ${[s.modules ? plural(s.modules, 'module') : '', s.credentials ? plural(s.credentials, 'credential') : ''].filter(Boolean).join(' and ') || 'nothing'}` +
    `${s.terms.length ? ` in ${s.terms.join(', ')}` : ''}${s.replace ? `; replaces ${plural(s.replace, 'term')} already reported` : ''}`

  return (
    <section aria-labelledby="outcome-import-heading" class="outcome-import">
      <h2 id="outcome-import-heading">Learner outcomes</h2>
      <p class="muted">
        Aggregate counts per module or credential, term and subgroup, never records of single learners. Each module (or credential) and term in the file replaces what
        it had for that term; nothing is written until the whole file is right.
      </p>
      <div class="form card">
        <div class="field">
          <label for="outcome-template-pathway">Pathway of the template</label>
          <select id="outcome-template-pathway" value={slug()} onChange={(e) => setSlug(e.currentTarget.value)}>
            <option value="">Choose a pathway…</option>
            <For each={pathways()?.items ?? []}>{(p) => <option value={p.slug}>{p.title}</option>}</For>
          </select>
        </div>
        <Show when={slug()} fallback={<p class="hint">The template lists the pathway's modules and credentials with the columns the import reads.</p>}>
          <p>
            <a class="button" href={`/api/exports/pathways/${encodeURIComponent(slug())}/outcomes.xlsx`} download="">Download the outcomes template</a>
          </p>
        </Show>
      </div>
      <form class="form card import-form" onSubmit={(e) => (e.preventDefault(), void send('preview'))}>
        <div class="field">
          <label for="outcome-file">File of outcome counts</label>
          <input id="outcome-file" type="file" accept=".xlsx,.csv,text/csv" aria-describedby="outcome-file-hint" onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)} />
          <p class="hint" id="outcome-file-hint">XLSX or CSV (UTF-8) with a header row, as the template.</p>
        </div>
        <div class="form-actions">
          <button type="submit" class="button" disabled={!file() || busy()}>{preview() ? 'Check the file again' : 'Check outcome counts'}</button>
        </div>
      </form>
      <FormProblem summary="Not imported. " message={error()} />
      <Show when={done()}>{(s) => <div class="card import-done" role="status"><strong>Imported.</strong> {what(s())}.</div>}</Show>
      <Show when={preview()}>
        {(s) => (
          <div class="import-preview">
            <p role="status">{s().ok ? 'Ready to import' : 'Fix the errors below first'}: {what(s())}.</p>
            <ProblemTable problems={s().problems} />
            <Show when={!done()}>
              <div class="form-actions">
                <button type="button" class="button button-primary" disabled={!s().ok || busy()} onClick={() => void send('commit')}>Import outcomes</button>
              </div>
            </Show>
          </div>
        )}
      </Show>
    </section>
  )
}
