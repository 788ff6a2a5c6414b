// The printed road map's shaping: how many columns each stage takes, each job once with where it is reached, each
// contact once with what they help with, and the credentials in the order a person climbs.
import { describe, expect, it } from 'vitest'
import type { RoadMap } from '../../web/api'
import { credentialsInLadderOrder, handoutContacts, handoutJobs } from '../../web/lib/handout'
import { stageColumns } from '../../web/lib/road-map-input'

describe('stageColumns', () => {
  it("splits the demo's stage of six so no stage stands taller than three cards, in six columns", () => {
    expect(stageColumns([3, 6, 2, 3, 2], 6)).toEqual([1, 2, 1, 1, 1])
  })
  it('keeps one column a stage when no split fits, as for six stages of five', () => {
    expect(stageColumns([5, 5, 5, 5, 5, 5], 6)).toEqual([1, 1, 1, 1, 1, 1])
    expect(stageColumns([2, 2, 2, 2, 2, 2, 2, 2], 6)).toEqual([1, 1, 1, 1, 1, 1, 1, 1])
  })
  it('gives a single stage every column it can fill', () => {
    expect(stageColumns([4], 6)).toEqual([4])
    expect(stageColumns([], 6)).toEqual([])
  })
})

const job = (socCode: string, title: string) => ({ socCode, title, wage: null, projection: null, atFamilyWage: null })
const support = (fields: Partial<RoadMap['supports'][number]>) => ({
  id: 0, stage: null, kind: 'other', organisationId: null, organisationName: null, description: 'Help',
  contactName: null, contactEmail: null, contactPhone: null, contactNotes: null, ...fields,
})
const module = (id: number, code: string, occupations: ReturnType<typeof job>[] = []) => ({ id, code, occupations })
const credential = (id: number, title: string, moduleIds: number[], occupations: ReturnType<typeof job>[] = []) => ({ id, title, moduleIds, occupations })

const roadMap = {
  stages: [
    { stage: 1, modules: [module(1, 'ABE 095')] },
    { stage: 2, modules: [module(2, 'WFD 120', [job('51-9061', 'Inspectors')]), module(3, 'MFG 105', [job('51-4041', 'Machinists')])] },
    { stage: 3, modules: [module(4, 'MFG 220', [job('51-4041', 'Machinists')])] },
  ],
  credentials: [
    credential(10, 'Stacked only', []),
    credential(11, 'Machining Certificate', [3], [job('51-4041', 'Machinists'), job('17-3026', 'Technicians')]),
    credential(12, 'Badge', [1]),
  ],
  supports: [
    support({ kind: 'case_management', stage: 1, organisationName: 'Harbor', contactName: 'Maria Chen', contactPhone: '555-0117' }),
    support({ kind: 'child_care', stage: 1, organisationName: 'Harbor', contactName: 'Maria Chen', contactEmail: 'maria@example.org' }),
    support({ kind: 'financial_aid', organisationName: 'College', contactName: 'Aid office', contactNotes: 'Tuesdays' }),
  ],
  moduleSupports: [{ ...support({ kind: 'tutoring', organisationName: 'College', contactName: 'Learning commons' }), moduleId: 3 }],
} as unknown as RoadMap

describe('the handout', () => {
  it('names each job once, with the exits that lead to it and, failing those, its credentials', () => {
    expect(handoutJobs(roadMap).map(({ job: j, exits, credentials }) => [j.title, exits, credentials])).toEqual([
      ['Inspectors', ['WFD 120'], []],
      ['Machinists', ['MFG 105', 'MFG 220'], ['Machining Certificate']],
      ['Technicians', [], ['Machining Certificate']],
    ])
  })
  it('orders credentials by the earliest stage that earns them, those earned only by stacking last', () => {
    expect(credentialsInLadderOrder(roadMap).map((c) => c.title)).toEqual(['Badge', 'Machining Certificate', 'Stacked only'])
  })
  it('lists each contact once with every way to reach them and everything they help with', () => {
    expect(handoutContacts(roadMap)).toEqual([
      { name: 'Maria Chen', organisation: 'Harbor', phones: ['555-0117'], emails: ['maria@example.org'], notes: [], helps: ['Case management (stage 1)', 'Child care (stage 1)'] },
      { name: 'Aid office', organisation: 'College', phones: [], emails: [], notes: ['Tuesdays'], helps: ['Financial aid (whole pathway)'] },
      { name: 'Learning commons', organisation: 'College', phones: [], emails: [], notes: [], helps: ['Tutoring (MFG 105)'] },
    ])
  })
})
