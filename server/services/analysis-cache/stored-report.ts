// A pathway's findings in full from its stored analysis, for the export files and `rungs report`: the result the
// findings page serves (page.ts), brought up to date first when the data changed (a big pathway on analysis
// workers, store.ts, never on the calling thread) and then read from the database with the query's filters. An
// export after a page view, or a second export, costs no analysis. While another replica computes a pathway's
// first result there is nothing stored to read: the analysis then runs as before (findings.ts).
import type { FindingsQuery } from '../../../shared/schemas/analysis'
import type { Db } from '../../db/connect'
import { findPathwayBySlug } from '../../db/queries/pathways'
import { NotFound } from '../../errors'
import type { Viewer } from '../access'
import { analysePathwayBySlug } from '../analysis/findings'
import type { RunOptions } from '../analysis/run'
import { pageOf, storedResult, type FindingsPageAnswer } from './page'

export type StoredFindings = Pick<FindingsPageAnswer, 'pathway' | 'findings' | 'counts' | 'totals' | 'byStatus'> & { generatedAt: string }

export async function storedFindings(db: Db, slug: string, viewer: Viewer, query: FindingsQuery, options: RunOptions = {}): Promise<StoredFindings> {
  const row = await findPathwayBySlug(db, slug)
  if (!row) throw new NotFound('Pathway', slug)
  const pathway = { id: row.id, slug: row.slug, title: row.title }
  const { inlineBelowRows: _inline, ...analysis } = options
  // However big the pathway, an export waits for its current result rather than taking the last one.
  const { snapshot, updating } = await storedResult(db, pathway, viewer, { waitBelowRows: Infinity, analysis })
  if (!snapshot) return analysePathwayBySlug(db, slug, viewer, query, options)
  const { kind, severity, level, module, status, assignee } = query
  const answer = await pageOf(db, pathway, viewer, { kind, severity, level, module, status, assignee, offset: 0 }, snapshot, updating)
  return { pathway, findings: answer.findings, counts: answer.counts, totals: answer.totals, byStatus: answer.byStatus, generatedAt: snapshot.computedAt }
}
