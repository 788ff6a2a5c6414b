// Every problem of an import file, errors first: where it is (sheet, row, column or JSON path) and what is wrong.
import { For, Show } from 'solid-js'
import type { ImportProblem } from '../../../shared/schemas/import'

export function ProblemTable(props: { problems: ImportProblem[] }) {
  const sorted = () => [...props.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
  const errors = () => props.problems.filter((p) => p.severity === 'error').length
  return (
    <Show when={props.problems.length} fallback={<p class="status">No problems found.</p>}>
      <h2 id="problems-heading">
        Problems <span class="count">({errors()} error{errors() === 1 ? '' : 's'}, {props.problems.length - errors()} warning{props.problems.length - errors() === 1 ? '' : 's'})</span>
      </h2>
      <div class="table-wrap">
        <table aria-labelledby="problems-heading" class="problem-table">
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Row</th>
              <th scope="col">Column or path</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            <For each={sorted()}>
              {(problem) => (
                <tr class={`problem-${problem.severity}`}>
                  <td>{problem.severity === 'error' ? 'Error' : 'Warning'}</td>
                  <td>{problem.row ?? '—'}</td>
                  <td>{[problem.sheet && problem.column ? `${problem.column}` : problem.column, problem.path].filter(Boolean).join(' ') || '—'}</td>
                  <td>{problem.message}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  )
}
