// /pathways/:slug/validation: the pathway's employer validation campaigns, and the form that opens one.
import { A, useNavigate, useParams } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import type { CampaignInput } from '../../shared/schemas/validation'
import { client, data, type CampaignList } from '../api'
import { Loadable } from '../components/Loadable'
import { Title } from '../components/Title'
import { CampaignForm } from '../components/validation/CampaignForm'
import { campaignDatesText } from '../lib/campaign-dates'
import '../components/validation/validation.css'

export default function ValidationPage() {
  const params = useParams<{ slug: string }>()
  const navigate = useNavigate()
  const [list] = createResource(
    () => params.slug,
    (slug) => data(client.pathways[':slug'].campaigns.$get({ param: { slug } })),
  )
  const create = async (json: CampaignInput) => {
    const created = await data(client.pathways[':slug'].campaigns.$post({ param: { slug: params.slug }, json }))
    navigate(`/pathways/${params.slug}/validation/${created.id}`)
  }
  return (
    <Loadable resource={list} what="the validation campaigns">
      {(loaded) => <CampaignsView list={loaded} onCreate={create} />}
    </Loadable>
  )
}

function CampaignsView(props: { list: CampaignList; onCreate: (input: CampaignInput) => Promise<void> }) {
  const base = () => `/pathways/${props.list.pathway.slug}`
  return (
    <>
      <Title>{`Employer validation · ${props.list.pathway.title}`}</Title>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <A href="/">Pathways</A>
          </li>
          <li>
            <A href={base()}>{props.list.pathway.title}</A>
          </li>
        </ol>
      </nav>
      <h1>Employer validation</h1>
      <p class="lede">Employers rate each competency of the pathway's frameworks; the consensus feeds the gap analysis when a campaign closes.</p>
      <section aria-labelledby="campaigns-heading">
        <h2 id="campaigns-heading">Campaigns</h2>
        <Show when={props.list.items.length} fallback={<p class="empty">No campaigns yet.</p>}>
          <ul class="card-list">
            <For each={props.list.items}>
              {(campaign) => (
                <li class="card">
                  <h3 class="card-title">
                    <A href={`${base()}/validation/${campaign.id}`}>{campaign.title}</A>
                  </h3>
                  <p class="badges">
                    <span class="badge badge-kind">{campaignDatesText(campaign)}</span>
                    <span class="badge">
                      {campaign.submitted} of {campaign.invited} responded
                    </span>
                  </p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
      <CampaignForm areas={props.list.areas} onCreate={props.onCreate} />
    </>
  )
}
