// /modules/new and /modules/:id/edit: creating a module, then editing it with autosave. Only people who may
// author the module get the editor; others are told why.
import { useParams } from '@solidjs/router'
import { createResource, Show } from 'solid-js'
import { client, data } from '../api'
import { AuthorOnly } from '../components/authoring/AuthorOnly'
import { Loadable } from '../components/Loadable'
import { loadLevels } from '../lib/levels'
import { can, mayEditModule } from '../lib/session'
import { ModuleEditorForm } from './ModuleEditorForm'
import { ModuleEditorNew } from './ModuleEditorNew'

// Everything the editor offers to choose from: credentials, other modules, entry levels and support providers.
async function loadChoices() {
  const [credentials, modules, levels, organisations] = await Promise.all([
    data(client.credentials.$get({ query: { limit: '500' } })),
    data(client.modules.$get({ query: { limit: '500' } })),
    loadLevels(),
    data(client.organisations.$get()),
  ])
  return { credentials: credentials.items, modules: modules.items, entryLevels: levels.entryLevels, organisations: organisations.items }
}

export default function ModuleEditorPage() {
  const params = useParams<{ id?: string }>()
  const [choices] = createResource(loadChoices)
  const [module] = createResource(
    () => params.id,
    (id) => data(client.modules[':id'].$get({ param: { id } })),
  )
  return (
    <Show
      when={params.id}
      fallback={
        <AuthorOnly allowed={() => can('module:write') || can('bridge:write')} what="modules">
          <ModuleEditorNew />
        </AuthorOnly>
      }
    >
      <Loadable resource={module} what="this module">
        {(m) => (
          <AuthorOnly allowed={() => mayEditModule(m)} what={`module ${m.code}`}>
            <Loadable resource={choices} what="credentials, modules and levels to choose from">
              {(c) => <ModuleEditorForm module={m} credentials={c.credentials} modules={c.modules} entryLevels={c.entryLevels} organisations={c.organisations} />}
            </Loadable>
          </AuthorOnly>
        )}
      </Loadable>
    </Show>
  )
}
