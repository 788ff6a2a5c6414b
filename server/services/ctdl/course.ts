// A Rungs module as a CTDL ceterms:Course that teaches the competencies it is aligned to.
import { textOf, type RichTextDoc } from '../../../shared/schemas/rich-text'
import type { CtdlContext } from './context'
import { ctidOf } from './ids'
import { ACTIVE_LIFE_CYCLE, CTDL_CONTEXT, description, LANGUAGE, text, type CtdlDocument } from './vocabulary'

export type CourseSource = {
  id: number
  code: string
  title: string
  level: string
  kind: string
  clockHours: number | null
  credits: number | null
  description: RichTextDoc
  // The competencies of the module and of its outcomes.
  competencyIds: number[]
  identity: { uuid: string; ctid: string | null; organisationUuid: string | null }
}

export type CompetencyIdentity = { id: number; uuid: string; frameworkId: number; ctid: string | null; code: string; statement: string; frameworkUuid: string; frameworkCtid: string | null; frameworkTitle: string }

const LEVELS: Record<string, string> = { secondary: 'secondary (high-school CTE)', adult: 'adult education', postsecondary: 'postsecondary', apprenticeship: 'apprenticeship' }

// "40 clock hours, 3 credits" or what of it is known.
export function sizeOf(module: Pick<CourseSource, 'clockHours' | 'credits'>): string {
  const parts = [module.clockHours !== null ? `${module.clockHours} clock hours` : null, module.credits !== null ? `${module.credits} credits` : null]
  return parts.filter(Boolean).join(', ')
}

// An alignment of a course to a competency of a CTDL-ASN framework.
export function teachesAlignment(c: CompetencyIdentity, ctx: CtdlContext) {
  return {
    '@type': 'ceterms:CredentialAlignmentObject',
    'ceterms:framework': ctx.resource(ctidOf({ uuid: c.frameworkUuid, ctid: c.frameworkCtid })),
    'ceterms:frameworkName': text(c.frameworkTitle),
    'ceterms:targetNode': ctx.resource(ctidOf(c)),
    'ceterms:targetNodeName': text(c.statement),
    'ceterms:codedNotation': c.code,
  }
}

// The course's CTDL graph. Its description is the module's (a short one is completed with its level and size).
export function courseDocument(module: CourseSource, competencies: ReadonlyMap<number, CompetencyIdentity>, ctx: CtdlContext): CtdlDocument {
  const ctid = ctidOf(module.identity)
  const size = sizeOf(module)
  const fallback = `${module.title}: a ${LEVELS[module.level] ?? module.level} ${module.kind} module${size ? ` of ${size}` : ''}.`
  const taught = [...new Set(module.competencyIds)].flatMap((id) => (competencies.has(id) ? [competencies.get(id)!] : []))
  const node: Record<string, unknown> = {
    '@id': ctx.resource(ctid),
    '@type': 'ceterms:Course',
    'ceterms:ctid': ctid,
    'ceterms:name': text(module.title.trim()),
    'ceterms:description': text(description(textOf(module.description), fallback)),
    'ceterms:codedNotation': module.code,
    'ceterms:inLanguage': [LANGUAGE],
    'ceterms:ownedBy': [ctx.ownerOf(module.identity)],
    'ceterms:subjectWebpage': `${ctx.origin}/modules/${module.id}`,
    'ceterms:lifeCycleStatusType': ACTIVE_LIFE_CYCLE,
  }
  if (taught.length) node['ceterms:teaches'] = taught.map((c) => teachesAlignment(c, ctx))
  return { '@context': CTDL_CONTEXT, '@id': ctx.graph(ctid), '@graph': [node] }
}
