// Picks two revisions of a module and lists what changed between them: fields, description, outcomes,
// alignments, prerequisites and credentials, each with its value before and after.
import { createSignal, For, Show } from 'solid-js'
import type { Revision, RevisionComparison } from '../api'
import { formatWhen, plural } from '../lib/format'
import { problemText } from '../lib/form'
import { SelectField } from './Fields'
import { FormProblem } from './FormProblem'

type ModuleChange = RevisionComparison['changes'][number]

const SECTION_LABELS: Record<ModuleChange['section'], string> = {
  field: 'Field',
  description: 'Description',
  outcome: 'Outcome',
  alignment: 'Alignment',
  prerequisite: 'Prerequisite',
  credential: 'Credential',
  target: 'Prepares for',
  support: 'Support',
  funding: 'Funding',
}
const CHANGE_LABELS: Record<ModuleChange['change'], string> = { added: 'Added', removed: 'Removed', changed: 'Changed' }

type Props = {
  // Newest first, as the server lists them.
  revisions: readonly Revision[]
  onCompare: (from: number, to: number) => Promise<RevisionComparison>
}

export function RevisionCompare(props: Props) {
  const [from, setFrom] = createSignal<string>()
  const [to, setTo] = createSignal<string>()
  const [result, setResult] = createSignal<RevisionComparison>()
  const [problem, setProblem] = createSignal('')
  // Until a person picks, compare the previous version with the newest.
  const fromValue = () => from() ?? String((props.revisions[1] ?? props.revisions[0])?.version ?? '')
  const toValue = () => to() ?? String(props.revisions[0]?.version ?? '')
  const choices = () => props.revisions.map((r) => ({ value: String(r.version), label: `v${r.version} · ${formatWhen(r.createdAt)}` }))

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    setProblem('')
    // Keep the choice, so that the versions shown stay those of the result when a restore adds a revision.
    setFrom(fromValue())
    setTo(toValue())
    try {
      setResult(await props.onCompare(Number(fromValue()), Number(toValue())))
    } catch (error) {
      setResult(undefined)
      setProblem(problemText(error))
    }
  }

  return (
    <div class="revision-compare">
      <h3 id="compare-heading">Compare two versions</h3>
      <form class="compare-form" aria-labelledby="compare-heading" onSubmit={onSubmit}>
        <SelectField id="compare-from" label="From version" choices={choices()} value={fromValue()} onChange={setFrom} />
        <SelectField id="compare-to" label="To version" choices={choices()} value={toValue()} onChange={setTo} />
        <button type="submit" class="button">
          Compare
        </button>
      </form>
      <FormProblem summary="Could not compare these versions." message={problem()} />
      <p role="status" class="compare-summary">
        <Show when={result()}>
          {(r) => `${r().changes.length ? plural(r().changes.length, 'change') : 'No changes'} from v${r().from} to v${r().to}.`}
        </Show>
      </p>
      <Show when={result()?.changes.length ? result() : undefined}>
        {(r) => (
          <div class="table-wrap" role="region" aria-label={`Changes from v${r().from} to v${r().to}`} tabindex="0">
            <table class="change-table">
              <caption class="visually-hidden">{`Changes from v${r().from} to v${r().to}`}</caption>
              <thead>
                <tr>
                  <th scope="col">Section</th>
                  <th scope="col">Change</th>
                  <th scope="col">What</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                <For each={r().changes}>
                  {(change) => (
                    <tr>
                      <td>{SECTION_LABELS[change.section]}</td>
                      <td>
                        <span class={`badge badge-change-${change.change}`}>{CHANGE_LABELS[change.change]}</span>
                      </td>
                      <th scope="row">{change.label}</th>
                      <td class="change-before">{change.before ?? '—'}</td>
                      <td class="change-after">{change.after ?? '—'}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Show>
    </div>
  )
}
