// "Place on a pathway" for a bridge or integrated module of one's own: a pathway and a stage at or below the
// stage of the modules it prepares for. On the pathway's own organisation it is placed at once; otherwise the
// pathway's owners are asked, and the answer says which.
import { createResource, createSignal, Show } from 'solid-js'
import { client, data } from '../../api'
import { refusedFields, problemText, type FieldErrors } from '../../lib/form'
import { SelectField } from '../Fields'
import { FormProblem } from '../FormProblem'

type Props = { moduleId: number; code: string }

export function PlaceOnPathway(props: Props) {
  const [pathways] = createResource(() => data(client.pathways.$get({ query: { limit: '500' } })))
  const [slug, setSlug] = createSignal('')
  const [stage, setStage] = createSignal('')
  const [roadMap] = createResource(slug, (s) => (s ? data(client.pathways[':slug'].$get({ param: { slug: s }, query: {} })) : undefined))
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [problem, setProblem] = createSignal<string | null>(null)
  const [done, setDone] = createSignal('')
  const [busy, setBusy] = createSignal(false)

  const pathwayChoices = () => [{ value: '', label: 'Choose a pathway…' }, ...(pathways()?.items ?? []).map((p) => ({ value: p.slug, label: p.title }))]
  const stageChoices = () => [
    { value: '', label: 'Choose a stage…' },
    ...(roadMap()?.stages ?? []).map((s) => ({ value: String(s.stage), label: `Stage ${s.stage}: ${s.modules.map((m) => m.code).join(', ')}` })),
  ]
  const title = () => pathways()?.items.find((p) => p.slug === slug())?.title ?? slug()

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    setDone('')
    setProblem(null)
    const missing: FieldErrors = { ...(slug() ? {} : { pathway: 'Choose a pathway.' }), ...(stage() ? {} : { stage: 'Choose a stage.' }) }
    setErrors(missing)
    if (Object.keys(missing).length) return
    setBusy(true)
    try {
      const placed = await data(client.pathways[':slug'].placements.$post({ param: { slug: slug() }, json: { moduleId: props.moduleId, stage: Number(stage()) } }))
      setDone(
        placed.state === 'placed'
          ? `Placed ${props.code} on stage ${placed.stage} of ${title()}.`
          : `Proposed ${props.code} for stage ${placed.stage} of ${title()}: its owners approve or decline it.`,
      )
    } catch (error) {
      const fields = refusedFields(error)
      setErrors(fields)
      setProblem(Object.keys(fields).length ? null : problemText(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="card" aria-labelledby="place-heading">
      <h2 id="place-heading">Place on a pathway</h2>
      <p class="hint">On a stage at or below the stage of the modules it prepares for. Another organisation's pathway asks its owners first.</p>
      <form onSubmit={submit} noValidate>
        <SelectField id="place-pathway" label="Pathway" choices={pathwayChoices()} value={slug()} error={errors().pathway}
          onChange={(value) => { setSlug(value); setStage('') }} />
        <SelectField id="place-stage" label="Stage" choices={stageChoices()} value={stage()} error={errors().stage ?? errors().moduleId} onChange={setStage} />
        <FormProblem summary="Not placed. " message={problem()} />
        <p>
          <button type="submit" class="button" disabled={busy()}>Place on pathway</button>
        </p>
        <Show when={done()}>{(text) => <p role="status">{text()}</p>}</Show>
      </form>
    </section>
  )
}
