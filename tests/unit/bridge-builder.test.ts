// The bridge builder's pure rules: what targets need, what an entry level already meets, the order of the
// list, coverage by a bridge's alignments, and the starting outline.
import { describe, expect, it } from 'vitest'
import type { BridgeCompetency } from '../../shared/domain/bridges/catalogue'
import { coverageOf, reachOf } from '../../shared/domain/bridges/coverage'
import { groupBySubject, needsAboveEntry, needsOf, type Requirement } from '../../shared/domain/bridges/needs'
import { lessonOutline, pairedOutcome } from '../../shared/domain/bridges/outline'
import { textOf } from '../../shared/schemas/rich-text'
import { checkRichText } from '../../server/services/rich-text'

const LEVELS = ['A', 'B', 'C', 'D', 'E']

let nextId = 1
const item = (code: string, fields: Partial<BridgeCompetency> = {}): BridgeCompetency => ({
  id: nextId++,
  frameworkId: 1,
  parentId: null,
  code,
  statement: `Statement of ${code}`,
  level: null,
  subject: null,
  ...fields,
})

// A basic-skills framework (math area with a level-C decimals standard and a level-D child; reading) and
// occupational items (an area with two tasks, one of which inherits its area's requirement).
const math = item('M', { subject: 'math' })
const decimals = item('M.6.NS.3', { parentId: math.id, level: 'C' })
const decimalsDeep = item('M.6.NS.3.a', { parentId: decimals.id, level: 'D' })
const ratio = item('M.6.RP.3', { parentId: math.id, level: 'D' })
const reading = item('R.1', { subject: 'reading', level: 'C' })
const loose = item('X.1')
const quality = item('QM')
const micrometer = item('QM-4', { parentId: quality.id })
const caliper = item('QM-3', { parentId: quality.id })
const sds = item('SAF-3')
const catalogue = new Map([math, decimals, decimalsDeep, ratio, reading, loose, quality, micrometer, caliper, sds].map((c) => [c.id, c]))

const requires = (from: BridgeCompetency, to: BridgeCompetency, minLevel: string | null = null): Requirement => ({ fromId: from.id, toId: to.id, minLevel })

describe('needsOf', () => {
  const requirements = [requires(micrometer, decimals, 'C'), requires(quality, ratio), requires(caliper, decimals, 'D'), requires(sds, reading), requires(sds, loose)]
  const needs = needsOf({ alignedIds: [micrometer.id, caliper.id, sds.id], requirements, catalogue, levels: LEVELS })
  const need = (skill: BridgeCompetency) => needs.find((n) => n.skill.id === skill.id)!

  it('takes the highest level asked for and every competency that needs the skill', () => {
    expect(need(decimals)).toMatchObject({ requiredLevel: 'D', subject: 'math', neededBy: [{ code: 'QM-4' }, { code: 'QM-3' }] })
  })

  it('follows requirements of an ancestor, and inherits the level and subject of the skill', () => {
    expect(need(ratio)).toMatchObject({ requiredLevel: 'D', subject: 'math', skill: { level: 'D' } })
    expect(need(ratio).neededBy.map((c) => c.code)).toEqual(['QM-4', 'QM-3'])
  })

  it('keeps a skill with no level or subject', () => {
    expect(need(loose)).toMatchObject({ requiredLevel: null, subject: null })
  })

  it('needs nothing for competencies that are not aligned', () => {
    expect(needsOf({ alignedIds: [caliper.id], requirements: [requires(micrometer, decimals)], catalogue, levels: LEVELS })).toEqual([])
  })

  it('lists what is needed at or above the level the entry works at, and needs with no stated level', () => {
    const { listed, metAtEntry } = needsAboveEntry(needs, LEVELS, 'D')
    expect(listed.map((n) => n.skill.code).sort()).toEqual(['M.6.NS.3', 'M.6.RP.3', 'X.1'])
    expect(metAtEntry).toBe(1)
    expect(needsAboveEntry(needs, LEVELS, 'E').listed.map((n) => n.skill.code)).toEqual(['X.1'])
  })

  it('groups by subject in the fixed order, unsorted last, most needed first', () => {
    const groups = groupBySubject(needs)
    expect(groups.map((g) => g.subject)).toEqual(['reading', 'math', null])
    expect(groups[1]!.needs.map((n) => `${n.skill.code}×${n.neededBy.length}`)).toEqual(['M.6.NS.3×2', 'M.6.RP.3×2'])
    expect(groups[1]!.needs[0]!.neededBy.map((c) => c.code)).toEqual(['QM-3', 'QM-4'])
  })
})

describe('coverageOf', () => {
  const needs = needsOf({ alignedIds: [micrometer.id, sds.id], requirements: [requires(micrometer, decimals, 'D'), requires(sds, reading), requires(sds, loose)], catalogue, levels: LEVELS })
  const covered = (alignedIds: number[]) =>
    Object.fromEntries(coverageOf(needs, reachOf(catalogue, alignedIds, LEVELS), LEVELS).map((i) => [i.skill.code, i.covered]))

  it('covers a skill aligned at the required level, or through a descendant at that level', () => {
    expect(covered([decimalsDeep.id, reading.id, loose.id])).toEqual({ 'M.6.NS.3': true, 'R.1': true, 'X.1': true })
  })

  it('does not cover a skill reached below the required level, or not aligned at all', () => {
    expect(covered([decimals.id])).toEqual({ 'M.6.NS.3': false, 'R.1': false, 'X.1': false })
  })

  it('says at which level the bridge reaches the skill', () => {
    const items = coverageOf(needs, reachOf(catalogue, [decimals.id], LEVELS), LEVELS)
    expect(items.find((i) => i.skill.code === 'M.6.NS.3')).toMatchObject({ covered: false, reachedLevel: 'C', requiredLevel: 'D' })
  })
})

describe('lessonOutline', () => {
  const needs = needsOf({ alignedIds: [micrometer.id, sds.id], requirements: [requires(micrometer, decimals, 'C'), requires(sds, reading)], catalogue, levels: LEVELS })
  const plan = {
    targets: [{ id: 99, code: 'IET 101', title: 'Production Technician I', kind: 'integrated' as const, level: 'adult' as const }],
    entryLevel: { code: 'ABE 3', label: 'Low Intermediate Basic Education', skillLevel: 'C' },
    groups: groupBySubject(needs),
  }

  it('is a document the editor accepts, naming each skill in its occupational context', () => {
    const doc = lessonOutline(plan)
    expect(() => checkRichText(doc)).not.toThrow()
    const text = textOf(doc)
    expect(text).toContain('For adults entering at ABE 3 (Low Intermediate Basic Education), preparing them for IET 101 Production Technician I.')
    expect(text).toMatch(/Reading\nR\.1 Statement of R\.1 \(level C\)\nIn the context of: SAF-3 Statement of SAF-3\nMathematics\n/)
  })

  it('pairs a skill with the tasks that need it in one outcome', () => {
    const doc = pairedOutcome(needs.find((n) => n.skill.code === 'M.6.NS.3')!)
    expect(() => checkRichText(doc)).not.toThrow()
    expect(textOf(doc)).toBe('Statement of M.6.NS.3, applied to: QM-4 Statement of QM-4')
  })
})
