// Where a short link leads: the public road map of the pathway, when the reader may read it.
import { publicRoadMapPath } from '../../../shared/domain/road-map-links'
import { findPathway } from '../../db/queries/pathways'
import type { Db } from '../../db/connect'
import type { AppConfig } from '../../middleware/context'
import type { Viewer } from '../access'

// The address of the pathway's public road map, or null for an unknown pathway and for any pathway of a private
// instance read without a session: the caller answers both alike, so the link reveals nothing.
export async function shortLinkTarget(db: Db, id: number, viewer: Viewer, config: Pick<AppConfig, 'private'>): Promise<string | null> {
  if (config.private && !viewer) return null
  const pathway = await findPathway(db, id)
  return pathway ? publicRoadMapPath(pathway.slug) : null
}
