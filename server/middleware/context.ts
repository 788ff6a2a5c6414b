// The variables every request handler can read from c.var.
import type { Db } from '../db/connect'
import type { SessionUser } from '../services/auth/sessions'
import type { TokenScope } from '../../shared/schemas/api-tokens'
import type { CtdlConfig } from '../services/ctdl/context'
import type { SignInLimits } from '../services/auth/throttle'
import type { ImportRunner } from '../services/import/job-runner'
import type { SearchLimits } from '../services/search-limit'
import type { Mail } from '../services/validation/mail'
import type { TokenLimits } from './api-token'
import type { OutcomeRuleSettings } from '../services/analysis/outcome-options'

export type AppConfig = {
  // A private instance shows nothing to people who are not signed in.
  private: boolean
  // Reverse proxies (addresses, CIDR ranges) whose X-Forwarded-For names the client (RUNGS_TRUSTED_PROXIES).
  trustedProxies: readonly string[]
  // The sign-in throttling limits (services/auth/throttle.ts; tests use smaller ones).
  signInLimits: SignInLimits
  // The limit of searches by people who are not signed in (services/search-limit.ts; tests use smaller ones).
  searchLimits: SearchLimits
  // A framework file larger than this is committed as an import job (202), off the request; smaller ones at once.
  importJobAboveBytes: number
  // A crosswalk matrix page or workbook with more cells than this is refused (services/export/bounds.ts).
  matrixMaxCells: number
  // Requests per window one API token may make (middleware/api-token.ts; tests use smaller ones).
  tokenLimits: TokenLimits
  // The largest pathway package a preview or commit accepts (RUNGS_PACKAGE_MAX_MB).
  packageMaxBytes: number
  // Sends invitation emails (SMTP_URL); null when unset, and then links are copied by hand.
  mail: Mail | null
  // A pathway whose analysis reads fewer rows is analysed again before its findings are served when its data
  // changed; a bigger one is served its last result while it is recomputed (services/analysis-cache/page.ts).
  analysisWaitBelowRows: number
  // Outcome counts under this are shown as "fewer than" to readers outside the data's organisation (RUNGS_OUTCOME_MIN_COUNT).
  outcomeMinCount: number
  // The thresholds of the outcome findings (RUNGS_OUTCOME_LEAKY_SHARE, _LOW_COMPLETION, _GAP_POINTS, _MIN_LEARNERS).
  outcomeFindings: OutcomeRuleSettings
  // Credential Engine: where CTDL resources are addressed and where and as whom they are published.
  ctdl: CtdlConfig
}

export type AppEnv = { Variables: { db: Db; config: AppConfig; user?: SessionUser; imports: ImportRunner; apiToken?: { id: number; scope: TokenScope } } }
