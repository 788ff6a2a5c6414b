// What a comment is about, and who may see it: the target's visibility is the visibility of the row itself.
import { maySee, type Actor } from '../../../shared/domain/permissions'
import type { CommentTarget, CommentTargetKind } from '../../../shared/schemas/comment'
import type { Db } from '../../db/connect'
import { targetFacts, type TargetFacts } from '../../db/queries/comment-targets'
import { NotFound } from '../../errors'

export type ResolvedTarget = { kind: CommentTargetKind; id: number; fingerprint: string | null; key: string; facts: TargetFacts }

const NAMES: Record<CommentTargetKind, string> = { module: 'Module', outcome: 'Outcome', competency: 'Competency', pathway: 'Pathway', finding: 'Pathway' }

// The key one index holds for every kind: "module:12", "finding:3:<fingerprint>".
export function targetKey(kind: CommentTargetKind, id: number, fingerprint?: string | null): string {
  return kind === 'finding' ? `finding:${id}:${fingerprint ?? ''}` : `${kind}:${id}`
}

// True when the person may see the target: a module (or an outcome of one) that is a draft only inside its
// organisation and by admins; competencies, pathways and findings (no drafts) by every member.
export function maySeeTarget(person: Actor, facts: TargetFacts): boolean {
  return facts.module === undefined || maySee(person, facts.module)
}

// The target if the person may see it; 404 alike for a missing row and one hidden from them.
export async function resolveTarget(db: Db, person: Actor, target: CommentTarget): Promise<ResolvedTarget> {
  const facts = await targetFacts(db, target.kind, target.id)
  if (!facts || !maySeeTarget(person, facts)) throw new NotFound(NAMES[target.kind], target.id)
  const fingerprint = target.kind === 'finding' ? target.fingerprint! : null
  return { kind: target.kind, id: target.id, fingerprint, key: targetKey(target.kind, target.id, fingerprint), facts }
}

// Of everyone, who may see the target: undefined for every member, else the organisation whose module, never
// approved, it is (null: one no organisation owns, admins alone). Those are the only rows hidden from members.
export function audienceOf(facts: TargetFacts): number | null | undefined {
  return facts.module && facts.module.approvedVersion === null ? facts.module.organisationId : undefined
}
