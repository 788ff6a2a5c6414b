// SQL for sign-in sessions and failed sign-in attempts.
import type { Db } from '../connect'

export type SessionRow = { id: string; userId: number; createdAt: string; lastSeenAt: string; expiresAt: string }

// Stores a new session.
export async function insertSession(db: Db, session: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(session).execute()
}

// The live session with this id and its person, or undefined when unknown, expired or the person is disabled.
export function findLiveSession(db: Db, id: string, at: string) {
  return db
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
    .where('sessions.id', '=', id)
    .where('sessions.expiresAt', '>', at)
    .where('users.disabled', '=', 0)
    .executeTakeFirst()
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

// Removes expired sessions and old failures; cheap enough to run on each sign-in.
export async function pruneExpired(db: Db, at: string, failuresBefore: string): Promise<void> {
  await db.deleteFrom('sessions').where('expiresAt', '<=', at).execute()
  await db.deleteFrom('login_failures').where('at', '<', failuresBefore).execute()
}

// Records a failed sign-in for each subject (an account and an address).
export async function insertLoginFailures(db: Db, subjects: string[], at: string): Promise<void> {
  await db.insertInto('login_failures').values(subjects.map((subject) => ({ subject, at }))).execute()
}

// The number of failures per subject since a moment.
export async function countLoginFailures(db: Db, subjects: string[], since: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('login_failures')
    .select(['subject', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('subject', 'in', subjects)
    .where('at', '>=', since)
    .groupBy('subject')
    .execute()
  return new Map(rows.map((r) => [r.subject, Number(r.n)]))
}

// Forgets the failures of an account after a successful sign-in.
export async function clearLoginFailures(db: Db, subject: string): Promise<void> {
  await db.deleteFrom('login_failures').where('subject', '=', subject).execute()
}
