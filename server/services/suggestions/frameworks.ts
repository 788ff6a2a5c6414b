// Which frameworks suggestions draw from: those of the pathways that place the module (or, for a bridge, the
// basic-skills ones of the pathways placing the bridge or the modules it prepares for); when there are none,
// every framework of the kinds its kind of module aligns to. Frameworks a request names must be among them.
import type { FrameworkKind, ModuleKind } from '../../../shared/domain/vocabulary'
import type { SuggestedFramework } from '../../../shared/schemas/suggestions'
import type { Db } from '../../db/connect'
import { frameworksOfPathwaysPlacing, frameworksWhere } from '../../db/queries/suggestions'
import { Invalid, NotFound } from '../../errors'

// Occupational modules teach to industry and employability standards, bridges to basic skills, integrated
// modules to both.
const KINDS_OF_MODULE: Record<ModuleKind, readonly FrameworkKind[]> = {
  occupational: ['occupational', 'employability'],
  bridge: ['basic_skills'],
  integrated: ['occupational', 'employability', 'basic_skills'],
}

type Scope = {
  moduleIds: readonly number[]
  // The kinds to fall back on; with `onlyKinds`, the pathways' frameworks of other kinds are left out too.
  kinds: readonly FrameworkKind[]
  onlyKinds: boolean
  named: number | number[] | undefined
  what: string
}

// The frameworks to draw from; 404 for a named framework that does not exist, 422 for one outside the pathways.
async function frameworksFor(db: Db, scope: Scope): Promise<SuggestedFramework[]> {
  const ofPathways = (await frameworksWhere(db, { ids: await frameworksOfPathwaysPlacing(db, scope.moduleIds) })).filter(
    (f) => !scope.onlyKinds || scope.kinds.includes(f.kind),
  )
  const usable = ofPathways.length ? ofPathways : await frameworksWhere(db, { kinds: scope.kinds })
  if (scope.named === undefined) return usable
  const named = [...new Set([scope.named].flat())]
  const known = new Set((await frameworksWhere(db, { ids: named })).map((f) => f.id))
  const missing = named.find((id) => !known.has(id))
  if (missing !== undefined) throw new NotFound('Framework', missing)
  const outside = named.filter((id) => !usable.some((f) => f.id === id))
  if (outside.length) {
    const where = ofPathways.length ? `the frameworks of the pathways that place ${scope.what}` : `the ${scope.kinds.join(', ').replaceAll('_', ' ')} frameworks ${scope.what} may align to`
    throw new Invalid(`Framework ${outside.join(', ')} is not one of ${where}`, { field: 'frameworkId', outside })
  }
  return usable.filter((f) => named.includes(f.id))
}

// The frameworks suggestions for a module (or one of its outcomes) draw from.
export function moduleFrameworks(db: Db, module: { id: number; code: string; kind: ModuleKind }, named: number | number[] | undefined) {
  return frameworksFor(db, { moduleIds: [module.id], kinds: KINDS_OF_MODULE[module.kind], onlyKinds: false, named, what: `module ${module.code}` })
}

// The basic-skills frameworks a bridge's suggestions draw from.
export function bridgeFrameworks(db: Db, bridge: { id: number; code: string }, targetIds: readonly number[], named: number | number[] | undefined) {
  return frameworksFor(db, { moduleIds: [bridge.id, ...targetIds], kinds: ['basic_skills'], onlyKinds: true, named, what: `bridge ${bridge.code} or its targets` })
}
