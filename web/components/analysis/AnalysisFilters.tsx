// Filter selects and download links shared by the findings and crosswalk matrix pages.
import { For, type JSX } from 'solid-js'

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

// The export URL of a pathway's analysis with the filters in force (empty ones left out).
export function exportUrl(slug: string, format: 'xlsx' | 'csv', what: 'findings' | 'matrix', filters: Record<string, string>): string {
  const query = new URLSearchParams({ format, what })
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value)
  return `/api/pathways/${encodeURIComponent(slug)}/export?${query.toString()}`
}

// Plain download links to the workbook and to one table as CSV.
export function Downloads(props: { slug: string; what: 'findings' | 'matrix'; filters: Record<string, string> }) {
  return (
    <p class="downloads">
      <a class="button" download="" href={exportUrl(props.slug, 'xlsx', props.what, props.filters)}>
        Download workbook (XLSX)
      </a>{' '}
      <a class="button" download="" href={exportUrl(props.slug, 'csv', props.what, props.filters)}>
        Download {props.what} (CSV)
      </a>
    </p>
  )
}
