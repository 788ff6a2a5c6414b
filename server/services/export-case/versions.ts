// What differs between CASE 1.0 and 1.1 packages: fields 1.1 added (frameworkType, caseVersion, extensions, an
// item's subjects, an association's notes, a node link's targetType) and the back links and package link 1.1
// dropped. An export in one version leaves out what the other version alone has. 1.1 allows no field beyond its
// own but gives each object "extensions" for them: a publisher's own fields (OpenSALT's CFItemAssociationURI, say),
// which 1.0 let objects carry beside the spec's, move there.
import type { CaseVersion } from '../../../shared/schemas/case'
import { isObject, type Json } from '../import/case-extra'

export type { CaseVersion }

type Kind = 'CFDocument' | 'CFItem' | 'CFAssociation' | 'definition'

const ONLY_1_1: Record<Kind, string[]> = {
  CFDocument: ['frameworkType', 'caseVersion', 'extensions'],
  CFItem: ['subject', 'subjectURI', 'extensions'],
  CFAssociation: ['notes', 'extensions'],
  definition: ['extensions'],
}
const ONLY_1_0: Record<Kind, string[]> = { CFDocument: ['CFPackageURI'], CFItem: ['CFDocumentURI'], CFAssociation: ['CFDocumentURI'], definition: [] }

// The fields CASE 1.1 defines (definitions are kept as given).
const FIELDS_1_1: Record<Exclude<Kind, 'definition'>, Set<string>> = {
  CFDocument: new Set(['identifier', 'uri', 'frameworkType', 'caseVersion', 'creator', 'title', 'lastChangeDateTime', 'officialSourceURL', 'publisher', 'description', 'subject', 'subjectURI', 'language', 'version', 'adoptionStatus', 'statusStartDate', 'statusEndDate', 'licenseURI', 'notes', 'extensions']),
  CFItem: new Set(['identifier', 'fullStatement', 'alternativeLabel', 'CFItemType', 'uri', 'humanCodingScheme', 'listEnumeration', 'abbreviatedStatement', 'conceptKeywords', 'conceptKeywordsURI', 'notes', 'subject', 'subjectURI', 'language', 'educationLevel', 'CFItemTypeURI', 'licenseURI', 'statusStartDate', 'statusEndDate', 'lastChangeDateTime', 'extensions']),
  CFAssociation: new Set(['identifier', 'associationType', 'sequenceNumber', 'uri', 'originNodeURI', 'destinationNodeURI', 'CFAssociationGroupingURI', 'lastChangeDateTime', 'notes', 'extensions']),
}

// 1.1 dates are dates; 1.0 allowed a date and time.
const toDate = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value)
const withoutTargetType = (link: unknown) => {
  if (!isObject(link)) return link
  const { targetType: _dropped, ...rest } = link
  return rest
}

// The object with the fields of the other version left out, and the few values whose type changed converted.
export function forVersion(kind: Kind, object: Json, version: CaseVersion): Json {
  // CASE has no null values (1.0 tolerated a few): a null says no more than a missing field.
  const out: Json = Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null))
  for (const field of (version === '1.0' ? ONLY_1_1 : ONLY_1_0)[kind]) delete out[field]
  if (version === '1.1') {
    if (kind !== 'definition') moveToExtensions(out, FIELDS_1_1[kind])
    for (const field of ['statusStartDate', 'statusEndDate']) if (out[field] !== undefined) out[field] = toDate(out[field])
    // 1.0 allowed one education level as text and null for no keywords.
    if (typeof out.educationLevel === 'string') out.educationLevel = out.educationLevel.split(',')
    for (const field of ['conceptKeywords', 'conceptKeywordsURI']) if (out[field] === null) delete out[field]
    if (kind === 'CFDocument') {
      if (typeof out.subject === 'string') out.subject = [out.subject]
      out.caseVersion = '1.1'
    }
  } else if (kind === 'CFAssociation') {
    for (const field of ['originNodeURI', 'destinationNodeURI']) out[field] = withoutTargetType(out[field])
  }
  return out
}

// Moves the fields 1.1 does not define into the object's extensions.
function moveToExtensions(out: Json, known: ReadonlySet<string>) {
  const own = Object.keys(out).filter((field) => !known.has(field))
  if (!own.length) return
  const extensions: Json = isObject(out.extensions) ? { ...out.extensions } : {}
  for (const field of own) {
    extensions[field] = out[field]
    delete out[field]
  }
  out.extensions = extensions
}
