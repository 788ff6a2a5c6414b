// Reading competencies: search, and one with its ancestors and links.
import type { Db } from '../../db/connect'
import { ancestorsOf, findCompetency } from '../../db/queries/competencies'
import { listLinks } from '../../db/queries/competency-links'
import { findFramework } from '../../db/queries/frameworks'
import { NotFound } from '../../errors'

export { searchCompetencies } from '../../db/queries/competency-search'

// A competency, or 404.
export async function requireCompetency(db: Db, id: number) {
  const competency = await findCompetency(db, id)
  if (!competency) throw new NotFound('Competency', id)
  return competency
}

// A competency with its ancestors (root first) and every link that touches it.
export async function getCompetency(db: Db, id: number) {
  const competency = await requireCompetency(db, id)
  const [ancestors, links, framework] = await Promise.all([
    ancestorsOf(db, id),
    listLinks(db, { competencyId: id, limit: 500, offset: 0 }),
    findFramework(db, competency.frameworkId),
  ])
  return { ...competency, frameworkTitle: framework?.title ?? '', ancestors, links: links.items }
}
