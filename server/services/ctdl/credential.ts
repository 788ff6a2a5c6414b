// A Rungs credential as its concrete CTDL credential class (ceterms:Certificate, ceterms:Certification, ...).
import type { CtdlContext } from './context'
import { ctidOf, derivedCtid } from './ids'
import { ACTIVE_CREDENTIAL, credentialClass, CTDL_CONTEXT, description, LANGUAGE, occupationType, text, type CtdlDocument } from './vocabulary'

export type CredentialSource = {
  id: number
  uuid: string
  ctid: string | null
  title: string
  kind: 'certificate' | 'certification' | 'license' | 'diploma' | 'degree' | 'badge'
  issuer: string | null
  description: string | null
  organisationUuid: string | null
  occupations: { socCode: string; title: string }[]
  // The registry addresses of the courses that lead to it.
  courses: string[]
}

const KIND_WORDS: Record<CredentialSource['kind'], string> = {
  certificate: 'certificate',
  certification: 'industry certification',
  license: 'licence',
  diploma: 'diploma',
  degree: 'degree',
  badge: 'digital badge',
}

// The credential's CTDL graph. A credential with an issuer is owned by that issuer, named by a blank-node
// reference in the same graph (as the Registry Assistant writes organisations it has no CTID for); one without is
// owned by the Rungs organisation that keeps it.
export function credentialDocument(credential: CredentialSource, ctx: CtdlContext): CtdlDocument {
  const ctid = ctidOf(credential)
  const issuer = credential.issuer?.trim()
  const issuerNode = issuer
    ? { '@id': `_:${derivedCtid('issuer', issuer).slice(3)}`, '@type': 'ceterms:CredentialOrganization', 'ceterms:name': text(issuer) }
    : null
  const fallback = `${credential.title}: a ${KIND_WORDS[credential.kind]}${issuer ? ` issued by ${issuer}` : ''}.`
  const node: Record<string, unknown> = {
    '@id': ctx.resource(ctid),
    '@type': credentialClass(credential),
    'ceterms:ctid': ctid,
    'ceterms:name': text(credential.title.trim()),
    'ceterms:description': text(description(credential.description, fallback)),
    'ceterms:ownedBy': [issuerNode ? issuerNode['@id'] : ctx.ownerOf(credential)],
    'ceterms:subjectWebpage': `${ctx.origin}/credentials#credential-${credential.id}`,
    'ceterms:inLanguage': [LANGUAGE],
    'ceterms:credentialStatusType': ACTIVE_CREDENTIAL,
  }
  if (credential.occupations.length) node['ceterms:occupationType'] = credential.occupations.map((o) => occupationType(o.socCode, o.title))
  if (credential.courses.length) {
    node['ceterms:requires'] = [
      {
        '@type': 'ceterms:ConditionProfile',
        'ceterms:name': text('Courses'),
        'ceterms:description': text('Complete the courses that lead to this credential.'),
        'ceterms:targetLearningOpportunity': credential.courses,
      },
    ]
  }
  return { '@context': CTDL_CONTEXT, '@id': ctx.graph(ctid), '@graph': issuerNode ? [node, issuerNode] : [node] }
}
