// /import: bring a framework in from a CASE package, an OpenSALT workbook or a plain sheet or CSV (upload, preview
// the first rows, map columns to fields, see every problem by row and column, then import), or a whole pathway from
// a pathway package (see what it creates and changes and every problem by JSON path, then import); and learner
// outcome counts (OutcomeImport).
import { A } from '@solidjs/router'
import { createSignal, For, onCleanup, Show } from 'solid-js'
import { FRAMEWORK_KIND_LABELS, FRAMEWORK_KINDS, type FrameworkKind } from '../../shared/domain/vocabulary'
import type { ColumnMapping, ImportDuplicate, ImportFormat, ImportJob, ImportOptions, ImportSummary } from '../../shared/schemas/import'
import type { PackageSummary } from '../../shared/package/schema'
import { ApiError, commitImportFile, previewImportFile, uploadPackage } from '../api'
import { DuplicateNotice } from '../components/import/DuplicateNotice'
import { followImportJob } from '../components/import/follow-import-job'
import { ImportJobProgress } from '../components/import/ImportJobProgress'
import { ImportProgress } from '../components/import/ImportProgress'
import { MappingForm } from '../components/import/MappingForm'
import { OutcomeImport } from '../components/import/OutcomeImport'
import { PackagePreview } from '../components/import/PackagePreview'
import { ProblemTable } from '../components/import/ProblemTable'
import { SheetPreview } from '../components/import/SheetPreview'
import { Title } from '../components/Title'
import { plural } from '../lib/format'
import { looksLikePackage } from '../lib/package-file'

// A framework file's format, a pathway package, or '' to tell from the file.
type Format = ImportFormat | 'package' | ''

const FORMAT_LABELS: Record<Format, string> = {
  '': 'Detect from the file',
  case: 'CASE package (JSON)',
  opensalt: 'OpenSALT workbook (XLSX)',
  sheet: 'Spreadsheet or CSV with a header row',
  package: 'Pathway package (JSON)',
}

// What the preview says the file is.
const FILE_KINDS: Record<ImportFormat, string> = { case: 'a CASE package', opensalt: 'an OpenSALT workbook', sheet: 'a spreadsheet' }

const messageOf = (error: unknown) =>
  error instanceof ApiError ? error.message : error instanceof TypeError ? 'The server could not be reached. Check your connection and try again.' : String(error)

