// Identity and time for new rows.
import { randomUUID } from 'node:crypto'

// The current instant as ISO-8601 UTC, the format of every timestamp column.
export const now = (): string => new Date().toISOString()

// A fresh stable identifier for rows that leave the system (exports keep it, re-imports match on it).
export const newUuid = (): string => randomUUID()

// 0/1 flags in the database, booleans everywhere else.
export const toFlag = (value: boolean): number => (value ? 1 : 0)
export const fromFlag = (value: number | boolean): boolean => value === 1 || value === true
