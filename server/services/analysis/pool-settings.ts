// How many analysis threads run, how many analyses may wait for one, and how soon an idle thread stops: from
// the environment (RUNGS_ANALYSIS_THREADS, RUNGS_ANALYSIS_QUEUE, RUNGS_ANALYSIS_IDLE_SECONDS), read by env.ts
// too so that a bad value stops the server at start, naming the variable.
import { availableParallelism } from 'node:os'
import { z } from 'zod'

export type PoolSettings = {
  // Analysis worker threads at most.
  threads: number
  // Analyses admitted to wait for a thread beyond those running; more are refused (429 with Retry-After).
  queue: number
  // A thread idle this long stops, so the memory of its last analysis returns to the system.
  idleMs: number
}

// One core stays free for the request thread, so requests are answered while every analysis thread works.
export const DEFAULT_THREADS = Math.max(1, availableParallelism() - 1)
export const DEFAULT_QUEUE = 4
export const DEFAULT_IDLE_SECONDS = 10

export const POOL_ENV = {
  RUNGS_ANALYSIS_THREADS: z.coerce.number().int().min(1).max(64).default(DEFAULT_THREADS),
  RUNGS_ANALYSIS_QUEUE: z.coerce.number().int().min(0).max(1000).default(DEFAULT_QUEUE),
  RUNGS_ANALYSIS_IDLE_SECONDS: z.coerce.number().min(0.1).max(86_400).default(DEFAULT_IDLE_SECONDS),
}

// The settings an environment asks for; throws naming the variable when one is not a valid number.
export function poolSettingsFrom(env: NodeJS.ProcessEnv): PoolSettings {
  const parsed = z.object(POOL_ENV).safeParse(env)
  if (!parsed.success) throw new Error(`Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  const { RUNGS_ANALYSIS_THREADS: threads, RUNGS_ANALYSIS_QUEUE: queue, RUNGS_ANALYSIS_IDLE_SECONDS: idle } = parsed.data
  return { threads, queue, idleMs: idle * 1000 }
}
