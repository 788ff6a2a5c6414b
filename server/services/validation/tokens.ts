// Invitation links: a random token shown once, of which only the SHA-256 is stored.
import { createHash, randomBytes } from 'node:crypto'

// A new unguessable token (256 random bits, base64url).
export const newToken = (): string => randomBytes(32).toString('base64url')

// The stored form of a token.
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

// The path of the reviewer page for a token, relative to the site.
export const reviewPath = (token: string): string => `/review/${token}`
