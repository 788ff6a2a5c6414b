// Creating a bridge (or integrated) module from the builder's list: alignments to the basic skills it teaches
// and the occupational competencies it teaches them through, a lesson outline, and the targets it prepares for.
import { groupBySubject, needsAboveEntry } from '../../../shared/domain/bridges/needs'
import { lessonOutline, pairedOutcome } from '../../../shared/domain/bridges/outline'
import type { BridgeInput, BridgeNeed } from '../../../shared/schemas/bridge'
import type { AlignmentInput, ModuleInput } from '../../../shared/schemas/module'
import type { Db } from '../../db/connect'
import { Invalid } from '../../errors'
import { assertActorMay, writerView, type Viewer } from '../access'
import { requireVisibleModules } from '../id-checks'
import { createModule } from '../modules/write'
import { entryLevelOf, loadNeeds } from './needs'
import { resolveTargets } from './plan'

// The bridge teaches the basic skill to mastery at its level and introduces the occupational competencies.
const teaches = (need: BridgeNeed): AlignmentInput => ({ competencyId: need.skill.id, depth: 'M', assessed: true })
const contextualises = (need: BridgeNeed): AlignmentInput[] => need.neededBy.map((c) => ({ competencyId: c.id, depth: 'I', assessed: false }))

function distinctByCompetency(alignments: AlignmentInput[]): AlignmentInput[] {
  const seen = new Map<number, AlignmentInput>()
  for (const a of alignments) if (!seen.has(a.competencyId)) seen.set(a.competencyId, a)
  return [...seen.values()]
}

// Creates the bridge (or integrated module) as a draft of the actor's organisation; a target the actor may not see
// is refused as if it did not exist.
export async function createBridge(db: Db, actor: Viewer, input: BridgeInput) {
  assertActorMay(actor, 'bridge:write', `author ${input.kind} modules`)
  await requireVisibleModules(db, actor, input.targetIds, 'targetIds')
  const targets = await resolveTargets(db, writerView(actor), { targetId: input.targetIds })
  const { needs, levels, scales } = await loadNeeds(db, targets.map((t) => t.id))
  const entryLevel = entryLevelOf(scales, input.entryLevel)
  const listed = needsAboveEntry(needs, levels, entryLevel.skillLevel).listed
  const byId = new Map(listed.map((n) => [n.skill.id, n]))
  const unknown = input.skillIds.filter((id) => !byId.has(id))
  if (unknown.length) {
    throw new Invalid(
      `Basic skill ${unknown.join(', ')} is not among what ${targets.map((t) => t.code).join(', ')} need above entry level ${entryLevel.code}`,
      { field: 'skillIds', skillIds: unknown },
    )
  }
  const groups = groupBySubject(input.skillIds.map((id) => byId.get(id)!))
  const chosen = groups.flatMap((g) => g.needs)
  const paired = input.kind === 'integrated'
  const module: ModuleInput = {
    code: input.code,
    title: input.title,
    level: input.level,
    kind: input.kind,
    clockHours: input.clockHours ?? null,
    teamTaughtShare: paired ? (input.teamTaughtShare ?? null) : null,
    entryLevel: entryLevel.code,
    description: lessonOutline({ targets, entryLevel, groups }),
    targetIds: targets.map((t) => t.id),
    ...(paired
      ? { outcomes: chosen.map((need) => ({ content: pairedOutcome(need), alignments: [teaches(need), ...contextualises(need)] })) }
      : { alignments: distinctByCompetency([...chosen.map(teaches), ...chosen.flatMap(contextualises)]) }),
  }
  return createModule(db, actor, module)
}
