// The variables every request handler can read from c.var.
import type { Db } from '../db/connect'

export type AppEnv = { Variables: { db: Db } }
