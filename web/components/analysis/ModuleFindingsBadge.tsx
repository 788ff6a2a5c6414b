// A module card's link to its findings: "3 findings · Warning", styled by the worst severity, and read out
// in full ("3 findings, worst Warning, for MFG 140: Never mastered; …") by screen readers.
import { A } from '@solidjs/router'
import { FINDING_KIND_LABELS, SEVERITY_LABELS } from '../../../shared/domain/analysis/labels'
import { plural } from '../../lib/format'
import type { ModuleFindings } from './module-findings'

export function ModuleFindingsBadge(props: { findings: ModuleFindings; moduleCode: string; href: string }) {
  const count = () => plural(props.findings.count, 'finding')
  const severity = () => SEVERITY_LABELS[props.findings.worst]
  const kinds = () => props.findings.kinds.map((k) => FINDING_KIND_LABELS[k]).join('; ')
  return (
    <A href={props.href} class={`badge finding-badge badge-severity-${props.findings.worst}`}>
      {/* One phrase for screen readers: text split across inline elements is read with stray pauses. */}
      <span aria-hidden="true">
        {count()} · {severity()}
      </span>
      <span class="visually-hidden">{`${count()}, worst ${severity()}, for ${props.moduleCode}: ${kinds()}`}</span>
    </A>
  )
}
