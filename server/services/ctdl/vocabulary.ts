// The CTDL terms the export writes for Rungs' own vocabularies: credential kinds as concrete CTDL classes, the
// life-cycle and credential status alignments Credential Engine requires, language maps.
import type { CredentialRow } from '../../db/database'

export const LANGUAGE = 'en-US'
export const CTDL_CONTEXT = 'https://credreg.net/ctdl/schema/context/json'
export const CTDLASN_CONTEXT = 'https://credreg.net/ctdlasn/schema/context/json'

// A CTDL language map of one English text.
export const text = (value: string) => ({ [LANGUAGE]: value })

// A CTDL document: the graph's address and its nodes, the first one the resource itself.
export type CtdlDocument = { '@context': string; '@id': string; '@graph': Record<string, unknown>[] }

const alignment = (framework: string, frameworkName: string, targetNode: string, targetNodeName: string) => ({
  '@type': 'ceterms:CredentialAlignmentObject',
  'ceterms:framework': framework,
  'ceterms:frameworkName': text(frameworkName),
  'ceterms:targetNode': targetNode,
  'ceterms:targetNodeName': text(targetNodeName),
})

// Required on courses (and kept on pathways): Rungs exports what it offers today.
export const ACTIVE_LIFE_CYCLE = alignment('https://credreg.net/ctdl/terms/LifeCycleStatus', 'Life Cycle Status', 'lifeCycle:Active', 'Active')

// Required on credentials.
export const ACTIVE_CREDENTIAL = alignment('https://credreg.net/ctdl/terms/CredentialStatus', 'Credential Status', 'credentialStat:Active', 'Active')

// A target occupation by its SOC 2018 code.
export const occupationType = (socCode: string, title: string) => ({
  '@type': 'ceterms:CredentialAlignmentObject',
  'ceterms:framework': 'https://www.bls.gov/soc/2018/',
  'ceterms:frameworkName': text('Standard Occupational Classification 2018'),
  'ceterms:codedNotation': socCode,
  'ceterms:targetNodeName': text(title),
})

// Degree levels named in a degree's title; CTDL has no publishable "degree" of no level.
const DEGREE_LEVELS: [RegExp, string][] = [
  [/\bassociate of applied science|\ba\.?a\.?s\.?(\s|$)/i, 'ceterms:AssociateOfAppliedScienceDegree'],
  [/\bassociate of arts|\ba\.a\.(\s|$)/i, 'ceterms:AssociateOfArtsDegree'],
  [/\bassociate of science|\ba\.s\.(\s|$)/i, 'ceterms:AssociateOfScienceDegree'],
  [/\bdoctor|\bdoctoral\b|\bph\.?\s?d\b/i, 'ceterms:DoctoralDegree'],
  [/\bmaster\b|\bm\.s\.|\bm\.a\.|\bmba\b/i, 'ceterms:MasterDegree'],
  [/\bbachelor of science\b|\bb\.s\.(\s|$)/i, 'ceterms:BachelorOfScienceDegree'],
  [/\bbachelor of arts\b|\bb\.a\.(\s|$)/i, 'ceterms:BachelorOfArtsDegree'],
  [/\bbachelor|\bbaccalaureate\b/i, 'ceterms:BachelorDegree'],
]

// The concrete CTDL class of a Rungs credential. A degree is an associate degree (the career-pathway degree of
// community colleges) unless its title names a higher level; an apprenticeship certificate is recognised by title.
export function credentialClass(credential: Pick<CredentialRow, 'kind' | 'title'>): string {
  switch (credential.kind) {
    case 'certificate':
      return /apprentice/i.test(credential.title) ? 'ceterms:ApprenticeshipCertificate' : 'ceterms:Certificate'
    case 'certification':
      return 'ceterms:Certification'
    case 'license':
      return 'ceterms:License'
    case 'diploma':
      return /high school|secondary|ged|hiset|equivalen/i.test(credential.title) ? 'ceterms:SecondarySchoolDiploma' : 'ceterms:Diploma'
    case 'badge':
      return 'ceterms:DigitalBadge'
    case 'degree':
      return DEGREE_LEVELS.find(([pattern]) => pattern.test(credential.title))?.[1] ?? 'ceterms:AssociateDegree'
  }
}

// The class's address as ceterms:credentialType of a CredentialComponent names it.
export const credentialTypeUri = (cls: string) => `https://purl.org/ctdl/terms/${cls.replace(/^ceterms:/, '')}`

// Credential Engine refuses descriptions shorter than 15 characters: a short or missing one is completed from
// what the row says about itself.
export function description(own: string | null | undefined, fallback: string): string {
  const trimmed = (own ?? '').trim()
  return trimmed.length >= 15 ? trimmed : fallback
}
