// CASE 1.0 / 1.1 packages (CFDocument, CFItems, CFAssociations, CFDefinitions) into the common shape. Real files
// vary, so known deviations are read with a warning; anything that cannot be understood is an error naming
// where it is (a JSON path, or a sheet row for OpenSALT workbooks, through `at`).
import type { LinkRelation } from '../../../shared/domain/vocabulary'
import type { ImportFormat } from '../../../shared/schemas/import'
import { documentColumns, isObject, itemTypeText, keptFields, levelColumn, text, type Json } from './case-extra'
import { generateCodes } from './generated-codes'
import { jsonErrorOffset } from './json-locate'
import { kindFromText } from './kinds'
import { LIMITS } from './limits'
import { Unreadable, type ParsedFramework, type ParsedItem, type ParsedLink, type Problems, type Where } from './model'

export type Locate = (collection: 'CFDocument' | 'CFItems' | 'CFAssociations', index: number, field?: string) => Where

// CASE association types kept as competency links, and the relation each becomes.
export const LINKED: Record<string, LinkRelation> = { exactMatchOf: 'equivalent', isRelatedTo: 'related', isPeerOf: 'related', isPartOf: 'related', precedes: 'precedes' }
// CASE types Rungs has no link for: kept with the framework for CASE exports only. CASE 1.1 also allows
// extension types ("ext:…").
const NOT_LINKED = new Set(['replacedBy', 'exemplar', 'hasSkillLevel', 'isTranslationOf'])
// The association grouping that marks an exported Rungs "requires" link (CASE has no such type).
export const REQUIRES_GROUPING = 'requires'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const jsonPath: Locate = (collection, index, field) => ({ path: collection === 'CFDocument' ? `CFDocument${field ? `.${field}` : ''}` : `${collection}[${index}]${field ? `.${field}` : ''}` })

// Parses JSON text, naming the line and column of a syntax error.
export function parseJson(source: string): unknown {
  try {
    return JSON.parse(source)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const before = source.slice(0, jsonErrorOffset(source)).split('\n')
    const where = ` at line ${before.length}, column ${before[before.length - 1]!.length + 1}`
    throw new Unreadable(`The file is not valid JSON${where}: ${message}`, { row: before.length })
  }
}

function levelOf(item: Json, at: Where, once: (key: string, message: string, where: Where) => void): string | null {
  if (item.educationLevel === undefined && item.educationalLevel !== undefined) {
    once('educationalLevel', 'educationalLevel was read as educationLevel (a common misspelling)', at)
    return levelColumn(item.educationalLevel)
  }
  return levelColumn(item.educationLevel)
}

// The item as kept for export, its tolerated misspelling corrected.
function keptItem(raw: Json): Json {
  const { educationalLevel, ...kept } = keptFields(raw)
  if (kept.educationLevel === undefined && educationalLevel !== undefined) {
    kept.educationLevel = Array.isArray(educationalLevel) ? educationalLevel : String(educationalLevel).split(',').map((l) => l.trim())
  }
  return kept
}

