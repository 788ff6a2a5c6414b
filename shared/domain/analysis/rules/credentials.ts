// no_credential and dead_end_credential: every chunk must pay off, and every credential must lead on.
import { modulesInOrder, type AnalysisIndex } from '../build-index'
import { credentialName, listOf, moduleName } from '../describe'
import type { RuleFinding } from '../types'

// A module of the pathway that no credential lists among the modules leading to it.
export function noCredential(index: AnalysisIndex): RuleFinding[] {
  return modulesInOrder(index, index.modules.keys())
    .filter((m) => !index.credentialIdsByModule.has(m.id))
    .map((m) => ({
      key: `no_credential:m${m.id}`,
      kind: 'no_credential' as const,
      severity: 'warning' as const,
      message: `${moduleName(m)} leads to no credential, so a student who stops after it has nothing to show for it.`,
      refs: { moduleIds: [m.id], stages: [m.stage] },
    }))
}

// A credential that a module of the pathway leads to, that stacks into nothing, and that is not the top of
// the pathway: not earned through an exit module (where no module is marked exit, one of the highest stage).
// Credentials no module of the pathway leads to (stacking targets beyond it) are not the pathway's to judge.
export function deadEndCredential(index: AnalysisIndex): RuleFinding[] {
  const modules = [...index.modules.values()]
  const marked = modules.filter((m) => m.isExit)
  const highest = modules.reduce((top, m) => Math.max(top, m.stage), -Infinity)
  const exits = new Set((marked.length > 0 ? marked : modules.filter((m) => m.stage === highest)).map((m) => m.id))

  const findings: RuleFinding[] = []
  for (const k of index.input.credentials) {
    const earnedIn = k.moduleIds.filter((id) => index.modules.has(id))
    if (earnedIn.length === 0 || k.stacksIntoIds.length > 0 || earnedIn.some((id) => exits.has(id))) continue
    const from = modulesInOrder(index, earnedIn)
    findings.push({
      key: `dead_end_credential:k${k.id}`,
      kind: 'dead_end_credential',
      severity: 'warning',
      message:
        `${credentialName(k)}, earned through ${listOf(from.map(moduleName))}, stacks into no other credential ` +
        `and is not the top of the pathway, so it leads nowhere.`,
      refs: { credentialIds: [k.id], moduleIds: from.map((m) => m.id) },
    })
  }
  return findings
}
