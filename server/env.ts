// process.env, parsed once with safe defaults.
import { z } from 'zod'
import { parseTrustedProxies } from './middleware/trusted-proxies'
import { POOL_ENV } from './services/analysis/pool-settings'
import { MATRIX_MAX_CELLS } from './services/export/limits'
import { MB, PACKAGE_MAX_BYTES } from './services/package/limits'
import { ANALYSIS_WAIT_BELOW_ROWS } from './services/analysis-cache/page'
import { CTDL_DEFAULTS, type CtdlConfig } from './services/ctdl/context'
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../shared/domain/outcomes/suppression'
import { DEFAULT_OUTCOME_RULES, type OutcomeRuleSettings } from './services/analysis/outcome-options'

// An unset or empty variable reads as undefined.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().or(z.literal('').transform(() => undefined))

const Env = z.object({
  RUNGS_DB: z.string().min(1).default('./data/rungs.db'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  // A private instance shows nothing to people who are not signed in.
  RUNGS_PRIVATE: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  // A crosswalk matrix page or workbook with more cells (competencies times modules) is refused with a 422.
  RUNGS_MATRIX_MAX_CELLS: z.coerce.number().int().min(1).default(MATRIX_MAX_CELLS),
  // Analysis worker threads (default cores − 1), analyses waiting beyond them before a 429, seconds before an
  // idle thread stops (services/analysis/pool-settings.ts).
  ...POOL_ENV,
  // A pathway package (POST /api/packages/preview and /commit) larger than this many megabytes is refused with 413.
  RUNGS_PACKAGE_MAX_MB: z.coerce.number().min(1).max(1024).default(PACKAGE_MAX_BYTES / MB),
  // An smtp:// or smtps:// URL (with user and password if the server asks) through which invitations are emailed.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must be an smtp:// or smtps:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  // The sender of those emails.
  SMTP_FROM: z.string().min(3).default('Rungs <rungs@localhost>'),
  // Outcome counts under this (and what would give them away) are shown as "fewer than" outside the data's organisation.
  RUNGS_OUTCOME_MIN_COUNT: z.coerce.number().int().min(1).max(1000).default(DEFAULT_SUPPRESSION_THRESHOLD),
  // The outcome findings: a leaky transition under this share of completers continuing, low completion under this
  // completion rate, an equity gap of more than these points, each judged with at least this many learners.
  RUNGS_OUTCOME_LEAKY_SHARE: z.coerce.number().min(0).max(1).default(DEFAULT_OUTCOME_RULES.leakyShare),
  RUNGS_OUTCOME_LOW_COMPLETION: z.coerce.number().min(0).max(1).default(DEFAULT_OUTCOME_RULES.lowCompletion),
  RUNGS_OUTCOME_GAP_POINTS: z.coerce.number().min(0).max(100).default(DEFAULT_OUTCOME_RULES.equityGapPoints),
  RUNGS_OUTCOME_MIN_LEARNERS: z.coerce.number().int().min(1).max(100000).default(DEFAULT_OUTCOME_RULES.minLearners),
  // A pathway whose analysis reads fewer rows is analysed again before its findings are served after a change;
  // a bigger one is served its last result, marked updating, while it is recomputed in the background.
  RUNGS_ANALYSIS_WAIT_ROWS: z.coerce.number().int().min(0).default(ANALYSIS_WAIT_BELOW_ROWS),
  // Reverse proxies whose X-Forwarded-For names the client: comma-separated addresses and CIDR ranges.
  RUNGS_TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((text, ctx) => {
      try {
        return parseTrustedProxies(text)
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message })
        return z.NEVER
      }
    }),
  // Credential Engine: the registry CTDL resources are addressed in, the Registry Assistant that publishes them, the
  // organisation's API key and its CTID (README, "CTDL and Credential Engine").
  CE_REGISTRY_URL: z.url({ protocol: /^https?$/ }).default(CTDL_DEFAULTS.registryUrl),
  CE_API_URL: optional(z.url({ protocol: /^https?$/, error: 'CE_API_URL must be an http(s) URL' })),
  CE_API_KEY: optional(z.string().trim().min(1)),
  CE_ORGANIZATION_CTID: optional(z.string().regex(/^ce-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'CE_ORGANIZATION_CTID must be "ce-" and a lowercase version-4 UUID')),
})
export type Env = z.infer<typeof Env>

// The Credential Engine settings of an environment.
export function ctdlConfigOf(env: Env): CtdlConfig {
  return { registryUrl: env.CE_REGISTRY_URL, apiUrl: env.CE_API_URL ?? null, apiKey: env.CE_API_KEY ?? null, organisationCtid: env.CE_ORGANIZATION_CTID ?? null }
}

// The outcome findings' settings of an environment.
export function outcomeRulesOf(env: Env): OutcomeRuleSettings {
  return { leakyShare: env.RUNGS_OUTCOME_LEAKY_SHARE, lowCompletion: env.RUNGS_OUTCOME_LOW_COMPLETION, equityGapPoints: env.RUNGS_OUTCOME_GAP_POINTS, minLearners: env.RUNGS_OUTCOME_MIN_LEARNERS }
}

// Reads the configuration from an environment (process.env by default); throws naming the bad variable.
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = Env.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`Invalid configuration: ${problems}`)
  }
  return parsed.data
}
