// The pathway package ("rungsPackage": "1.0"): one JSON document holding a whole pathway, so it can move between
// Rungs instances and scripts can write one. Rows refer to each other by code or uuid, never by row id; frameworks
// by their CASE identifier, optionally with the CASE CFPackage embedded for an instance that lacks them.
// The JSON Schema shared/package/rungs-package.schema.json is generated from this file (npm run package:schema).
import { z } from 'zod'
import { ARTICULATION_KINDS, CREDENTIAL_KINDS, DELIVERY_FORMATS, DEPTHS, FUNDING_SOURCES, LEVELS, MODULE_KINDS, SUPPORT_KINDS } from '../domain/vocabulary'
import { Line, OptionalLine, Text, Whole } from '../schemas/common'
import { FamilyWage, SocCode, SocCodes } from '../schemas/labor'
import { Occupation, Slug } from '../schemas/pathway'
import { RichText } from '../schemas/rich-text'
import { CostToStudent, DurationWeeks } from '../schemas/supports'

export const PACKAGE_VERSION = '1.0'

const Uuid = z.string().regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'must be a UUID')
// A module named by its code or its uuid: a module of this package first, else one already in the instance.
const ModuleRef = Line(80).describe('A module code or uuid')
// Rich text as Tiptap JSON, or plain text (each line a paragraph).
const Content = z.union([Text(20_000).min(1), RichText]).describe('Plain text or Tiptap JSON')

const Alignment = z.strictObject({
  // The CASE identifier of a framework listed in `frameworks`.
  framework: Uuid,
  // The competency's CASE identifier, or its code (which must then be unique in the framework).
  competency: Line(80),
  depth: z.enum(DEPTHS),
  assessed: z.boolean().optional(),
})

const Support = z.strictObject({
  kind: z.enum(SUPPORT_KINDS),
  description: Line(1000),
  // The partner organisation that provides it, by name.
  provider: OptionalLine(200),
  contactName: OptionalLine(200),
  contactEmail: OptionalLine(254),
  contactPhone: OptionalLine(40),
  contactNotes: OptionalLine(1000),
})

const Outcome = z.strictObject({
  uuid: Uuid.optional(),
  content: Content,
  alignments: z.array(Alignment).max(200).optional(),
})

export const PackageModule = z.strictObject({
  uuid: Uuid.optional(),
  code: Line(40),
  title: Line(),
  level: z.enum(LEVELS),
  kind: z.enum(MODULE_KINDS),
  clockHours: Whole(0).max(5000).nullish(),
  credits: z.number().min(0).max(200).nullish(),
  entryLevel: OptionalLine(40),
  teamTaughtShare: Whole(0).max(100).nullish(),
  durationWeeks: DurationWeeks.nullish(),
  costToStudent: CostToStudent.nullish(),
  // How the module is scheduled (evening, weekend, online…).
  delivery: z.array(z.enum(DELIVERY_FORMATS)).max(DELIVERY_FORMATS.length).optional(),
  description: Content.optional(),
  outcomes: z.array(Outcome).max(200).optional(),
  // Alignments of the module as a whole (not of one outcome).
  alignments: z.array(Alignment).max(500).optional(),
  prerequisites: z.array(ModuleRef).max(100).optional(),
  // Credential uuids (of `credentials`, or already in the instance) the module leads to.
  credentials: z.array(Uuid).max(50).optional(),
  // The modules a bridge or integrated module prepares its learners for.
  prepares: z.array(ModuleRef).max(50).optional(),
  supports: z.array(Support).max(30).optional(),
  funding: z.array(z.strictObject({ source: z.enum(FUNDING_SOURCES), notes: OptionalLine(1000) })).max(FUNDING_SOURCES.length).optional(),
})
export type PackageModule = z.infer<typeof PackageModule>

export const PackageCredential = z.strictObject({
  uuid: Uuid,
  title: Line(),
  kind: z.enum(CREDENTIAL_KINDS),
  issuer: OptionalLine(),
  industryRecognised: z.boolean().optional(),
  description: OptionalLine(4000),
  // Uuids of the credentials this one stacks into.
  stacksInto: z.array(Uuid).max(50).optional(),
  occupations: SocCodes.optional(),
})
export type PackageCredential = z.infer<typeof PackageCredential>

export const PackageArticulation = z.strictObject({
  // Exactly one source: a module or a credential.
  fromModule: ModuleRef.optional(),
  fromCredential: Uuid.optional(),
  toModule: ModuleRef,
  kind: z.enum(ARTICULATION_KINDS),
  credits: z.number().min(0).max(200).nullish(),
  description: OptionalLine(2000),
})
export type PackageArticulation = z.infer<typeof PackageArticulation>

export const PackageFramework = z.strictObject({
  identifier: Uuid,
  title: Line(),
  // The framework as a CASE CFPackage, imported when the instance lacks it.
  case: z.looseObject({ CFDocument: z.looseObject({ identifier: Uuid }), CFItems: z.array(z.unknown()).optional() }).optional(),
})
export type PackageFramework = z.infer<typeof PackageFramework>

const Placement = z.strictObject({
  module: ModuleRef,
  entry: z.boolean().optional(),
  exit: z.boolean().optional(),
  // The jobs an exit point leads to.
  occupations: z.array(SocCode).max(20).optional(),
})

export const PackagePathway = z.strictObject({
  uuid: Uuid.optional(),
  slug: Slug,
  title: Line(),
  sector: Line(),
  description: OptionalLine(4000),
  ...FamilyWage.shape,
  occupations: z.array(Occupation).max(50).optional(),
  // CASE identifiers of the frameworks the pathway is built on.
  frameworks: z.array(Uuid).max(20).optional(),
  // The ladder: each stage's modules in order.
  stages: z.array(z.strictObject({ stage: Whole(1).max(20), modules: z.array(Placement).max(20_000) })).max(20).optional(),
  // Supports of the whole pathway, or of one stage when `stage` is set.
  supports: z.array(Support.extend({ stage: Whole(1).max(20).nullish() })).max(100).optional(),
})
export type PackagePathway = z.infer<typeof PackagePathway>

export const RungsPackage = z.strictObject({
  rungsPackage: z.literal(PACKAGE_VERSION),
  pathway: PackagePathway,
  frameworks: z.array(PackageFramework).max(50).optional(),
  credentials: z.array(PackageCredential).max(5_000).optional(),
  modules: z.array(PackageModule).max(50_000).optional(),
  articulations: z.array(PackageArticulation).max(50_000).optional(),
})
export type RungsPackage = z.infer<typeof RungsPackage>
// A package as written (optional lines may be left out), e.g. by a script.
export type PackageDocument = z.input<typeof RungsPackage>

// What a preview or commit says: each row it would create, update or leave, and the problems by JSON path.
export type PackageProblem = { severity: 'error' | 'warning'; path: string; message: string }
export type PackageCounts = { create: number; update: number; unchanged: number }
export type PackageSummary = {
  pathway: { slug: string; title: string; action: 'create' | 'update' | 'unchanged' }
  frameworks: { imported: number; present: number }
  modules: PackageCounts
  credentials: PackageCounts
  articulations: PackageCounts
  problems: PackageProblem[]
  ok: boolean
}