export default function ImportPage() {
  const [file, setFile] = createSignal<File | null>(null)
  const [format, setFormat] = createSignal<Format>('')
  const [title, setTitle] = createSignal('')
  const [kind, setKind] = createSignal<FrameworkKind>('occupational')
  const [mapping, setMapping] = createSignal<ColumnMapping | undefined>()
  const [preview, setPreview] = createSignal<ImportSummary | null>(null)
  const [progress, setProgress] = createSignal<{ label: string; fraction: number } | null>(null)
  const [error, setError] = createSignal<string | null>(null)
  const [done, setDone] = createSignal<ImportSummary | null>(null)
  const [packagePreview, setPackagePreview] = createSignal<PackageSummary | null>(null)
  const [packageDone, setPackageDone] = createSignal<PackageSummary | null>(null)
  // A large file's commit, written by the server as a job while the page follows it.
  const [job, setJob] = createSignal<ImportJob | null>(null)
  // The framework the file looks like, and whether the person chose to update it instead of making another.
  const [duplicate, setDuplicate] = createSignal<ImportDuplicate | null>(null)
  const [updating, setUpdating] = createSignal(false)
  const leaving = new AbortController()
  onCleanup(() => leaving.abort())
  const busy = () => !!progress() || !!job()

  const options = (): ImportOptions => ({ ...(format() && format() !== 'package' ? { format: format() as ImportFormat } : {}), ...(updating() && duplicate() ? { frameworkId: duplicate()!.id } : {}), ...(title().trim() ? { title: title().trim() } : {}), kind: kind(), ...(mapping() ? { mapping: mapping() } : {}) })

  async function send(step: 'preview' | 'commit') {
    const chosen = file()
    if (!chosen) return setError('Choose a file to import first.')
    setError(null)
    const label = step === 'preview' ? `Checking ${chosen.name}` : `Importing ${chosen.name}`
    setProgress({ label, fraction: 0 })
    try {
      const onUpload = (fraction: number) => setProgress({ label, fraction })
      if (format() === 'package' || (format() === '' && (await looksLikePackage(chosen)))) {
        if (step === 'preview') setPackagePreview(await uploadPackage('preview', chosen, onUpload))
        else setPackageDone(await uploadPackage('commit', chosen, onUpload))
      } else if (step === 'preview') {
        const answer = await previewImportFile(chosen, options(), onUpload)
        setPreview(answer)
        if (!updating()) setDuplicate(answer.duplicateOf ?? null)
        if (answer.sheet && !mapping()) setMapping(answer.sheet.mapping)
      } else {
        const answer = await commitImportFile(chosen, { ...options(), expectedHash: preview()?.fileHash }, onUpload)
        setProgress(null)
        // Either answer ends in the same summary (or the same error), shown the same way.
        setDone('job' in answer ? await followImportJob(answer.job, setJob, leaving.signal) : answer)
      }
    } catch (failure) {
      if (leaving.signal.aborted) return
      const problems = failure instanceof ApiError ? (failure.details as { problems?: ImportSummary['problems'] } | undefined)?.problems : undefined
      if (problems && preview()) setPreview({ ...preview()!, problems, ok: false })
      if (problems && packagePreview()) setPackagePreview({ ...packagePreview()!, problems: problems as PackageSummary['problems'], ok: false })
      setError(messageOf(failure))
    } finally {
      setProgress(null)
      setJob(null)
    }
  }

  const chooseFile = (chosen: File | null) => {
    setFile(chosen)
    setMapping(undefined)
    setPreview(null)
    setDone(null)
    setPackagePreview(null)
    setPackageDone(null)
    setDuplicate(null)
    setUpdating(false)
  }
  // Previews again, into the framework the file looks like or as a new one.
  const chooseTarget = (update: boolean) => {
    setUpdating(update)
    void send('preview')
  }
  // Title and kind name a framework; a package's pathway names itself.
  const isPackage = () => format() === 'package' || !!packagePreview()

  return (
    <>
      <Title>Import a framework or pathway</Title>
      <h1>Import a framework or pathway</h1>
      <p class="lede">
        Bring in a skill standard from a CASE package (JSON), an OpenSALT workbook, or any spreadsheet or CSV with one competency per row; or a whole
        pathway from a pathway package (JSON) exported by Rungs or written by a script. Nothing is written until you have seen the preview and chosen Import.
      </p>
      <Show when={done()}>
        {(result) => (
          // Brought into view: the person chose Import at the foot of a preview that may be long.
          <div class="card import-done" role="status" ref={(card) => queueMicrotask(() => card.scrollIntoView({ block: 'nearest' }))}>
            <strong>Imported.</strong> {result().counts.create} competencies added, {result().counts.update} changed, {result().counts.links} links added.{' '}
            <A href={`/frameworks/${result().framework.id}`}>Open {result().framework.title}</A>
          </div>
        )}
      </Show>
      <Show when={packageDone()}>
        {(result) => (
          <div class="card import-done" role="status" ref={(card) => queueMicrotask(() => card.scrollIntoView({ block: 'nearest' }))}>
            <strong>Imported.</strong> {plural(result().modules.create, 'module')} added, {result().modules.update} changed; {plural(result().credentials.create, 'credential')} added,{' '}
            {result().credentials.update} changed.{' '}
            <A href={`/pathways/${encodeURIComponent(result().pathway.slug)}`}>Open {result().pathway.title}</A>
          </div>
        )}
      </Show>
      <form class="form card import-form" onSubmit={(e) => (e.preventDefault(), void send('preview'))}>
        <div class="form-grid">
          <div class="field">
            <label for="import-file">File to import</label>
            <input id="import-file" type="file" accept=".json,.xlsx,.csv,application/json,text/csv" onChange={(e) => chooseFile(e.currentTarget.files?.[0] ?? null)} />
            <p class="hint">CASE JSON, XLSX or CSV (UTF-8), up to 20 MB; or a pathway package (JSON).</p>
          </div>
          <div class="field">
            <label for="import-format">Format</label>
            <select id="import-format" value={format()} onChange={(e) => setFormat(e.currentTarget.value as Format)}>
              <For each={Object.entries(FORMAT_LABELS)}>{([value, label]) => <option value={value}>{label}</option>}</For>
            </select>
          </div>
          <Show when={!isPackage()}>
            <div class="field">
              <label for="import-title">Framework title</label>
              <input id="import-title" value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
              <p class="hint">Optional: a sheet's title defaults to its file name, a package's to its own.</p>
            </div>
            <div class="field">
              <label for="import-kind">Kind</label>
              <select id="import-kind" value={kind()} onChange={(e) => setKind(e.currentTarget.value as FrameworkKind)}>
                <For each={FRAMEWORK_KINDS}>{(value) => <option value={value}>{FRAMEWORK_KIND_LABELS[value]}</option>}</For>
              </select>
            </div>
          </Show>
        </div>
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={!file() || busy()}>
            {preview() || packagePreview() ? 'Check again' : 'Preview'}
          </button>
        </div>
      </form>
      <Show when={progress()}>{(p) => <ImportProgress label={p().label} fraction={p().fraction} />}</Show>
      <Show when={error()}>
        {(message) => (
          <div class="error" role="alert">
            <strong>Not imported.</strong> {message()}
          </div>
        )}
      </Show>
      <Show when={packagePreview()}>
        {(summary) => <PackagePreview summary={packageDone() ?? summary()} busy={busy() || !!packageDone()} onImport={() => void send('commit')} />}
      </Show>
      <Show when={preview()}>
        {(summary) => (
          <section aria-labelledby="preview-heading" class="import-preview">
            <h2 id="preview-heading">Preview</h2>
            <p role="status">
              {summary().ok ? 'Ready to import' : 'Fix the errors below first'}: {FILE_KINDS[summary().format]}
              {summary().caseVersion ? ` (CASE ${summary().caseVersion})` : ''}, {summary().framework.action === 'create' ? 'a new framework' : 'updates the framework'} “{summary().framework.title}”,{' '}
              {summary().counts.rows} rows: {summary().counts.create} new, {summary().counts.update} changed, {summary().counts.unchanged} unchanged; {summary().counts.links} links.
            </p>
            <Show when={duplicate()}>
              {(d) => <DuplicateNotice duplicate={d()} updating={updating()} onUpdate={() => chooseTarget(true)} onCreate={() => chooseTarget(false)} />}
            </Show>
            <Show when={summary().sheet}>
              {(sheet) => (
                <>
                  <SheetPreview name={sheet().name} headers={sheet().headers} rows={sheet().rows} />
                  <MappingForm headers={sheet().headers} mapping={mapping() ?? sheet().mapping} onChange={setMapping} />
                  <p class="hint">After changing the mapping, choose Check again.</p>
                </>
              )}
            </Show>
            <ProblemTable problems={summary().problems} />
            <Show when={job()}>{(j) => <ImportJobProgress job={j()} />}</Show>
            <div class="form-actions">
              <button type="button" class="button button-primary" disabled={!summary().ok || busy()} onClick={() => void send('commit')}>
                Import
              </button>
            </div>
          </section>
        )}
      </Show>
      <OutcomeImport />
    </>
  )
}
