// Occupations (SOC 2018), their wages and projections, and a partnership's local wages.
import { z } from 'zod'
import { Id, Line, Page, QueryWhole, SearchText, Text, Whole } from './common'
import { uploadForm, type ImportProblem } from './import'

// A 2018 SOC detailed code such as 51-4041.
export const SocCode = Text(7).regex(/^\d{2}-\d{4}$/, 'A SOC code looks like 51-4041')
export const SocParam = z.object({ soc: SocCode })
export const OccupationQuery = Page.extend({ q: SearchText() })

// The occupations named at one place (an exit, a credential): distinct SOC codes, in the order shown.
export const SocCodes = z.array(SocCode).max(20)

// Wages above this are refused as typing slips (no occupation's median is near it); annual figures the same per 2,080 hours.
export const MAX_HOURLY_WAGE = 500
// Full-time hours in a year, as BLS turns hourly wages into annual ones.
export const HOURS_A_YEAR = 2080
export const MAX_ANNUAL_WAGE = MAX_HOURLY_WAGE * HOURS_A_YEAR

const Hourly = z.number().min(0, 'must not be negative').max(MAX_HOURLY_WAGE, `must be at most $${MAX_HOURLY_WAGE} an hour`)
const Annual = z.number().min(0, 'must not be negative').max(MAX_ANNUAL_WAGE, `must be at most $${MAX_ANNUAL_WAGE.toLocaleString('en-US')} a year`)

const LocalWageFields = z.object({
  socCode: SocCode,
  region: Line(120),
  source: Line(120),
  year: Whole(1990).max(2100, 'must be at most 2100'),
  hourlyMedian: Hourly.nullish(),
  annualMedian: Annual.nullish(),
  hourlyP25: Hourly.nullish(),
  hourlyP75: Hourly.nullish(),
  annualP25: Annual.nullish(),
  annualP75: Annual.nullish(),
})
const someMedian = (w: { hourlyMedian?: number | null; annualMedian?: number | null }) => w.hourlyMedian != null || w.annualMedian != null
const medianMessage = { message: 'Give an hourly or an annual median wage', path: ['hourlyMedian'] }

// An admin names the organisation the wages are for; everyone else enters them for their own.
export const LocalWageInput = LocalWageFields.extend({ organisationId: Id.optional() }).refine(someMedian, medianMessage)
export type LocalWageInput = z.infer<typeof LocalWageInput>
export const LocalWagePatch = LocalWageFields.partial()
export type LocalWagePatch = z.infer<typeof LocalWagePatch>
export const LocalWageQuery = Page.extend({ socCode: SocCode.optional(), organisationId: QueryWhole(1).optional() })

// The CSV upload of local wages; a commit names the hash its preview answered, so a different file is refused.
export const LocalWageImportForm = uploadForm(
  z.object({ expectedHash: z.string().regex(/^[0-9a-f]{64}$/).optional(), organisationId: Id.optional() }),
  'Attach the CSV file of local wages as "file"',
)

// What a local-wage import would write (preview) or wrote (commit): new rows and rows it replaces (same
// occupation, region, source and year), and every problem located by row and column.
export type LocalWageImportSummary = {
  fileHash: string
  rows: number
  create: number
  replace: number
  problems: ImportProblem[]
  ok: boolean
}

// The hourly wage a pathway calls family-sustaining for its region and where the figure comes from (e.g. "MIT
// Living Wage Calculator, 1 adult 1 child"), with the region and year it is for; null clears a field, an omitted
// field is left as it is.
export const FamilyWage = z.object({
  familyWageHourly: Hourly.nullish(),
  familyWageSource: Text(300).nullish(),
  familyWageRegion: Text(120).nullish(),
  familyWageYear: Whole(1990).max(2100, 'must be at most 2100').nullish(),
})
