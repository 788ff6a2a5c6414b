// Every kind of finding offers at least one action, and the actions carry what the forms and editors need.
import { describe, expect, it } from 'vitest'
import { FINDING_KINDS, type FindingKind } from '../../shared/domain/analysis/types'
import { actionsOf, type PlannableFinding } from '../../web/components/analysis/finding-action-plan'
import { editorFocusOf, moduleEditHref } from '../../web/lib/module-editor-focus'
import { entryLevelBelow } from '../../web/lib/levels'

const cte = { id: 1, code: 'CTE 2100', title: 'Intro', level: 'secondary', stage: 1 }
const mfg = { id: 2, code: 'MFG 120', title: 'Milling', level: 'postsecondary', stage: 2 }
const rows = { modules: [cte, mfg], competencies: [{ id: 9, code: 'AM-MM-3', title: 'Mill a slot' }], credentials: [{ id: 5, title: 'NIMS I' }] }
const finding = (kind: FindingKind, refs: PlannableFinding['refs'] = {}, r: PlannableFinding['rows'] = rows): PlannableFinding => ({ kind, refs, rows: r })

describe('the actions findings offer', () => {
  it.each(FINDING_KINDS)('%s offers an action', (kind) => {
    expect(actionsOf(finding(kind, { stages: [1, 2], levels: ['E'] }), 'ladder').length).toBeGreaterThan(0)
  })

  it('offers the articulation between the two modules, and lowering the later one', () => {
    const [articulate, lower] = actionsOf(finding('duplicated_across_levels'), 'ladder')
    expect(articulate).toMatchObject({ type: 'articulate', label: 'Add an articulation between CTE 2100 and MFG 120', from: cte, to: mfg, permission: 'credential:write' })
    expect(lower).toEqual({ type: 'link', label: 'Lower AM-MM-3 to Reinforced in MFG 120', href: '/modules/2/edit?competency=9&depth=R', permission: 'module:write' })
  })

  it('raises a competency never mastered in the latest-stage module, and aligns a module to an uncovered one', () => {
    expect(actionsOf(finding('never_mastered'), 'ladder')[0]).toMatchObject({ label: 'Raise AM-MM-3 to Mastered in MFG 120', href: '/modules/2/edit?competency=9&depth=M' })
    expect(actionsOf(finding('out_of_order', { stages: [1, 2] }), 'ladder')[0]).toMatchObject({ label: 'Raise AM-MM-3 to Reinforced in MFG 120' })
    expect(actionsOf(finding('uncovered', {}, { competencies: rows.competencies }), 'ladder')[0]).toMatchObject({ type: 'align', label: 'Align a module to AM-MM-3', competency: { id: 9 } })
  })

  it('opens the bridge builder, the credential form and the module editor where each fix is made', () => {
    const href = (kind: FindingKind, refs = {}) => (actionsOf(finding(kind, refs), 'ladder')[0] as { href: string }).href
    expect(href('bridge_gap', { levels: ['E'] })).toBe('/bridges/new?target=1&reach=E')
    expect(href('dead_end_credential')).toBe('/credentials?edit=5')
    expect(href('no_credential')).toBe('/modules/1/edit?focus=credentials')
    const prerequisite = actionsOf(finding('out_of_order', { stages: [1, 2] }, { modules: [cte, mfg] }), 'ladder')
    expect(prerequisite.map((a) => a.label)).toEqual(['Move MFG 120 below CTE 2100 on the ladder', 'Edit the prerequisites of CTE 2100'])
    expect(prerequisite.map((a) => (a as { href: string }).href)).toEqual(['/pathways/ladder/edit#pathway-modules-heading', '/modules/1/edit?focus=prerequisites'])
  })
})

describe('the module editor opened at a place', () => {
  it('reads back what the address asks for, ignoring what is malformed', () => {
    const href = moduleEditHref(4, { competencyId: 9, depth: 'M' })
    expect(href).toBe('/modules/4/edit?competency=9&depth=M')
    expect(editorFocusOf(Object.fromEntries(new URLSearchParams(href.split('?')[1])))).toEqual({ competencyId: 9, depth: 'M', list: undefined })
    expect(editorFocusOf({ competency: 'x', depth: 'Z', focus: 'nothing' })).toEqual({ competencyId: undefined, depth: undefined, list: undefined })
  })
})

describe('the entry level below a basic-skill level', () => {
  const scales = {
    skillLevels: ['A', 'B', 'C', 'D', 'E'].map((code) => ({ code })),
    entryLevels: [{ code: 'ABE 3', skillLevel: 'C' }, { code: 'ABE 4', skillLevel: 'D' }, { code: 'ABE 5', skillLevel: 'E' }, { code: 'ESL 6', skillLevel: 'D' }],
  }
  it('is the highest one under it, the first scale first', () => {
    expect(entryLevelBelow(scales, 'E')).toBe('ABE 4')
    expect(entryLevelBelow(scales, 'C')).toBeUndefined()
    expect(entryLevelBelow(scales, 'Q')).toBeUndefined()
  })
})
