import { describe, expect, it } from 'vitest'
import { findingsOf, pathway } from './builder'

describe('no_credential', () => {
  it('flags a module that leads to no credential', () => {
    const p = pathway()
    const bare = p.module('MFG-101')
    p.credential('OSHA-10', [p.module('SAFE-100')])
    const [finding, ...rest] = findingsOf(p, 'no_credential')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ key: `no_credential:m${bare}`, severity: 'warning', refs: { moduleIds: [bare], stages: [1] } })
    expect(finding!.message).toBe(
      'MFG-101 “Title of MFG-101” leads to no credential, so a student who stops after it has nothing to show for it.',
    )
  })

  it('is silent when every module leads to a credential', () => {
    const p = pathway()
    p.credential('Production Technician Certificate', [p.module('MFG-101'), p.module('MFG-102')])
    expect(findingsOf(p, 'no_credential')).toEqual([])
  })
})

// A two-rung ladder: OSHA-10 at stage 1, a certificate at stage 2 (the top).
function ladder() {
  const p = pathway()
  const safety = p.module('SAFE-100', { stage: 1 })
  const core = p.module('MFG-201', { stage: 2 })
  return { p, safety, core }
}

describe('dead_end_credential', () => {
  it('flags a credential that stacks into nothing and is not the top of the pathway', () => {
    const { p, safety, core } = ladder()
    const osha = p.credential('OSHA-10', [safety])
    p.credential('Production Technician Certificate', [core])
    const [finding, ...rest] = findingsOf(p, 'dead_end_credential')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ key: `dead_end_credential:k${osha}`, refs: { credentialIds: [osha], moduleIds: [safety] } })
    expect(finding!.message).toBe(
      '“OSHA-10”, earned through SAFE-100 “Title of SAFE-100”, stacks into no other credential and is not the top of the pathway, so it leads nowhere.',
    )
  })

  it('is silent for a credential that stacks on, and for the top one', () => {
    const { p, safety, core } = ladder()
    const top = p.credential('Production Technician Certificate', [core])
    p.credential('OSHA-10', [safety], [top])
    expect(findingsOf(p, 'dead_end_credential')).toEqual([])
  })

  it('takes the top from exit marks when there are any, and ignores credentials beyond the pathway', () => {
    const { p, core } = ladder()
    const exit = p.module('MFG-150', { stage: 1, isExit: true })
    p.credential('Machine Operator Certificate', [exit])
    const stranded = p.credential('Production Technician Certificate', [core])
    p.credential('AAS Manufacturing Technology', [999])
    expect(findingsOf(p, 'dead_end_credential').map((f) => f.refs.credentialIds)).toEqual([[stranded]])
  })
})
