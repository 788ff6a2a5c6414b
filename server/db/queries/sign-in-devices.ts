// SQL for the devices people have signed in from (the device cookie's SHA-256 and its person).
import type { Db } from '../connect'

// The person a device token was issued to, or undefined when the token is unknown.
export async function findDeviceOwner(db: Db, tokenHash: string): Promise<number | undefined> {
  const row = await db.selectFrom('sign_in_devices').select('userId').where('tokenHash', '=', tokenHash).executeTakeFirst()
  return row?.userId
}

// Records a device for a person, or notes that it was used again.
export async function saveDevice(db: Db, tokenHash: string, userId: number, at: string): Promise<void> {
  await db
    .insertInto('sign_in_devices')
    .values({ tokenHash, userId, createdAt: at, lastUsedAt: at })
    .onConflict((oc) => oc.column('tokenHash').doUpdateSet({ lastUsedAt: at }))
    .execute()
}

// Forgets devices not used since this moment (the background tidy-up).
export async function deleteDevicesUnusedSince(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('sign_in_devices').where('lastUsedAt', '<', before).executeTakeFirst()
  return Number(result.numDeletedRows)
}
