// Importing a partnership's local wages from a CSV: download the template, check a file (nothing is written),
// see every problem by row and column, then import all its rows at once.
import { createSignal, Show } from 'solid-js'
import type { LocalWageImportSummary } from '../../../shared/schemas/labor'
import { ApiError, uploadLocalWages } from '../../api'
import { problemText } from '../../lib/form'
import { plural } from '../../lib/format'
import { WAGE_TEMPLATE_CSV } from '../../lib/local-wage-draft'
import { ProblemTable } from '../import/ProblemTable'

type Props = {
  // The partnership the wages are for (an admin's choice; others import for their own).
  organisationId: number | undefined
  onImported: () => void
}

const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(WAGE_TEMPLATE_CSV)}`

// The local wage import.
export function LocalWageImport(props: Props) {
  const [file, setFile] = createSignal<File | null>(null)
  const [summary, setSummary] = createSignal<LocalWageImportSummary | null>(null)
  const [imported, setImported] = createSignal(false)
  const [busy, setBusy] = createSignal(false)
  const [error, setError] = createSignal<string | null>(null)

  async function send(step: 'preview' | 'commit') {
    const chosen = file()
    if (!chosen) return setError('Choose a CSV file first.')
    setError(null)
    setBusy(true)
    try {
      const options = { organisationId: props.organisationId, ...(step === 'commit' ? { expectedHash: summary()?.fileHash } : {}) }
      setSummary(await uploadLocalWages(step, chosen, options))
      if (step === 'commit') {
        setImported(true)
        props.onImported()
      }
    } catch (failure) {
      const problems = failure instanceof ApiError ? (failure.details as { problems?: LocalWageImportSummary['problems'] } | undefined)?.problems : undefined
      if (problems && summary()) setSummary({ ...summary()!, problems, ok: false })
      setError(problemText(failure))
    } finally {
      setBusy(false)
    }
  }
  const choose = (chosen: File | null) => {
    setFile(chosen)
    setSummary(null)
    setImported(false)
    setError(null)
  }

  return (
    <section aria-labelledby="wage-import-heading">
      <h2 id="wage-import-heading">Import from a CSV file</h2>
      <p class="hint">
        One row per occupation, region, source and year, with the columns SOC code, Region, Source, Year, Hourly median, Annual median,
        Hourly p25, Hourly p75, Annual p25 and Annual p75. Leave a figure that is not published empty (or *). A file with any problem is
        refused whole; a row for an occupation, region, source and year already entered replaces it.
      </p>
      <p>
        <a href={TEMPLATE_HREF} download="local-wages-template.csv">
          Download the template (CSV)
        </a>
      </p>
      <form class="form card import-form" onSubmit={(e) => (e.preventDefault(), void send('preview'))}>
        <label for="wage-file">CSV file of local wages</label>
        <input id="wage-file" type="file" accept=".csv,text/csv" onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)} />
        <div class="form-actions">
          <button type="submit" class="button" disabled={!file() || busy()}>
            Check the file
          </button>
        </div>
      </form>
      <Show when={error()}>
        {(message) => (
          <div class="error" role="alert">
            <strong>Not imported.</strong> {message()}
          </div>
        )}
      </Show>
      <Show when={summary()}>
        {(s) => (
          <div class="import-preview">
            <p role="status">
              <Show when={s().ok} fallback={`The file has ${plural(s().problems.filter((p) => p.severity === 'error').length, 'problem')}; nothing was written. Fix the file and check it again.`}>
                {imported() ? 'Imported' : 'Ready to import'}: {plural(s().rows, 'row')}, {s().create} new and {s().replace} replacing rows already entered.
              </Show>
            </p>
            <ProblemTable problems={s().problems} />
            <Show when={s().ok && !imported()}>
              <button type="button" class="button button-primary" disabled={busy()} onClick={() => void send('commit')}>
                Import {plural(s().rows, 'row')}
              </button>
            </Show>
          </div>
        )}
      </Show>
    </section>
  )
}
