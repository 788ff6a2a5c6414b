// Results per competency, area by area: distribution, respondents, consensus, and employers' comments.
import { For, Show } from 'solid-js'
import { FREQUENCY_LABELS, RATING_LABELS } from '../../../shared/domain/consensus'
import type { CampaignResults } from '../../api'
import { CompetencyCode } from '../CompetencyCode'
import { DistributionBar, DistributionLegend } from './DistributionBar'

const CONSENSUS_LABELS = { essential: 'Essential', important: 'Important', not_needed: 'Not needed', no_consensus: 'No consensus' } as const

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
                      <td>{CONSENSUS_LABELS[item.consensus.result]}</td>
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
