// Results per competency, area by area: distribution, respondents, agreement, consensus, and employers' comments.
import { For, Show } from 'solid-js'
import { consensusLabel, FREQUENCY_LABELS, RATING_LABELS, type Consensus } from '../../../shared/domain/consensus'
import type { CampaignResults } from '../../api'
import { CompetencyCode } from '../CompetencyCode'
import { DistributionBar, DistributionLegend } from './DistributionBar'

// "75% (3 of 4)": the share of respondents on the leading side; a dash without respondents.
const agreement = (c: Consensus) => (c.respondents ? `${Math.round(c.agreement * 100)}% (${c.agreeing} of ${c.respondents})` : '–')

export function ResultsTable(props: { groups: CampaignResults['groups'] }) {
  return (
    <>
      <DistributionLegend />
      <For each={props.groups}>
        {(group) => (
          <>
            <h3>{group.title}</h3>
            <div class="table-wrap" role="region" aria-label={`Results: ${group.title}`} tabindex="0">
            <table>
              <caption class="visually-hidden">Ratings of {group.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Competency</th>
                  <th scope="col">Ratings</th>
                  <th scope="col">Respondents</th>
                  <th scope="col">Agreement</th>
                  <th scope="col">Consensus</th>
                  <th scope="col">Comments</th>
                </tr>
              </thead>
              <tbody>
                <For each={group.items}>
                  {(item) => (
                    <tr>
                      <th scope="row">
                        <CompetencyCode competency={item} /> {item.statement}
                      </th>
                      <td>
                        <DistributionBar distribution={item.distribution} />
                      </td>
                      <td>{item.consensus.respondents}</td>
                      <td>{agreement(item.consensus)}</td>
                      <td classList={{ muted: item.consensus.result === 'too_few' }}>{consensusLabel(item.consensus)}</td>
                      <td>
                        <Show when={item.comments.length} fallback={<span class="muted">None</span>}>
                          <ul class="plain-list">
                            <For each={item.comments}>
                              {(note) => (
                                <li>
                                  <strong>{note.company}</strong> ({RATING_LABELS[note.rating]}
                                  {note.frequency ? `, ${FREQUENCY_LABELS[note.frequency].toLowerCase()}` : ''}){note.comment ? `: ${note.comment}` : ''}
                                </li>
                              )}
                            </For>
                          </ul>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            </div>
          </>
        )}
      </For>
    </>
  )
}
