// What a proposed removal would do, before it is saved: what depends on the row ("Used by"), and for each
// pathway it touches, the findings the change would raise and clear. The pathway is loaded as the viewer sees
// it, the change applied in memory (shared/domain/impact/propose.ts) and both states analysed; nothing is
// written. Findings are matched by fingerprint.
import { modulePermission } from '../../../shared/domain/permissions'
import { diffFindings } from '../../../shared/domain/impact/diff'
import { applyChange, type ProposedChange } from '../../../shared/domain/impact/propose'
import type { ImpactReport, ProposedChangeInput, UsedBy } from '../../../shared/schemas/impact'
import type { Db } from '../../db/connect'
import { existingCompetencyIds } from '../../db/queries/alignments'
import { findModule } from '../../db/queries/modules'
import { NotFound } from '../../errors'
import { assertActorMay, canSee, type Viewer } from '../access'
import { loadPathway } from '../analysis/load'
import { runAnalysis } from '../analysis/run'
import { refuseMissing } from '../id-checks'
import { competencyUsedBy, credentialUsedBy, moduleUsedBy, outcomeUsedBy, type Pathway } from './used-by'

// The dependents of the row the change removes from, once the actor is known to be one who may make it, and the
// change as the analysis applies it (a removed outcome takes the alignments made through it).
async function dependentsOf(db: Db, actor: Viewer, change: ProposedChangeInput): Promise<UsedBy & { pathwayRows: Pathway[]; change: ProposedChange }> {
  switch (change.kind) {
    case 'remove_outcome': {
      const { module, remaining, ...usedBy } = await outcomeUsedBy(db, actor, change.outcomeId)
      assertActorMay(actor, modulePermission(module.kind), `change ${module.kind} modules`)
      return { ...usedBy, change: { kind: 'remove_outcome', moduleId: module.id, outcomeId: change.outcomeId, alignments: remaining } }
    }
    case 'module_alignments':
    case 'remove_module': {
      const module = await findModule(db, change.moduleId)
      if (!module || !canSee(actor, module)) throw new NotFound('Module', change.moduleId)
      assertActorMay(actor, modulePermission(module.kind), `change ${module.kind} modules`)
      if (change.kind === 'module_alignments') {
        const wanted = change.alignments.map((a) => a.competencyId)
        refuseMissing('Competency', wanted, [...(await existingCompetencyIds(db, wanted))].map((id) => ({ id })), 'alignments')
      }
      return { ...(await moduleUsedBy(db, actor, change.moduleId)), change }
    }
    case 'remove_competency':
      assertActorMay(actor, 'framework:write', 'change frameworks')
      return { ...(await competencyUsedBy(db, actor, change.competencyId)), change }
    case 'remove_credential':
      assertActorMay(actor, 'credential:write', 'change credentials')
      return { ...(await credentialUsedBy(db, actor, change.credentialId)), change }
  }
}

// The impact of the change on each pathway it touches.
export async function previewChange(db: Db, actor: Viewer, change: ProposedChangeInput): Promise<ImpactReport> {
  const { pathwayRows, change: applied, ...usedBy } = await dependentsOf(db, actor, change)
  const pathways = []
  // One pathway after another: each analysis is CPU work, and a request should not hold both cores.
  for (const row of pathwayRows) {
    const loaded = await loadPathway(db, row.slug, actor)
    const [before, after] = await Promise.all([runAnalysis(loaded.input), runAnalysis(applyChange(loaded.input, applied))])
    pathways.push({ pathway: loaded.pathway, ...diffFindings(before.findings, after.findings) })
  }
  return { ...usedBy, pathways }
}