// Reads a CASE package object; `format` says which reader the caller is (case JSON or an OpenSALT workbook).
export function readCasePackage(pkg: unknown, problems: Problems, format: ImportFormat = 'case', at: Locate = jsonPath): ParsedFramework {
  if (!isObject(pkg) || !isObject(pkg.CFDocument)) throw new Unreadable('This is not a CASE package: it has no CFDocument object', { path: 'CFDocument' })
  const warned = new Set<string>()
  const once = (key: string, message: string, where: Where) => {
    if (!warned.has(key)) problems.warning(message, where)
    warned.add(key)
  }
  const doc = pkg.CFDocument
  const docId = text(doc.identifier)?.toLowerCase() ?? null
  if (!docId || !UUID.test(docId)) problems.error('CFDocument.identifier must be a UUID', at('CFDocument', 0, 'identifier'))
  const document = keptFields(doc)
  if (typeof doc.CFPackageURI === 'string') {
    problems.warning('CFPackageURI given as a plain string, not a link object; ignored', at('CFDocument', 0, 'CFPackageURI'))
    delete document.CFPackageURI
  }
  const title = text(doc.title)
  if (!title) problems.error('CFDocument.title is missing', at('CFDocument', 0, 'title'))
  if (pkg.CFDefinitions === undefined && format === 'case') problems.warning('CFDefinitions is missing; item types were read from each CFItemType')
  for (const key of ['CFItems', 'CFAssociations'] as const) {
    if (pkg[key] !== undefined && !Array.isArray(pkg[key])) problems.error(`${key} must be an array`, { path: key })
  }
  const rawItems = Array.isArray(pkg.CFItems) ? pkg.CFItems : []
  const rawLinks = Array.isArray(pkg.CFAssociations) ? pkg.CFAssociations : []
  if (rawItems.length > LIMITS.rows) throw new Unreadable(`The package has ${rawItems.length} items, over the limit of ${LIMITS.rows}`)

  const items: ParsedItem[] = []
  const untyped = new Set<ParsedItem>()
  rawItems.forEach((raw, i) => {
    if (!isObject(raw)) return problems.error('An item must be an object', at('CFItems', i))
    const uuid = text(raw.identifier)?.toLowerCase()
    if (!uuid || !UUID.test(uuid)) return problems.error('identifier must be a UUID', at('CFItems', i, 'identifier'))
    const statement = text(raw.fullStatement)
    if (!statement) problems.error('fullStatement is missing or empty', at('CFItems', i, 'fullStatement'))
    const typeText = itemTypeText(raw)
    const kind = kindFromText(typeText)
    if (typeText && !kind) once(`type:${typeText}`, `CFItemType "${typeText}" is not a Rungs kind; its items became areas or competencies by their place in the tree`, at('CFItems', i, 'CFItemType'))
    const item: ParsedItem = {
      key: uuid, uuid, code: text(raw.humanCodingScheme) ?? '', statement: statement ?? '', kind: kind ?? 'competency',
      level: levelOf(raw, at('CFItems', i, 'educationalLevel'), once), parentKey: null, sequence: null, where: at('CFItems', i),
      extra: { item: keptItem(raw), childOf: null, kind: kind ?? 'competency' },
    }
    if (!kind) untyped.add(item)
    items.push(item)
  })
  const generated = generateCodes(items)
  if (generated) once('code', `${generated.count} items without a humanCodingScheme were given codes from their identifiers (first: ${generated.first.code}); they are marked as made up and not exported`, generated.first.where)

  const byKey = new Map(items.map((item) => [item.key, item]))
  const links: ParsedLink[] = []
  // Associations Rungs keeps no link for, written back by CASE exports.
  const unlinked: Json[] = []
  const placed = new Set<string>()
  rawLinks.forEach((raw, i) => {
    if (!isObject(raw)) return problems.error('An association must be an object', at('CFAssociations', i))
    const type = text(raw.associationType)
    const origin = isObject(raw.originNodeURI) ? text(raw.originNodeURI.identifier)?.toLowerCase() : undefined
    const destination = isObject(raw.destinationNodeURI) ? text(raw.destinationNodeURI.identifier)?.toLowerCase() : undefined
    if (!origin) return problems.error('originNodeURI.identifier is missing', at('CFAssociations', i, 'originNodeURI'))
    if (!destination) return problems.error('destinationNodeURI.identifier is missing', at('CFAssociations', i, 'destinationNodeURI'))
    const where = at('CFAssociations', i, 'associationType')
    const kept: Json = { ...keptFields(raw), ...(text(raw.identifier) ? { identifier: text(raw.identifier)!.toLowerCase() } : {}) }
    if (type === 'isChildOf') {
      const child = byKey.get(origin)
      if (!child) {
        unlinked.push(kept)
        return problems.warning(`isChildOf from ${origin}, which is not an item of this package, is kept for CASE exports only`, at('CFAssociations', i, 'originNodeURI'))
      }
      if (destination !== docId && !byKey.has(destination)) {
        return problems.error(`The parent ${destination} of ${child.code} is neither the document nor an item of this package`, at('CFAssociations', i, 'destinationNodeURI'))
      }
      if (placed.has(origin)) {
        unlinked.push(kept)
        return problems.warning(`${child.code} has a second parent; Rungs places it under the first and keeps the second for CASE exports`, where)
      }
      placed.add(origin)
      child.parentKey = destination === docId ? null : destination
      child.sequence = sequenceOf(raw.sequenceNumber, at('CFAssociations', i, 'sequenceNumber'), problems, once)
      // Kept with the sequence number as read (a number, even when the file gave text).
      const { sequenceNumber: _given, ...association } = kept
      child.extra!.childOf = child.sequence === null ? association : { ...association, sequenceNumber: child.sequence }
      return
    }
    if (type && LINKED[type]) {
      const grouping = isObject(raw.CFAssociationGroupingURI) ? text(raw.CFAssociationGroupingURI.title) : null
      const relation = type === 'isRelatedTo' && grouping === REQUIRES_GROUPING ? 'requires' : LINKED[type]!
      return void links.push({ fromKey: origin, toKey: destination, relation, where, extra: { association: kept } })
    }
    if (type && (NOT_LINKED.has(type) || /^ext:[a-zA-Z0-9.\-_]+$/.test(type))) {
      unlinked.push(kept)
      return once(`type:${type}`, `${type} associations are kept for CASE exports only: Rungs has no such link`, where)
    }
    problems.error(`Unknown association type "${type ?? ''}"`, where)
  })
  const parents = new Set(items.map((i) => i.parentKey))
  for (const item of untyped) if (parents.has(item.key)) item.kind = item.extra!.kind = 'area'

  return {
    format,
    framework: { uuid: docId, ...documentColumns(doc), title: title ?? '', kind: null },
    items,
    links,
    extra: {
      document,
      associations: unlinked,
      ...(pkg.CFDefinitions !== undefined ? { definitions: pkg.CFDefinitions } : {}),
      ...(pkg.CFRubrics !== undefined ? { rubrics: pkg.CFRubrics } : {}),
      ...(pkg.extensions !== undefined ? { extensions: pkg.extensions } : {}),
    },
  }
}

function sequenceOf(value: unknown, where: Where, problems: Problems, once: (key: string, message: string, where: Where) => void): number | null {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'number' && Number.isFinite(value)) return value
  // Only text is converted: turning a nested list into a number would recurse through it.
  const number = typeof value === 'string' ? Number(value) : NaN
  if (Number.isFinite(number)) {
    once('sequence', 'sequenceNumber given as a string; read as a number', where)
    return number
  }
  problems.warning(`sequenceNumber ${typeof value === 'object' ? 'given as an object or list' : JSON.stringify(value)} is not a number; file order kept`, where)
  return null
}
