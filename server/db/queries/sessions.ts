// SQL for sign-in sessions.
import type { Db } from '../connect'
import { prepared } from '../prepared'

export type SessionRow = { id: string; userId: number; createdAt: string; lastSeenAt: string; expiresAt: string }

// Stores a new session.
export async function insertSession(db: Db, session: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(session).execute()
}

// The live session with this id and its person, or undefined when unknown, expired or the person is disabled.
// Asked on every request of a signed-in person, so compiled once (db/prepared.ts).
const liveSession = prepared((db, p: { id: string; at: string }) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select([
      'sessions.id',
      'sessions.createdAt',
      'sessions.lastSeenAt',
      'sessions.expiresAt',
      'users.id as userId',
      'users.email',
      'users.name',
      'users.role',
      'users.organisationId',
    ])
    .where('sessions.id', '=', p.id)
    .where('sessions.expiresAt', '>', p.at)
    .where((eb) => eb('users.disabled', '=', eb.lit(0))),
)

export async function findLiveSession(db: Db, id: string, at: string) {
  return (await liveSession(db, { id, at }))[0]
}

// Moves a session's expiry forward after activity.
export async function touchSession(db: Db, id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt, expiresAt }).where('id', '=', id).execute()
}

// Ends one session.
export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute()
}

// Ends every session of a person (on disabling or a password change).
export async function deleteSessionsOfUser(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('userId', '=', userId).execute()
}

// Removes the sessions that expired before this moment (the background tidy-up).
export async function deleteExpiredSessions(db: Db, at: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expiresAt', '<=', at).executeTakeFirst()
  return Number(result.numDeletedRows)
}
