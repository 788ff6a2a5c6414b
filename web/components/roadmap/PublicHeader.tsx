// The public road map's masthead: who offers the pathway, its description and, in print, the date and the short
// link to the live page (so a printed copy leads back to the current one).
import { formatDate } from '../../lib/format'
import { Show } from 'solid-js'
import type { RoadMap } from '../../api'
import { shortLinkPath } from '../../../shared/domain/road-map-links'

export function PublicHeader(props: { pathway: RoadMap }) {
  const today = formatDate(new Date().toISOString())
  const address = () => `${location.host}${shortLinkPath(props.pathway.id)}`
  return (
    <div class="public-header">
      <p class="public-partners">
        <span class="muted">Sector: </span>
        {props.pathway.sector}
        <Show when={props.pathway.partners.length}>
          <span class="muted"> · Partners: </span>
          {props.pathway.partners.map((partner) => partner.name).join(' · ')}
        </Show>
      </p>
      <Show when={props.pathway.description}>{(text) => <p class="lede">{text()}</p>}</Show>
      <Show when={props.pathway.occupations.length}>
        <p class="public-occupations">
          <span class="muted">Leads to jobs such as: </span>
          {props.pathway.occupations.map((o) => `${o.title} (SOC ${o.socCode})`).join('; ')}
        </p>
      </Show>
      <p class="print-only print-stamp">
        Printed {today} · The live road map: {address()}
      </p>
    </div>
  )
}
