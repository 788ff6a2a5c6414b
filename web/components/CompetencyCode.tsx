// A competency's code as a link to it in its framework's tree (opened at it, scrolled into view and focused).
import { A } from '@solidjs/router'
import { competencyHref } from '../lib/links'

type Props = { competency: { id: number; frameworkId: number; code: string }; title?: string }

// The link; the statement, where shown, follows it as plain text.
export function CompetencyCode(props: Props) {
  return (
    <A class="code" href={competencyHref(props.competency.frameworkId, props.competency.id)} title={props.title}>
      {props.competency.code}
    </A>
  )
}
