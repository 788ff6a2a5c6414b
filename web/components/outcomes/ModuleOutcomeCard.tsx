// One module's outcomes on the road map: its flow in the chosen term, its rates term by term, and how its
// groups of learners compare.
import { Show } from 'solid-js'
import type { ModuleOutcomes } from '../../../shared/schemas/outcomes'
import { allLearnersRow } from '../../../shared/domain/outcomes/stages'
import { ALL_TERMS } from '../../../shared/domain/outcomes/table'
import { FlowFunnel } from './FlowFunnel'
import { moduleFlow } from './figures'
import { OutcomeTrend } from './OutcomeTrend'
import { SubgroupComparison } from './SubgroupComparison'
import { termName } from './TermPicker'

export function ModuleOutcomeCard(props: { module: ModuleOutcomes; term: string }) {
  // For all terms, a module with a single term shows that term.
  const chosen = () => allLearnersRow(props.module.rows, props.term)
  const shownTerm = () => chosen()?.term ?? props.term
  const byTerm = () => props.module.rows.filter((row) => row.subgroupDimension === '' && row.term !== ALL_TERMS)
  const headingId = () => `outcomes-module-${props.module.moduleId}`
  return (
    <article class="outcome-card" aria-labelledby={headingId()}>
      <h4 id={headingId()}>
        {props.module.code} <span class="outcome-card-title">{props.module.title}</span>
      </h4>
      <Show when={chosen()} fallback={<p class="empty">No figures for {termName(props.term)}.</p>}>
        {(row) => (
          <FlowFunnel
            subject={`${props.module.code}, ${termName(shownTerm())}`}
            caption={`${props.module.code}, ${termName(shownTerm())}: from entry to credential, next stage and job`}
            steps={moduleFlow(row())}
            threshold={props.module.threshold}
          />
        )}
      </Show>
      <Show when={byTerm().length > 1}>
        <h5>Term by term</h5>
        <OutcomeTrend code={props.module.code} rows={byTerm()} threshold={props.module.threshold} />
      </Show>
      <SubgroupComparison
        code={props.module.code}
        term={shownTerm()}
        rows={props.module.rows.filter((row) => row.term === shownTerm())}
        threshold={props.module.threshold}
      />
    </article>
  )
}
