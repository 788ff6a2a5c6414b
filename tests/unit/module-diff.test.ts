import { describe, expect, it } from 'vitest'
import { diffModuleSnapshots, type ModuleSnapshot } from '../../shared/domain/module-diff'

const base: ModuleSnapshot = {
  code: 'MFG-110',
  title: 'Precision Measurement',
  level: 'adult',
  kind: 'occupational',
  clockHours: 40,
  credits: null,
  entryLevel: 'ABE 4',
  status: 'draft',
  description: { type: 'doc', content: [] },
  descriptionText: '',
  outcomes: [
    { id: 1, text: 'Read a micrometer', alignments: [{ competencyId: 10, code: 'AM-QM-2', depth: 'R', assessed: false }] },
    { id: 2, text: 'Use a caliper', alignments: [] },
  ],
  alignments: [{ competencyId: 11, code: 'AM-QM-1', depth: 'I', assessed: false }],
  prerequisites: [{ id: 5, code: 'MFG-100' }],
  credentials: [{ id: 7, title: 'OSHA 10-Hour' }],
}

describe('diffModuleSnapshots', () => {
  it('finds nothing between identical revisions', () => {
    expect(diffModuleSnapshots(base, structuredClone(base))).toEqual([])
  })

  it('does not count the empty title a chip gains on its next save as a change, but counts a real title', () => {
    const withChip = (attrs: Record<string, unknown>): ModuleSnapshot => ({
      ...base,
      description: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'competencyRef', attrs: { competencyId: 10, code: 'AM-QM-2', ...attrs } }] }] },
    })
    expect(diffModuleSnapshots(withChip({}), withChip({ title: '' }))).toEqual([])
    expect(diffModuleSnapshots(withChip({}), withChip({ title: 'Measure with a steel rule' })).map((c) => c.section)).toEqual(['description'])
  })

  it('reports fields, outcomes, alignments at both levels, prerequisites and credentials', () => {
    const after: ModuleSnapshot = {
      ...structuredClone(base),
      clockHours: 48,
      delivery: ['evening', 'hybrid'],
      outcomes: [
        { id: 1, text: 'Read a micrometer to 0.001 in', alignments: [{ competencyId: 10, code: 'AM-QM-2', depth: 'M', assessed: true }] },
        { id: 3, text: 'Inspect a part against a drawing', alignments: [] },
      ],
      alignments: [],
      prerequisites: [],
      credentials: [{ id: 7, title: 'OSHA 10-Hour' }, { id: 8, title: 'Production Technician Certificate' }],
    }
    const changes = diffModuleSnapshots(base, after)
    expect(changes).toEqual([
      { section: 'field', change: 'changed', label: 'Clock hours', before: '40', after: '48' },
      { section: 'field', change: 'changed', label: 'Schedule options', before: '(none)', after: 'Evening, Hybrid' },
      { section: 'outcome', change: 'changed', label: 'Read a micrometer to 0.001 in', before: 'Read a micrometer', after: 'Read a micrometer to 0.001 in' },
      { section: 'outcome', change: 'removed', label: 'Use a caliper', before: 'Use a caliper' },
      { section: 'outcome', change: 'added', label: 'Inspect a part against a drawing', after: 'Inspect a part against a drawing' },
      { section: 'alignment', change: 'removed', label: 'AM-QM-1 at I (module)', before: 'AM-QM-1 at I' },
      {
        section: 'alignment',
        change: 'changed',
        label: 'AM-QM-2 at M, assessed (outcome "Read a micrometer to 0.001 in")',
        before: 'AM-QM-2 at R',
        after: 'AM-QM-2 at M, assessed',
      },
      { section: 'prerequisite', change: 'removed', label: 'MFG-100', before: 'MFG-100' },
      { section: 'credential', change: 'added', label: 'Production Technician Certificate', after: 'Production Technician Certificate' },
    ])
  })
})
