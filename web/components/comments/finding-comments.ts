// The comment threads of a findings report: each finding's target (its pathway and fingerprint, which stays the
// same while the finding is about the same rows) and how many comments it has, asked for all findings at once.
// Members only; nothing is asked for anonymous readers.
import { createResource } from 'solid-js'
import type { CommentTarget } from '../../../shared/schemas/comment'
import { user } from '../../lib/session'
import { countComments } from './comments-api'

type Report = { pathway: { id: number }; findings: readonly { fingerprint: string }[] }

// The server counts at most this many targets at once; a larger report shows counts for its first ones.
const MAX_COUNTED = 500

export function findingComments(report: () => Report) {
  const target = (finding: { fingerprint: string }): CommentTarget => ({ kind: 'finding', id: report().pathway.id, fingerprint: finding.fingerprint })
  const [counts] = createResource(
    () => (user() && report().findings.length ? report().findings.slice(0, MAX_COUNTED).map(target) : undefined),
    async (targets) => new Map((await countComments(targets)).items.map((i) => [i.fingerprint, i.count])),
  )
  return {
    target,
    count: (finding: { fingerprint: string }) => (counts.state === 'ready' ? (counts().get(finding.fingerprint) ?? 0) : undefined),
  }
}
