// How big a pathway's crosswalk matrix would be, counted (through indexes) without reading its rows: the
// competencies it would list and the modules it would put side by side, with the filters of a MatrixQuery. The
// matrix page, the workbook and the export decide from these counts whether to build it at all.
import type { MatrixQuery } from '../../../shared/schemas/analysis'
import type { Actor } from '../../../shared/domain/permissions'
import type { Db } from '../connect'
import { visibleTo } from './visibility'

export type MatrixSize = { competencies: number; modules: number }

const count = (rows: { n: number | string | bigint } | undefined) => Number(rows?.n ?? 0)

// The competencies of the pathway's frameworks (of `frameworkId` only), or of `area` and everything under it.
async function countCompetencies(db: Db, pathwayId: number, query: MatrixQuery): Promise<number> {
  const frameworks = db
    .selectFrom('pathway_frameworks')
    .select('frameworkId')
    .where('pathwayId', '=', pathwayId)
    .$if(query.frameworkId !== undefined, (qb) => qb.where('frameworkId', '=', query.frameworkId!))
  if (query.area === undefined) {
    return count(await db.selectFrom('competencies').select((eb) => eb.fn.countAll().as('n')).where('frameworkId', 'in', frameworks).executeTakeFirst())
  }
  const area = query.area
  return count(
    await db
      .withRecursive('subtree(id)', (qb) =>
        qb
          .selectFrom('competencies')
          .select('id')
          .where('id', '=', area)
          .where('frameworkId', 'in', frameworks)
          .unionAll((u) => u.selectFrom('competencies as c').innerJoin('subtree', 'subtree.id', 'c.parentId').select('c.id')),
      )
      .selectFrom('subtree')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
  )
}

// The modules placed in the pathway that the viewer may see, of the asked levels (the asked module).
async function countModules(db: Db, pathwayId: number, viewer: Actor | null, query: MatrixQuery): Promise<number> {
  return count(
    await db
      .selectFrom('pathway_modules as pm')
      .innerJoin('modules', 'modules.id', 'pm.moduleId')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('pm.pathwayId', '=', pathwayId)
      .where(visibleTo(viewer))
      .$if(Boolean(query.level?.length), (qb) => qb.where('modules.level', 'in', query.level!))
      .$if(query.module !== undefined, (qb) => qb.where('modules.id', '=', query.module!))
      .executeTakeFirst(),
  )
}

// The rows and columns of the pathway's matrix under this query, as the viewer would see it.
export async function matrixSize(db: Db, pathwayId: number, viewer: Actor | null, query: MatrixQuery): Promise<MatrixSize> {
  return { competencies: await countCompetencies(db, pathwayId, query), modules: await countModules(db, pathwayId, viewer, query) }
}
