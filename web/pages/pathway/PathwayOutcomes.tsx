// The partners' view's "Learner outcomes": how real learners move through the pathway's modules, from the
// aggregate counts partners report (issue 18). A chunk of its own that loads its data after the road map is
// drawn, so the road map never waits for it.
import { createMemo, createResource, createSignal, For, Show } from 'solid-js'
import { stageFlows } from '../../../shared/domain/outcomes/stages'
import { ALL_TERMS } from '../../../shared/domain/outcomes/table'
import { client, data, type RoadMap } from '../../api'
import { Loadable } from '../../components/Loadable'
import { OutcomeCard, type OutcomeCardSubject } from '../../components/outcomes/OutcomeCard'
import { StageFlows } from '../../components/outcomes/StageFlows'
import { TermPicker, termName } from '../../components/outcomes/TermPicker'
import '../../styles/outcomes.css'

const loadOutcomes = (slug: string) => data(client.pathways[':slug'].outcomes.$get({ param: { slug }, query: {} }))
type PathwayOutcomesAnswer = Awaited<ReturnType<typeof loadOutcomes>>

export default function PathwayOutcomes(props: { pathway: RoadMap }) {
  const [outcomes] = createResource(() => props.pathway.slug, loadOutcomes)
  return (
    <section aria-labelledby="outcomes-heading" class="pathway-outcomes">
      <h2 id="outcomes-heading">Learner outcomes</h2>
      <Loadable resource={outcomes} what="learner outcomes">
        {(answer) => <OutcomesPicture answer={answer} pathway={props.pathway} />}
      </Loadable>
    </section>
  )
}

function OutcomesPicture(props: { answer: PathwayOutcomesAnswer; pathway: RoadMap }) {
  const [chosen, setChosen] = createSignal<string>()
  const term = () => chosen() ?? (props.answer.terms.length > 1 ? ALL_TERMS : (props.answer.terms[0] ?? ALL_TERMS))
  // In the road map's order: stage by stage, as the ladder is climbed.
  const modules = createMemo((): OutcomeCardSubject[] => {
    const order = new Map(props.pathway.stages.flatMap((s) => s.modules.map((m) => m.id)).map((id, index) => [id, index]))
    return [...props.answer.modules]
      .sort((a, b) => (order.get(a.moduleId) ?? 0) - (order.get(b.moduleId) ?? 0))
      .map((m) => ({ id: `module-${m.moduleId}`, kind: 'module', name: m.code, title: m.title, rows: m.rows, threshold: m.threshold }))
  })
  // The credentials the pathway's modules lead to that report outcomes, by title.
  const credentials = createMemo((): OutcomeCardSubject[] =>
    props.answer.credentials.map((c) => ({ id: `credential-${c.credentialId}`, kind: 'credential', name: c.title, rows: c.rows, threshold: c.threshold })),
  )
  const hidesAny = () => [...props.answer.modules, ...props.answer.credentials].some((table) => !table.whole)
  // Every placed module's stage, with data or without: a transition leads to the next stage of the ladder.
  const flows = createMemo(() => {
    const rowsOf = new Map(props.answer.modules.map((m) => [m.moduleId, m.rows]))
    const tables = props.pathway.stages.flatMap((s) => s.modules.map((m) => ({ moduleId: m.id, stage: s.stage, rows: rowsOf.get(m.id) ?? [] })))
    return stageFlows(tables, term())
  })
  const synthetic = () => props.answer.sources.some((source) => /synthetic/i.test(source))
  return (
    <Show when={modules().length || credentials().length} fallback={<p class="empty">No learner outcomes have been reported for this pathway's modules or credentials yet.</p>}>
      <Show when={synthetic()}>
        <p class="outcome-synthetic-note">Synthetic demo data: not real learners.</p>
      </Show>
      <p class="muted">
        Aggregate counts the partners report per module or credential and term, never student records: how many
        learners entered (or attempted a credential), completed, earned the credential, went on to the next stage and
        were in a target job.
      </p>
      <Show when={hidesAny()}>
        <p class="outcome-suppression-note">
          “Fewer than {props.answer.threshold}” marks a count under {props.answer.threshold}, or one hidden with it so
          that totals cannot give it away; a rate resting on such a count is hidden. Only the data's own organisation
          sees them.
        </p>
      </Show>
      <TermPicker terms={props.answer.terms} value={term()} onChange={setChosen} />
      <StageFlows flows={flows()} termName={termName(term())} threshold={props.answer.threshold} />
      <Show when={modules().length}>
        <section aria-labelledby="outcome-modules-heading">
          <h3 id="outcome-modules-heading">Module by module</h3>
          <div class="outcome-cards">
            <For each={modules()}>{(module) => <OutcomeCard subject={module} term={term()} gaps={props.answer.gaps} />}</For>
          </div>
        </section>
      </Show>
      <Show when={credentials().length}>
        <section aria-labelledby="outcome-credentials-heading">
          <h3 id="outcome-credentials-heading">Credential by credential</h3>
          <div class="outcome-cards">
            <For each={credentials()}>{(credential) => <OutcomeCard subject={credential} term={term()} gaps={props.answer.gaps} />}</For>
          </div>
        </section>
      </Show>
    </Show>
  )
}
