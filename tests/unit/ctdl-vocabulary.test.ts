// Rungs' credential kinds as concrete CTDL classes, and CTIDs made from uuids and roles.
import { describe, expect, it } from 'vitest'
import { ctidOf, derivedCtid } from '../../server/services/ctdl/ids'
import { credentialClass, credentialTypeUri, description } from '../../server/services/ctdl/vocabulary'

const CTID = /^ce-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('credential classes', () => {
  it.each([
    ['certificate', 'Production Technician Certificate', 'ceterms:Certificate'],
    ['certificate', 'Certificate of Completion of Apprenticeship: CNC Machinist', 'ceterms:ApprenticeshipCertificate'],
    ['certification', 'NIMS Machining Level I', 'ceterms:Certification'],
    ['license', 'Journeyworker Electrician', 'ceterms:License'],
    ['diploma', 'High School Equivalency Diploma (GED)', 'ceterms:SecondarySchoolDiploma'],
    ['diploma', 'Diploma in Welding', 'ceterms:Diploma'],
    ['badge', 'Manufacturing Readiness Badge', 'ceterms:DigitalBadge'],
    ['degree', 'Associate of Applied Science in Manufacturing Technology', 'ceterms:AssociateOfAppliedScienceDegree'],
    ['degree', 'AAS Mechatronics', 'ceterms:AssociateOfAppliedScienceDegree'],
    ['degree', 'Associate of Arts', 'ceterms:AssociateOfArtsDegree'],
    ['degree', 'Bachelor of Science in Engineering Technology', 'ceterms:BachelorOfScienceDegree'],
    ['degree', 'Bachelor of Applied Science', 'ceterms:BachelorDegree'],
    ['degree', 'Master of Engineering', 'ceterms:MasterDegree'],
    ['degree', 'Manufacturing Technology degree', 'ceterms:AssociateDegree'],
  ] as const)('maps a %s titled "%s" to %s', (kind, title, cls) => {
    expect(credentialClass({ kind, title })).toBe(cls)
  })

  it('names the class as a CredentialComponent’s credentialType', () => {
    expect(credentialTypeUri('ceterms:Certification')).toBe('https://purl.org/ctdl/terms/Certification')
  })
})

describe('CTIDs', () => {
  it('keeps a random uuid, and turns a name-based (v5) one into a stable v4-shaped CTID', () => {
    expect(ctidOf({ uuid: '3f2b8c1e-9d4a-4b7e-8c6f-1a2b3c4d5e6f' })).toBe('ce-3f2b8c1e-9d4a-4b7e-8c6f-1a2b3c4d5e6f')
    const v5 = ctidOf({ uuid: '6fa459ea-ee8a-5ca4-894e-db77e160355e' })
    expect(v5).toBe('ce-6fa459ea-ee8a-4ca4-894e-db77e160355e')
    expect(v5).toMatch(CTID)
  })

  it('prefers the CTID the row carries', () => {
    expect(ctidOf({ uuid: '6fa459ea-ee8a-5ca4-894e-db77e160355e', ctid: 'ce-00000000-0000-4000-8000-000000000000' })).toBe('ce-00000000-0000-4000-8000-000000000000')
  })

  it('derives the same CTID for the same owner and role, and another for another role', () => {
    const a = derivedCtid('ce-3f2b8c1e-9d4a-4b7e-8c6f-1a2b3c4d5e6f', 'stage', 1)
    expect(a).toMatch(CTID)
    expect(derivedCtid('ce-3f2b8c1e-9d4a-4b7e-8c6f-1a2b3c4d5e6f', 'stage', 1)).toBe(a)
    expect(derivedCtid('ce-3f2b8c1e-9d4a-4b7e-8c6f-1a2b3c4d5e6f', 'stage', 2)).not.toBe(a)
  })

  it('completes a description shorter than the 15 characters Credential Engine requires', () => {
    expect(description('Short.', 'A fallback that says enough.')).toBe('A fallback that says enough.')
    expect(description('  Long enough to stand alone.  ', 'unused')).toBe('Long enough to stand alone.')
  })
})
