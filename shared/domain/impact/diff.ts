// What a change does to a pathway's findings: those it would raise (found after, not before) and those it would
// clear (found before, not after), matched by fingerprint (the kind and the rows a finding is about), so a
// finding whose wording or facts shift but whose subject stays is neither.
import type { Finding } from '../analysis/types'

export type FindingsDiff<F> = { raised: F[]; cleared: F[] }

export function diffFindings<F extends Pick<Finding, 'fingerprint'>>(before: readonly F[], after: readonly F[]): FindingsDiff<F> {
  const was = new Set(before.map((f) => f.fingerprint))
  const is = new Set(after.map((f) => f.fingerprint))
  return { raised: after.filter((f) => !was.has(f.fingerprint)), cleared: before.filter((f) => !is.has(f.fingerprint)) }
}
