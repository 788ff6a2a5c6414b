// The "Review status" panel of a pathway, loaded by slug and acted on by id (as every pathway write).
import { createResource, Show } from 'solid-js'
import type { WorkflowInput } from '../../../shared/schemas/workflow'
import { ApiError, client, data } from '../../api'
import { WorkflowPanel } from './WorkflowPanel'

export function PathwayReview(props: { id: number; slug: string; title: string; version: number }) {
  const [workflow, { mutate, refetch }] = createResource(
    () => props.slug,
    (slug) => data(client.pathways[':slug'].workflow.$get({ param: { slug } })),
  )
  const act = async (input: WorkflowInput) => {
    try {
      mutate(await data(client.pathways[':id'].workflow.$post({ param: { id: String(props.id) }, json: input })))
    } catch (error) {
      // Refused because the state or version moved meanwhile: show the pathway's review as it now is.
      if (error instanceof ApiError && error.status === 409) void refetch()
      throw error
    }
  }
  return (
    <Show when={!workflow.error && workflow()}>
      {(loaded) => <WorkflowPanel workflow={loaded()} name={props.title} version={props.version} onAct={act} />}
    </Show>
  )
}
