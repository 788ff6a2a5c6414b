// The comment threads of a findings report: each finding's target (its pathway and fingerprint) and how many
// comments it has, asked for all findings at once. Members only; nothing is asked for anonymous readers.
import { createResource } from 'solid-js'
import type { CommentTarget } from '../../../shared/schemas/comment'
import { user } from '../../lib/session'
import { countComments } from './comments-api'

type Report = { pathway: { id: number }; findings: readonly object[] }

// A finding's fingerprint, once the analysis gives one (findings without one have no comments).
const fingerprintOf = (finding: object): string | undefined => {
  const value = (finding as { fingerprint?: unknown }).fingerprint
  return typeof value === 'string' && value ? value : undefined
}

export function findingComments(report: () => Report) {
  const target = (finding: object): CommentTarget | undefined => {
    const fingerprint = fingerprintOf(finding)
    return fingerprint ? { kind: 'finding', id: report().pathway.id, fingerprint } : undefined
  }
  const [counts] = createResource(
    () => {
      const targets = report().findings.flatMap((f) => target(f) ?? [])
      return user() && targets.length ? targets.slice(0, 500) : undefined
    },
    async (targets) => new Map((await countComments(targets)).items.map((i) => [i.fingerprint, i.count])),
  )
  return {
    target,
    count: (finding: object) => {
      const fingerprint = fingerprintOf(finding)
      return fingerprint && counts.state === 'ready' ? counts().get(fingerprint) : undefined
    },
  }
}
