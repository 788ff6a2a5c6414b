// The "store" stage of a pathway's flow (load → index → rules → store): findings written as rows of a stored
// snapshot (db/queries/analysis-snapshots), each with the columns a page is filtered on. Pure of threads, so an
// analysis worker writes its findings through its own connection exactly as the request thread writes a small
// pathway's.
import { readingGroupOf } from '../../../shared/domain/analysis/analyse'
import { addCounts, countFindings } from '../../../shared/domain/analysis/counts'
import type { Finding, FindingCounts } from '../../../shared/domain/analysis/types'
import type { Db } from '../../db/connect'
import { insertFindings, type FindingRow } from '../../db/queries/analysis-snapshots'

// Rows per transaction. A transaction holds SQLite's one write lock, and a write of the request thread that
// waits for it blocks that thread's event loop, so none is long; the snapshot stays invisible to readers until
// it is completed, so its findings need not be written in one transaction.
const ROWS_PER_TRANSACTION = 1000

// A finding's position is its reading-order group (severity, then kind) times this, plus its place in the
// group: two threads that analyse disjoint kinds write their findings side by side, already in reading order.
const GROUP_SPAN = 2 ** 24

// Lets the event loop serve other requests (messages, on a worker) between two transactions.
const pause = () => new Promise<void>((resolve) => setImmediate(resolve))

// ",a,b," so that a LIKE '%,a,%' finds one value in the list.
const framed = (values: readonly (string | number)[]) => `,${values.join(',')},`

function rowOf(finding: Finding, position: number): FindingRow {
  const modules = finding.rows.modules ?? []
  const competencies = finding.rows.competencies ?? []
  const levels = new Set([...(finding.refs.levels ?? []), ...modules.map((m) => m.level)])
  const words = [finding.message, ...modules.flatMap((m) => [m.code, m.title]), ...competencies.flatMap((c) => [c.code, c.title])]
  return {
    position,
    kind: finding.kind,
    severity: finding.severity,
    fingerprint: finding.fingerprint,
    factsHash: finding.factsHash,
    levels: framed([...levels]),
    moduleIds: framed(finding.refs.moduleIds ?? []),
    competencyIds: framed(finding.refs.competencyIds ?? []),
    search: words.join(' ').toLowerCase(),
    body: JSON.stringify(finding),
  }
}

// Writes an analysis's findings, given in batches (each in the order its rule found them, as findingsInBatches
// gives them), into the snapshot, a transaction per batch; each batch's rows (and their JSON) are made only as
// it is written. Their counts.
export async function writeFindings(db: Db, snapshotId: number, batches: Iterable<readonly Finding[]>): Promise<FindingCounts> {
  const placed = new Map<number, number>()
  const counts: FindingCounts[] = []
  for (const findings of batches) {
    for (let at = 0; at < findings.length; at += ROWS_PER_TRANSACTION) {
      const rows = findings.slice(at, at + ROWS_PER_TRANSACTION).map((finding) => {
        const group = readingGroupOf(finding)
        const place = placed.get(group) ?? 0
        placed.set(group, place + 1)
        return rowOf(finding, group * GROUP_SPAN + place)
      })
      await db.transaction().execute((trx) => insertFindings(trx, snapshotId, rows))
      await pause()
    }
    counts.push(countFindings(findings))
  }
  return addCounts(counts)
}
