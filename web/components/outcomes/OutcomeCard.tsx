// One module's or credential's outcomes on the road map: its flow in the chosen term, its rates term by term,
// and how its groups of learners compare.
import { Show } from 'solid-js'
import type { GapSubject } from '../../../shared/domain/outcomes/gaps'
import { allLearnersRow } from '../../../shared/domain/outcomes/stages'
import { ALL_TERMS, type PublishedOutcomeRow } from '../../../shared/domain/outcomes/table'
import type { OutcomeGapSettings } from '../../../shared/schemas/outcomes'
import { FlowFunnel } from './FlowFunnel'
import { outcomeFlow } from './figures'
import { OutcomeTrend } from './OutcomeTrend'
import { SubgroupComparison } from './SubgroupComparison'
import { termName } from './TermPicker'

// `name` is a module's code or a credential's title; `title` a module's title beside its code.
export type OutcomeCardSubject = { id: string; kind: GapSubject; name: string; title?: string; rows: PublishedOutcomeRow[]; threshold: number }

export function OutcomeCard(props: { subject: OutcomeCardSubject; term: string; gaps: OutcomeGapSettings }) {
  // For all terms, a table with a single term shows that term.
  const chosen = () => allLearnersRow(props.subject.rows, props.term)
  const shownTerm = () => chosen()?.term ?? props.term
  const byTerm = () => props.subject.rows.filter((row) => row.subgroupDimension === '' && row.term !== ALL_TERMS)
  const headingId = () => `outcomes-${props.subject.id}`
  const reaches = () => (props.subject.kind === 'module' ? 'from entry to credential, next stage and job' : 'from attempt to credential and job')
  return (
    <article class="outcome-card" aria-labelledby={headingId()}>
      <h4 id={headingId()}>
        {props.subject.name}
        <Show when={props.subject.title}>
          {(title) => (
            <>
              {' '}
              <span class="outcome-card-title">{title()}</span>
            </>
          )}
        </Show>
      </h4>
      <Show when={chosen()} fallback={<p class="empty">No figures for {termName(props.term)}.</p>}>
        {(row) => (
          <FlowFunnel
            subject={`${props.subject.name}, ${termName(shownTerm())}`}
            caption={`${props.subject.name}, ${termName(shownTerm())}: ${reaches()}`}
            steps={outcomeFlow(row(), props.subject.kind)}
            threshold={props.subject.threshold}
          />
        )}
      </Show>
      <Show when={byTerm().length > 1}>
        <h5>Term by term</h5>
        <OutcomeTrend code={props.subject.name} rows={byTerm()} threshold={props.subject.threshold} />
      </Show>
      <SubgroupComparison
        subject={props.subject.kind}
        code={props.subject.name}
        term={shownTerm()}
        rows={props.subject.rows.filter((row) => row.term === shownTerm())}
        threshold={props.subject.threshold}
        gaps={props.gaps}
      />
    </article>
  )
}
