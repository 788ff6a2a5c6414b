// The crosswalk matrix with a tag of what it is built from: the pathway's data version (version.ts; it moves with
// every write to the modules, frameworks, placements and pathway the matrix reads), the reader's scope of
// visibility, the query and the size limit. A repeat is answered 304 from these counters alone, without loading
// or building anything; the matrix itself is built (or refused for its size) only when the tag is new.
import type { MatrixQuery } from '../../../shared/schemas/analysis'
import type { Db } from '../../db/connect'
import { findPathwayBySlug } from '../../db/queries/pathways'
import { NotFound } from '../../errors'
import { entityTag } from '../../middleware/etag'
import type { Viewer } from '../access'
import { boundedMatrix } from '../export/bounds'
import { scopeOf } from './scope'
import { dataVersion } from './version'

export async function servedMatrix(db: Db, slug: string, viewer: Viewer, query: MatrixQuery, limit: number) {
  const pathway = await findPathwayBySlug(db, slug)
  if (!pathway) throw new NotFound('Pathway', slug)
  const version = await dataVersion(db, pathway.id)
  return {
    etag: entityTag('matrix', pathway.id, scopeOf(viewer).key, version.input, JSON.stringify(query), limit),
    answer: () => boundedMatrix(db, slug, viewer, query, limit),
  }
}
