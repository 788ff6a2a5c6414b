// What a CASE package holds beyond Rungs' columns, kept as JSON beside the rows (case_extra) so an export writes
// it back: the whole CFDocument, CFItem and CFAssociation objects as given (less what is rebuilt on every export),
// the CFDefinitions and CFRubrics, and the associations Rungs has no link for. The readers derive Rungs' columns
// from these objects with the functions below; an export compares the columns with what they derive from the kept
// object, so a field edited in Rungs since the import is written from its column and every other field as given.
import type { CompetencyKind, FrameworkStatus } from '../../../shared/domain/vocabulary'

export type Json = Record<string, unknown>

// Rebuilt by every export (addresses, timestamps), so not kept. A back link to the document (CFDocumentURI) is kept
// for its presence only: an export writes it, pointing at the framework, where the file had one.
const REBUILT = ['uri', 'lastChangeDateTime']

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
export const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null)

// A CASE object less the fields every export rebuilds and its identifier (a column of its own).
export function keptFields(raw: Json): Json {
  const kept: Json = {}
  for (const [key, value] of Object.entries(raw)) if (!REBUILT.includes(key) && key !== 'identifier') kept[key] = value
  return kept
}

// The framework's: its CFDocument, the package's definitions, rubrics and extensions, and the associations that
// became no Rungs link (types Rungs lacks, links to items it does not hold, second parents, repeats).
export type FrameworkExtra = { document: Json; definitions?: unknown; rubrics?: unknown; extensions?: unknown; associations: Json[]; sheet?: Record<string, string> }

// A competency's: its CFItem, the isChildOf association that placed it (null: it had none), the kind and the
// position among its siblings the import gave it (so an export knows whether they were changed since), and the
// OpenSALT workbook columns that are no CASE field.
export type ItemExtra = { item: Json; childOf: Json | null; kind: CompetencyKind; position?: number; sheet?: Record<string, string> }

// A link's: its CFAssociation as given.
export type LinkExtra = { association: Json }

// The framework columns a CFDocument gives.
export function documentColumns(doc: Json) {
  return {
    status: frameworkStatusOf(text(doc.adoptionStatus)),
    title: text(doc.title) ?? '',
    publisher: text(doc.publisher) ?? text(doc.creator),
    version: text(doc.version),
    source: text(doc.officialSourceURL),
    license: isObject(doc.licenseURI) ? text(doc.licenseURI.title) : null,
    description: text(doc.description),
  }
}

// The status a CFDocument's adoptionStatus (free text in CASE) means in Rungs' terms; none when it says nothing.
export function frameworkStatusOf(adoptionStatus: string | null): FrameworkStatus | undefined {
  if (!adoptionStatus) return undefined
  if (/deprecat|retire|withdrawn|superseded|archiv/i.test(adoptionStatus)) return 'deprecated'
  if (/draft|review|proposed|pending/i.test(adoptionStatus)) return 'draft'
  return 'adopted'
}

// The level column an educationLevel gives: the levels joined when short enough, else the first and last.
export function levelColumn(value: unknown): string | null {
  const levels = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []).map(text).filter((l): l is string => !!l)
  if (!levels.length) return null
  const joined = levels.join(',')
  return joined.length <= 20 ? joined : `${levels[0]}-${levels[levels.length - 1]}`
}

// The item type a CFItem names, by its text or its link's title.
export const itemTypeText = (item: Json): string | null => text(item.CFItemType) ?? (isObject(item.CFItemTypeURI) ? text(item.CFItemTypeURI.title) : null)

// Parses a case_extra column; a value that is not what Rungs wrote is treated as none.
export function parseExtra<T>(value: string | null | undefined): T | null {
  if (!value) return null
  try {
    const parsed: unknown = JSON.parse(value)
    return isObject(parsed) ? (parsed as T) : null
  } catch {
    return null
  }
}
