// One line above a road map: how many findings the pathway has by severity, linking to them; while the
// analysis runs it says so, and if it fails it says the road map is shown without them.
import { A } from '@solidjs/router'
import { For, Match, Switch } from 'solid-js'
import { SEVERITIES, type Severity } from '../../../shared/domain/analysis/types'
import { plural } from '../../lib/format'

const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  critical: ['critical', 'critical'],
  warning: ['warning', 'warnings'],
  info: ['info', 'info'],
}

export function FindingsSummary(props: { href: string; bySeverity?: Record<Severity, number>; loading: boolean; failed: boolean }) {
  const total = () => SEVERITIES.reduce((n, s) => n + (props.bySeverity?.[s] ?? 0), 0)
  const present = () => SEVERITIES.filter((s) => (props.bySeverity?.[s] ?? 0) > 0)
  return (
    <p class="findings-summary" role="status">
      <Switch>
        <Match when={props.bySeverity}>
          <A href={props.href}>{plural(total(), 'finding')}</A>
          {present().length ? ': ' : ' in this pathway.'}
          <For each={present()}>
            {(s, i) => (
              <>
                {i() > 0 ? ', ' : ''}
                <span class={`badge badge-severity-${s}`}>{plural(props.bySeverity?.[s] ?? 0, ...SEVERITY_WORDS[s])}</span>
              </>
            )}
          </For>
        </Match>
        <Match when={props.failed}>
          The findings could not be loaded; the road map is shown without them. <A href={props.href}>Open the findings</A>
        </Match>
        <Match when={props.loading}>Checking the pathway for gaps and duplications…</Match>
      </Switch>
    </p>
  )
}
