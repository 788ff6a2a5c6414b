// /admin/levels: the level scales adult education uses (basic-skill levels and NRS Educational Functioning
// Levels) and how they correspond. Everyone who may read sees them; administrators edit and save them here.
import { Term } from '../components/glossary/Term'
import { createResource, createSignal, Show } from 'solid-js'
import type { LevelScalesInput } from '../../shared/schemas/levels'
import { client, data, type SkillLevelScales } from '../api'
import { LevelsEditor } from '../components/levels/LevelsEditor'
import { LevelTables } from '../components/levels/LevelTables'
import { LevelWarnings } from '../components/levels/LevelWarnings'
import { Loadable } from '../components/Loadable'
import { Title } from '../components/Title'
import { can, sessionKnown } from '../lib/session'
import '../styles/authoring.css'
import { loadLevels } from '../lib/levels'
import '../styles/levels.css'

export default function LevelsPage() {
  const [scales] = createResource(loadLevels)
  // The warnings of the last save, which replace those the page was loaded with.
  const [warnings, setWarnings] = createSignal<SkillLevelScales['warnings'] | null>(null)
  const save = async (input: LevelScalesInput) => {
    const saved = await data(client.levels.$put({ json: input }))
    setWarnings(saved.warnings)
    return saved
  }
  return (
    <>
      <Title>Adult education levels</Title>
      <h1>Adult education levels</h1>
      <p class="lede">
        Adult education states a learner's level twice: as an <Term id="nrs-efl">NRS Educational Functioning Level</Term> (ABE or ESL) and
        as a level of the basic-skills standards (<Term id="ccrs">CCRS levels</Term>). An adult placed at an Educational Functioning Level works at the
        basic-skill level beside it, so a bridge for them teaches the skills needed at that level and above.
      </p>
      <Loadable resource={scales} what="the levels">
        {(loaded) => (
          <>
            <LevelWarnings warnings={warnings() ?? loaded.warnings} />
            <Show
              when={can('levels:write')}
              fallback={
                <>
                  <Show when={sessionKnown()}>
                    <p class="notice">Only administrators can change these levels.</p>
                  </Show>
                  <LevelTables scales={loaded} />
                </>
              }
            >
              <LevelsEditor initial={loaded} onSave={save} />
            </Show>
          </>
        )}
      </Loadable>
    </>
  )
}
