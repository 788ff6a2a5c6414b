// SQL for framework crosswalks: the links and rejections already recorded between two frameworks' items, and the
// rejections reviewers add.
import type { Db } from '../connect'
import { now } from '../stamps'

type Pair = { fromId: number; toId: number }

// Every link between an item of `fromFramework` and one of `toFramework`, either way it was recorded, turned so
// that fromId is the `fromFramework` item.
export async function linksBetween(db: Db, fromFramework: number, toFramework: number) {
  const rows = await db
    .selectFrom('competency_links as l')
    .innerJoin('competencies as a', 'a.id', 'l.fromId')
    .innerJoin('competencies as b', 'b.id', 'l.toId')
    .select(['l.fromId', 'l.toId', 'l.relation', 'a.frameworkId as fromFramework'])
    .where((eb) =>
      eb.or([
        eb.and([eb('a.frameworkId', '=', fromFramework), eb('b.frameworkId', '=', toFramework)]),
        eb.and([eb('a.frameworkId', '=', toFramework), eb('b.frameworkId', '=', fromFramework)]),
      ]),
    )
    .execute()
  return rows.map((r) => (r.fromFramework === fromFramework ? { fromId: r.fromId, toId: r.toId, relation: r.relation } : { fromId: r.toId, toId: r.fromId, relation: r.relation }))
}

// Every rejected pair between the two frameworks' items, turned like linksBetween.
export async function rejectionsBetween(db: Db, fromFramework: number, toFramework: number): Promise<Pair[]> {
  const rows = await db
    .selectFrom('crosswalk_rejections as r')
    .innerJoin('competencies as a', 'a.id', 'r.fromId')
    .innerJoin('competencies as b', 'b.id', 'r.toId')
    .select(['r.fromId', 'r.toId', 'a.frameworkId as fromFramework'])
    .where((eb) =>
      eb.or([
        eb.and([eb('a.frameworkId', '=', fromFramework), eb('b.frameworkId', '=', toFramework)]),
        eb.and([eb('a.frameworkId', '=', toFramework), eb('b.frameworkId', '=', fromFramework)]),
      ]),
    )
    .execute()
  return rows.map((r) => (r.fromFramework === fromFramework ? { fromId: r.fromId, toId: r.toId } : { fromId: r.toId, toId: r.fromId }))
}

// Records rejected pairs (a pair rejected before stays as it was); returns the ids of the rows added.
export async function insertRejections(db: Db, pairs: readonly Pair[], userId: number | null): Promise<{ id: number; fromId: number; toId: number }[]> {
  if (!pairs.length) return []
  const rejectedAt = now()
  return db
    .insertInto('crosswalk_rejections')
    .values(pairs.map((p) => ({ fromId: p.fromId, toId: p.toId, rejectedBy: userId, rejectedAt })))
    .onConflict((oc) => oc.columns(['fromId', 'toId']).doNothing())
    .returning(['id', 'fromId', 'toId'])
    .execute()
}

// Forgets the rejection of these pairs, recorded either way (they are being accepted now).
export async function deleteRejections(db: Db, pairs: readonly Pair[]): Promise<void> {
  if (!pairs.length) return
  await db
    .deleteFrom('crosswalk_rejections')
    .where((eb) =>
      eb.or(
        pairs.flatMap((p) => [
          eb.and([eb('fromId', '=', p.fromId), eb('toId', '=', p.toId)]),
          eb.and([eb('fromId', '=', p.toId), eb('toId', '=', p.fromId)]),
        ]),
      ),
    )
    .execute()
}
