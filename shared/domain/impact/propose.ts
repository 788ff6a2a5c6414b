// A proposed change applied to a pathway's analysis input in memory, so the analysis can say what the change
// would raise and clear before anything is saved. Pure: the input is never changed, a new one is returned.
import { alignmentRows } from '../analysis/alignments'
import type { AnalysisAlignment, AnalysisInput, AnyAlignments } from '../analysis/types'
import type { Depth } from '../vocabulary'

export type ProposedChange =
  // The module's alignments (to the module and its outcomes together) as they would be after the change.
  | { kind: 'module_alignments'; moduleId: number; alignments: readonly { competencyId: number; depth: Depth }[] }
  | { kind: 'remove_module'; moduleId: number }
  | { kind: 'remove_competency'; competencyId: number }
  | { kind: 'remove_credential'; credentialId: number }
  // The outcome goes, and with it the alignments made through it: `alignments` are the module's that remain.
  | { kind: 'remove_outcome'; moduleId: number; outcomeId: number; alignments: readonly { competencyId: number; depth: Depth }[] }

type Input = AnalysisInput<AnyAlignments>

function withoutModule(input: Input, id: number): Input {
  return {
    ...input,
    modules: input.modules.filter((m) => m.id !== id),
    outcomes: input.outcomes.filter((o) => o.moduleId !== id),
    alignments: alignmentRows(input.alignments).filter((a) => a.moduleId !== id),
    prerequisites: input.prerequisites.filter((p) => p.moduleId !== id && p.prerequisiteId !== id),
    credentials: input.credentials.map((c) => ({ ...c, moduleIds: c.moduleIds.filter((m) => m !== id) })),
    articulations: input.articulations.filter((a) => a.fromModuleId !== id && a.toModuleId !== id),
  }
}

function withoutCompetency(input: Input, id: number): Input {
  const validation = input.validation instanceof Map ? new Map(input.validation) : new Map(Object.entries(input.validation ?? {}).map(([k, v]) => [Number(k), v]))
  validation.delete(id)
  return {
    ...input,
    // Its children, if any, hang from its parent: a delete is refused while it has children, so this only
    // keeps the tree whole for the preview.
    competencies: input.competencies.filter((c) => c.id !== id),
    requirements: input.requirements.filter((r) => r.fromId !== id && r.toId !== id),
    alignments: alignmentRows(input.alignments).filter((a) => a.competencyId !== id),
    ...(input.validation ? { validation } : {}),
  }
}

function withoutCredential(input: Input, id: number): Input {
  return {
    ...input,
    credentials: input.credentials.filter((c) => c.id !== id).map((c) => ({ ...c, stacksIntoIds: c.stacksIntoIds.filter((s) => s !== id) })),
    articulations: input.articulations.filter((a) => a.fromCredentialId !== id),
  }
}

function withAlignments(input: Input, moduleId: number, proposed: readonly { competencyId: number; depth: Depth }[]): Input {
  const kept = alignmentRows(input.alignments).filter((a) => a.moduleId !== moduleId)
  const added: AnalysisAlignment[] = proposed.map((a) => ({ moduleId, competencyId: a.competencyId, depth: a.depth }))
  return { ...input, alignments: [...kept, ...added] }
}

// The input as it would be after the change.
export function applyChange(input: Input, change: ProposedChange): Input {
  switch (change.kind) {
    case 'module_alignments':
      return withAlignments(input, change.moduleId, change.alignments)
    case 'remove_module':
      return withoutModule(input, change.moduleId)
    case 'remove_competency':
      return withoutCompetency(input, change.competencyId)
    case 'remove_credential':
      return withoutCredential(input, change.credentialId)
    case 'remove_outcome': {
      const changed = withAlignments(input, change.moduleId, change.alignments)
      return { ...changed, outcomes: changed.outcomes.filter((o) => o.id !== change.outcomeId) }
    }
  }
}
