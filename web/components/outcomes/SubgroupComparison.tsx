// How a module's (or credential's) subgroups fare in one term: the gaps between a group and the other learners stated in words
// (only from shown figures, shared/domain/outcomes/gaps.ts), and each group's figures in a table.
import { For, Show } from 'solid-js'
import { describeGap, subgroupGaps, type GapSubject } from '../../../shared/domain/outcomes/gaps'
import type { PublishedOutcomeRow } from '../../../shared/domain/outcomes/table'
import type { OutcomeGapSettings } from '../../../shared/schemas/outcomes'
import { countText, isHidden, rateText } from './figures'
import { OutcomeTable } from './OutcomeTable'

// `rows` are the table's rows of the chosen term; a gap is told as wide and with as many learners on each side
// as the instance's equity_gap findings ask (`gaps`), narrower or smaller ones being noise.
export function SubgroupComparison(props: { subject: GapSubject; code: string; term: string; rows: PublishedOutcomeRow[]; threshold: number; gaps: OutcomeGapSettings }) {
  const groups = () => props.rows.filter((row) => row.subgroupDimension !== '')
  const gaps = () => subgroupGaps(props.rows, props.term, { minLearners: props.gaps.minLearners, minPoints: props.gaps.points, subject: props.subject })
  return (
    <Show when={groups().length}>
      <div class="subgroup-comparison">
        <h5>Groups of learners</h5>
        <Show
          when={gaps().length}
          fallback={
            <p class="muted">
              No gap of more than {props.gaps.points} points between a group and the other learners, where both have at least {props.gaps.minLearners} learners
              and their figures are shown.
            </p>
          }
        >
          <ul class="gap-list">
            <For each={gaps()}>{(gap) => <li>{describeGap(gap, props.code, props.subject)}.</li>}</For>
          </ul>
        </Show>
        <OutcomeTable caption={`${props.code}: figures by group of learners`} columns={['Group', 'Entered', 'Completion', 'Credential']}>
          <For each={groups()}>
            {(row) => (
              <tr>
                <th scope="row">
                  {row.subgroupDimension}: {row.subgroupValue}
                </th>
                <td>{countText(row.enrolled, isHidden(row, 'enrolled'), props.threshold)}</td>
                <td>{rateText(row.completionRate, isHidden(row, 'completionRate'))}</td>
                <td>{rateText(row.credentialRate, isHidden(row, 'credentialRate'))}</td>
              </tr>
            )}
          </For>
        </OutcomeTable>
      </div>
    </Show>
  )
}
