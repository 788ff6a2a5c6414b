// Filter selects and download links shared by the findings and crosswalk matrix pages.
import { createSignal, For, type JSX } from 'solid-js'
import { client, data } from '../../api'
import { problemText } from '../../lib/form'
import { FormProblem } from '../FormProblem'

export type Option = { value: string; label: string }

// A labelled select whose empty choice means "all"; changing it calls onChange with the value ('' for all).
export function FilterSelect(props: { id: string; label: string; all: string; options: Option[]; value: string; onChange: (value: string) => void }) {
  return (
    <div class="filter">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{props.all}</option>
        <For each={props.options}>{(o) => <option value={o.value}>{o.label}</option>}</For>
      </select>
    </div>
  )
}

export function FilterBar(props: { label: string; children: JSX.Element }) {
  return (
    <form class="filters" aria-label={props.label} onSubmit={(e) => e.preventDefault()}>
      {props.children}
    </form>
  )
}

type Format = 'xlsx' | 'csv'
type What = 'findings' | 'matrix'

// The export query with the filters in force (empty ones left out).
function exportQuery(format: Format, what: What, filters: Record<string, string>): Record<string, string> {
  const query: Record<string, string> = { format, what }
  for (const [key, value] of Object.entries(filters)) if (value) query[key] = value
  return query
}

// The export URL of a pathway's analysis with the filters in force.
export function exportUrl(slug: string, format: Format, what: What, filters: Record<string, string>): string {
  return `/api/pathways/${encodeURIComponent(slug)}/export?${new URLSearchParams(exportQuery(format, what, filters)).toString()}`
}

// Download links to the workbook and to one table as CSV. A click first asks the server whether it would make
// the file (from counts alone): a refusal (a workbook too big to build) is shown in the server's words rather
// than saved as a file; otherwise the link is followed as a plain download, so a CSV file streams to disk.
export function Downloads(props: { slug: string; what: What; filters: Record<string, string> }) {
  const [problem, setProblem] = createSignal<string | null>(null)
  const approved = new Set<HTMLAnchorElement>()
  const download = (format: Format) => async (event: MouseEvent & { currentTarget: HTMLAnchorElement }) => {
    const link = event.currentTarget
    // The click the check below makes: let the browser download.
    if (approved.delete(link)) return
    event.preventDefault()
    setProblem(null)
    try {
      const query = exportQuery(format, props.what, props.filters) as { format: Format; what: What }
      await data(client.pathways[':slug'].export.check.$get({ param: { slug: props.slug }, query }))
      approved.add(link)
      link.click()
    } catch (error) {
      setProblem(problemText(error))
    }
  }
  return (
    <>
      <p class="downloads">
        <a class="button" download="" href={exportUrl(props.slug, 'xlsx', props.what, props.filters)} onClick={download('xlsx')}>
          Download workbook (XLSX)
        </a>{' '}
        <a class="button" download="" href={exportUrl(props.slug, 'csv', props.what, props.filters)} onClick={download('csv')}>
          Download {props.what} (CSV)
        </a>
      </p>
      <FormProblem summary="Not downloaded." message={problem()} />
    </>
  )
}
