// The demo's synthetic learner outcomes: each module's profile (fixtures/demo/learner-outcomes.ts) turned into
// counts per term and subgroup, the same on every run (seeded), consistent as an import would demand (every
// breakdown adds up to the all-learners row, no count above the one it is a share of), written through the
// schema the API takes.
import type { DemoLearnerOutcomes, DemoOutcomeProfile, DemoSubgroup } from '../../../fixtures/demo/types'
import { seededRandom } from '../../../shared/domain/seeded-random'
import { OutcomeTermInput } from '../../../shared/schemas/outcomes'
import type { Db } from '../../db/connect'
import { replaceOutcomeTerm, type OutcomeRowToWrite } from '../../db/queries/outcome-counts'

type Counts = { enrolled: number; completed: number; credentialEarned: number; continued: number | null; employedQ2: number | null }

const between = (low: number, high: number, random: () => number) => low + (high - low) * random()
const share = (value: number) => Math.min(1, Math.max(0, value))
const dollars = (amount: number) => Math.round(amount / 10) * 10

// `total` units shared out in proportion to `weights`, none above its cap (the caps add up to at least the
// total): each unit goes to the value furthest below its proportional share, so the parts add up exactly.
// `carry` holds what earlier terms' rounding gave each value too little (or too much) and is settled here, so
// that over all terms a small group gets its share within one learner instead of drifting with the rounding.
export function apportion(total: number, weights: readonly number[], caps: readonly number[], carry: number[] = weights.map(() => 0)): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const ideal = weights.map((weight) => (sum > 0 ? (total * weight) / sum : 0))
  const parts = weights.map(() => 0)
  for (let unit = 0; unit < total; unit++) {
    let best = -1
    let bestDeficit = Number.NEGATIVE_INFINITY
    ideal.forEach((target, index) => {
      const deficit = target + carry[index]! - parts[index]!
      if (parts[index]! < caps[index]! && deficit > bestDeficit) [best, bestDeficit] = [index, deficit]
    })
    parts[best] = parts[best]! + 1
  }
  ideal.forEach((target, index) => (carry[index] = carry[index]! + target - parts[index]!))
  return parts
}

// Rounding carried from term to term, per breakdown and count.
class Carries {
  private readonly carries = new Map<string, number[]>()
  of(dimension: string, count: string, size: number): number[] {
    const key = `${dimension}|${count}`
    if (!this.carries.has(key)) this.carries.set(key, new Array<number>(size).fill(0))
    return this.carries.get(key)!
  }
}

// A string's 32-bit hash, so each module draws its own numbers whatever the order of the profiles.
function seedOf(text: string): number {
  let hash = 2166136261
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619)
  return hash >>> 0
}

// The all-learners counts of the `index`-th term: around the profile's rates, enrolment growing slowly.
function termCounts(profile: DemoOutcomeProfile, index: number, random: () => number): Counts {
  const enrolled = Math.round(profile.enrolled * (0.94 + 0.025 * index) * between(0.9, 1.1, random))
  const completed = Math.round(enrolled * share(profile.completion + between(-0.04, 0.04, random)))
  const credentialEarned = Math.round(completed * share(profile.credential + between(-0.03, 0.03, random)))
  const continued = profile.continuation === null ? null : Math.round(completed * share(profile.continuation + between(-0.04, 0.04, random)))
  const employedQ2 = profile.employment === null ? null : Math.round(enrolled * share(profile.employment + between(-0.04, 0.04, random)))
  return { enrolled, completed, credentialEarned, continued, employedQ2 }
}

// One dimension's rows: the all-learners counts shared out among its values by their shares and rates.
function breakdown(all: Counts, earnings: number | null, subgroup: DemoSubgroup, random: () => number, carries: Carries): OutcomeRowToWrite[] {
  const values = subgroup.values
  const carry = (count: string) => carries.of(subgroup.dimension, count, values.length)
  const enrolled = apportion(all.enrolled, values.map((v) => v.share * between(0.85, 1.15, random)), values.map(() => all.enrolled))
  const completed = apportion(all.completed, values.map((v, i) => enrolled[i]! * (v.completion ?? 1)), enrolled, carry('completed'))
  const credentialEarned = apportion(all.credentialEarned, values.map((v, i) => completed[i]! * (v.credential ?? 1)), completed, carry('credentialEarned'))
  const continued = all.continued === null ? null : apportion(all.continued, completed, completed, carry('continued'))
  const employedQ2 = all.employedQ2 === null ? null : apportion(all.employedQ2, enrolled, enrolled, carry('employedQ2'))
  return values.map((v, i) => {
    const employed = employedQ2?.[i] ?? null
    return {
      subgroupDimension: subgroup.dimension, subgroupValue: v.value,
      enrolled: enrolled[i]!, completed: completed[i]!, credentialEarned: credentialEarned[i]!, continued: continued?.[i] ?? null, employedQ2: employed,
      medianEarningsQ2: earnings !== null && employed ? dollars(earnings * between(0.92, 1.06, random)) : null,
    }
  })
}

// Every term's rows of one module: the all-learners row first, then each breakdown.
export function demoOutcomeTerms(outcomes: DemoLearnerOutcomes, profile: DemoOutcomeProfile): { term: string; rows: OutcomeRowToWrite[] }[] {
  const random = seededRandom(seedOf(profile.module))
  const carries = new Carries()
  return outcomes.terms.map((term, index) => {
    const all = termCounts(profile, index, random)
    const earnings = profile.earnings === null || !all.employedQ2 ? null : dollars(profile.earnings * (1 + 0.015 * index) * between(0.97, 1.03, random))
    const rows = [{ subgroupDimension: '', subgroupValue: '', ...all, medianEarningsQ2: earnings }, ...profile.subgroups.flatMap((s) => breakdown(all, earnings, s, random, carries))]
    return { term, rows: rows.map((row) => ({ ...row, source: outcomes.source })) }
  })
}

export type DemoOutcomeModule = { id: number; organisationId: number | null }

// Writes every profiled module's terms, owned by the module's organisation; returns how many rows it wrote.
export async function loadDemoOutcomes(db: Db, outcomes: DemoLearnerOutcomes, moduleOf: (code: string) => DemoOutcomeModule): Promise<number> {
  let written = 0
  for (const profile of outcomes.profiles) {
    const module = moduleOf(profile.module)
    for (const { term, rows } of demoOutcomeTerms(outcomes, profile)) {
      const input = OutcomeTermInput.parse({ rows })
      await replaceOutcomeTerm(db, module.id, term, module.organisationId, input.rows, null)
      written += input.rows.length
    }
  }
  return written
}
