// Leases on recomputing a stored analysis (analysis_leases): one replica at a time recomputes a pathway's analysis
// for a scope; a lease expires, so a replica that died while holding it does not block the others for long.
import type { Db } from '../connect'

// Takes the lease when nobody holds it or it has expired; true when this owner now holds it.
export async function takeLease(db: Db, key: { pathwayId: number; scope: string }, owner: string, now: string, until: string): Promise<boolean> {
  await db.insertInto('analysis_leases').values({ ...key, owner: null, until: null }).onConflict((oc) => oc.columns(['pathwayId', 'scope']).doNothing()).execute()
  const taken = await db
    .updateTable('analysis_leases')
    .set({ owner, until })
    .where('pathwayId', '=', key.pathwayId)
    .where('scope', '=', key.scope)
    .where((eb) => eb.or([eb('until', 'is', null), eb('until', '<', now)]))
    .executeTakeFirst()
  return Number(taken.numUpdatedRows) === 1
}

// Gives the lease back, counting the computation when one was stored.
export async function releaseLease(db: Db, key: { pathwayId: number; scope: string }, owner: string, computed: boolean): Promise<void> {
  await db
    .updateTable('analysis_leases')
    .set((eb) => ({ owner: null, until: null, computations: computed ? eb('computations', '+', 1) : eb.ref('computations') }))
    .where('pathwayId', '=', key.pathwayId)
    .where('scope', '=', key.scope)
    .where('owner', '=', owner)
    .execute()
}

// Whether someone holds an unexpired lease on it.
export async function leaseHeld(db: Db, key: { pathwayId: number; scope: string }, now: string): Promise<boolean> {
  const row = await db.selectFrom('analysis_leases').select('until').where('pathwayId', '=', key.pathwayId).where('scope', '=', key.scope).executeTakeFirst()
  return !!row?.until && row.until >= now
}
