// What importing a pathway package would do: the pathway it creates or updates, how many modules, credentials and
// articulations it adds, changes or leaves, the frameworks it brings, and every problem by JSON path.
import { For } from 'solid-js'
import type { PackageCounts, PackageSummary } from '../../../shared/package/schema'
import { plural } from '../../lib/format'
import { ProblemTable } from './ProblemTable'

const PATHWAY_ACTIONS: Record<PackageSummary['pathway']['action'], (title: string) => string> = {
  create: (title) => `a new pathway “${title}”`,
  update: (title) => `changes to the pathway “${title}”`,
  unchanged: (title) => `the pathway “${title}”, unchanged`,
}

export function PackagePreview(props: { summary: PackageSummary; busy: boolean; onImport: () => void }) {
  const rows = (): [string, PackageCounts][] => [
    ['Modules', props.summary.modules],
    ['Credentials', props.summary.credentials],
    ['Articulations', props.summary.articulations],
  ]
  const frameworks = () => props.summary.frameworks
  return (
    <section aria-labelledby="preview-heading" class="import-preview">
      <h2 id="preview-heading">Preview</h2>
      <p role="status">
        {props.summary.ok ? 'Ready to import' : 'Fix the errors below first'}: a pathway package with {PATHWAY_ACTIONS[props.summary.pathway.action](props.summary.pathway.title)}
        ; {plural(frameworks().imported, 'framework')} to import from it, {frameworks().present} already here.
      </p>
      <h3 id="counts-heading">What the import writes</h3>
      <ul class="package-counts" aria-labelledby="counts-heading">
        <For each={rows()}>
          {([label, counts]) => (
            <li>
              <strong>{label}</strong>: {counts.create} new, {counts.update} changed, {counts.unchanged} unchanged
            </li>
          )}
        </For>
      </ul>
      <ProblemTable problems={props.summary.problems} />
      <div class="form-actions">
        <button type="button" class="button button-primary" disabled={!props.summary.ok || props.busy} onClick={() => props.onImport()}>
          Import
        </button>
      </div>
    </section>
  )
}
