// Reading modules: one module with everything a module page shows.
import type { DeliveryFormat } from '../../../shared/domain/vocabulary'
import type { ModuleQuery } from '../../../shared/schemas/module'
import type { RichTextDoc } from '../../../shared/schemas/rich-text'
import type { Db } from '../../db/connect'
import { alignmentsOfModule } from '../../db/queries/alignments'
import { articulationsOfModule } from '../../db/queries/articulations'
import { bridgesInto, targetsOfBridge } from '../../db/queries/bridge-targets'
import { credentialsOfModule } from '../../db/queries/credentials'
import { findModule, listModules as listModuleRows, prerequisitesOf } from '../../db/queries/modules'
import { outcomesOfModule } from '../../db/queries/outcomes'
import { pathwaysPlacing } from '../../db/queries/pathways'
import { readAtOnce } from '../../db/read-at-once'
import { NotFound } from '../../errors'
import { canSee, type Viewer } from '../access'
import { fundingOfModule, supportsOfModule } from '../../db/queries/supports'
import { shownSupport } from '../supports'
import { publishedModule, publishedRows } from '../workflow/published'

// One page of the modules the viewer may see, each as the viewer may see it (the public: its approved revision).
export async function listModules(db: Db, query: ModuleQuery, viewer: Viewer) {
  const page = await listModuleRows(db, query, viewer)
  return { ...page, items: await publishedRows(db, viewer, page.items) }
}

// A module row, or 404.
export async function requireModule(db: Db, id: number) {
  const module = await findModule(db, id)
  if (!module) throw new NotFound('Module', id)
  return module
}

// A module with its description, outcomes and alignments, prerequisites, credentials, pathways and articulations;
// 404 for a module never approved of another organisation; people outside the owning organisation see the approved
// revision's content. Every other module it names is one the viewer may see.
// Its dozen small queries share one read transaction (db/read-at-once.ts).
export function getModule(db: Db, id: number, viewer: Viewer) {
  return readAtOnce(db, (db) => readModule(db, id, viewer))
}

async function readModule(db: Db, id: number, viewer: Viewer) {
  const { description, delivery, ...module } = await requireModule(db, id)
  if (!canSee(viewer, module)) throw new NotFound('Module', id)
  const [outcomes, alignments, prerequisites, credentials, pathways, articulations, targets, bridges, supports, funding] = await Promise.all([
    outcomesOfModule(db, id),
    alignmentsOfModule(db, id),
    prerequisitesOf(db, id, viewer),
    credentialsOfModule(db, id),
    pathwaysPlacing(db, id),
    articulationsOfModule(db, id, viewer),
    targetsOfBridge(db, id, viewer),
    bridgesInto(db, id, viewer),
    supportsOfModule(db, id),
    fundingOfModule(db, id),
  ])
  return publishedModule(db, viewer, {
    ...module,
    delivery: JSON.parse(delivery) as DeliveryFormat[],
    description: JSON.parse(description) as RichTextDoc,
    outcomes: outcomes.map(({ content, ...outcome }) => ({
      ...outcome,
      content: JSON.parse(content) as RichTextDoc,
      alignments: alignments.filter((a) => a.outcomeId === outcome.id),
    })),
    alignments: alignments.filter((a) => a.outcomeId === null),
    prerequisites,
    credentials: credentials.map((c) => ({ id: c.id, title: c.title, kind: c.kind })),
    pathways,
    articulationsInto: articulations.filter((a) => a.toModuleId === id),
    articulationsOutOf: articulations.filter((a) => a.fromModuleId === id),
    // The modules this bridge prepares learners for, and the bridges that prepare learners for this module.
    targets,
    bridges,
    // Wrap-around supports partners offer to this module's learners, and the money that can pay for it.
    supports: supports.map(shownSupport),
    funding,
  })
}
