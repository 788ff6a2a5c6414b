// The variables every request handler can read from c.var.
import type { Db } from '../db/connect'
import type { SessionUser } from '../services/auth/sessions'

export type AppConfig = {
  // A private instance shows nothing to people who are not signed in.
  private: boolean
}

export type AppEnv = { Variables: { db: Db; config: AppConfig; user?: SessionUser } }
