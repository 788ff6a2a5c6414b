// A module's alignments to competencies: code, statement, framework, depth (letter and word) and whether assessed.
import { A } from '@solidjs/router'
import { For } from 'solid-js'
import type { Alignment } from '../api'
import { DepthBadge } from './Badges'

export function AlignmentTable(props: { alignments: readonly Alignment[]; caption: string }) {
  return (
    <div class="table-wrap" role="region" aria-label={props.caption} tabindex="0">
      <table class="alignment-table">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Competency</th>
            <th scope="col">Framework</th>
            <th scope="col">Depth</th>
            <th scope="col">Assessed</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.alignments}>
            {(alignment) => (
              <tr>
                <th scope="row" class="code">
                  {alignment.competencyCode}
                </th>
                <td>{alignment.competencyStatement}</td>
                <td>
                  <A href={`/frameworks/${alignment.frameworkId}`}>{alignment.frameworkTitle}</A>
                </td>
                <td>
                  <DepthBadge depth={alignment.depth} />
                </td>
                <td>{alignment.assessed ? 'Yes' : 'No'}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  )
}
