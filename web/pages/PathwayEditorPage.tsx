// /pathways/new and /pathways/:slug/edit: creating a pathway, then editing its frameworks, occupations and the
// modules on its ladder. Only people who may write pathways of its organisation get the form.
import { useNavigate, useParams } from '@solidjs/router'
import { createResource, createSignal, Show } from 'solid-js'
import { PathwayInput } from '../../shared/schemas/pathway'
import { client, data } from '../api'
import { AuthorOnly } from '../components/authoring/AuthorOnly'
import { TextField } from '../components/Fields'
import { Loadable } from '../components/Loadable'
import { Title } from '../components/Title'
import { focusFirstInvalid, problemText, validate, type FieldErrors } from '../lib/form'
import { can, mayEdit } from '../lib/session'
import { PathwayEditorForm } from './PathwayEditorForm'
import { FormProblem } from '../components/FormProblem'

async function loadPathway(slug: string) {
  const [pathway, frameworks, modules, organisations] = await Promise.all([
    data(client.pathways[':slug'].$get({ param: { slug }, query: {} })),
    data(client.frameworks.$get({ query: { limit: '500' } })),
    data(client.modules.$get({ query: { limit: '500' } })),
    data(client.organisations.$get()),
  ])
  return { pathway, frameworks: frameworks.items, modules: modules.items, organisations: organisations.items }
}

export default function PathwayEditorPage() {
  const params = useParams<{ slug?: string }>()
  const [loaded] = createResource(() => params.slug, loadPathway)
  return (
    <Show
      when={params.slug}
      fallback={
        <AuthorOnly allowed={() => can('pathway:write')} what="pathways">
          <NewPathway />
        </AuthorOnly>
      }
    >
      <Loadable resource={loaded} what="this pathway">
        {(l) => (
          <AuthorOnly allowed={() => mayEdit('pathway:write', l.pathway.organisationId)} what={`the pathway "${l.pathway.title}"`}>
            <PathwayEditorForm pathway={l.pathway} frameworks={l.frameworks} modules={l.modules} organisations={l.organisations} />
          </AuthorOnly>
        )}
      </Loadable>
    </Show>
  )
}

// Creating a pathway from its address, title and sector; the editor opens on it once it exists.
function NewPathway() {
  const navigate = useNavigate()
  const [fields, setFields] = createSignal({ slug: '', title: '', sector: '' })
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [problem, setProblem] = createSignal<string | null>(null)
  const set = (name: 'slug' | 'title' | 'sector') => (value: string) => setFields({ ...fields(), [name]: value })

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    const checked = validate(PathwayInput, fields())
    setErrors(checked.errors ?? {})
    setProblem(null)
    if (!checked.value) return focusFirstInvalid(event.currentTarget as HTMLFormElement)
    try {
      const created = await data(client.pathways.$post({ json: checked.value }))
      navigate(`/pathways/${created.slug}/edit`, { replace: true })
    } catch (error) {
      setProblem(problemText(error))
    }
  }

  return (
    <section class="narrow">
      <Title>New pathway</Title>
      <h1>New pathway</h1>
      <FormProblem summary="Could not create the pathway." message={problem()} />
      <form class="form card" novalidate onSubmit={onSubmit}>
        <TextField id="pathway-new-title" label="Title" autocomplete="off" value={fields().title} error={errors().title} onInput={set('title')} />
        <TextField id="pathway-new-sector" label="Sector" autocomplete="off" hint="For example Advanced manufacturing." value={fields().sector} error={errors().sector} onInput={set('sector')} />
        <TextField id="pathway-new-slug" label="Web address" autocomplete="off" hint="Lowercase words joined by hyphens, e.g. health-care-careers." value={fields().slug} error={errors().slug} onInput={set('slug')} />
        <div class="form-actions">
          <button type="submit" class="button button-primary">
            Create pathway
          </button>
        </div>
      </form>
    </section>
  )
}
