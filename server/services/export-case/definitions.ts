// CFDefinitions of an exported package: those the imported package gave, as given, and a definition for each item
// type, licence and association grouping Rungs itself names (links whose identifier Rungs derived from the title).
import { isObject, text, type Json } from '../import/case-extra'
import { nameUuid } from './ids'
import { stamp, type DocumentRow, type Target } from './shapes'
import { forVersion } from './versions'

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const KEYS = ['CFConcepts', 'CFSubjects', 'CFLicenses', 'CFItemTypes', 'CFAssociationGroupings'] as const
type Key = (typeof KEYS)[number]

// The links of a package that may name a definition, by the definitions' key and the kind Rungs names them with.
const REFERENCES: { key: Key; kind: string; links: (pkg: PackageParts) => unknown[] }[] = [
  { key: 'CFItemTypes', kind: 'type', links: (pkg) => pkg.items.map((i) => i.CFItemTypeURI) },
  { key: 'CFLicenses', kind: 'license', links: (pkg) => [pkg.document.licenseURI, ...pkg.items.map((i) => i.licenseURI)] },
  { key: 'CFAssociationGroupings', kind: 'grouping', links: (pkg) => pkg.associations.map((a) => a.CFAssociationGroupingURI) },
]

type PackageParts = { document: Json; items: Json[]; associations: Json[] }

function made(key: Key, title: string, identifier: string, uri: string, at: string): Json {
  const base = { identifier, uri, title, lastChangeDateTime: at }
  if (key === 'CFItemTypes') return { ...base, description: title, hierarchyCode: title.toLowerCase(), typeCode: title }
  if (key === 'CFLicenses') return { ...base, licenseText: title }
  return base
}

// The package's CFDefinitions: `kept` is the imported package's CFDefinitions (or undefined).
export function caseDefinitions(kept: unknown, pkg: PackageParts, doc: DocumentRow, { uris, version }: Target) {
  const given = isObject(kept) ? kept : {}
  const out: Partial<Record<Key, Json[]>> = {}
  for (const key of KEYS) {
    if (!Array.isArray(given[key])) continue
    out[key] = given[key].filter(isObject).map((definition) => {
      const shaped = forVersion('definition', definition, version)
      // A timestamp without its time zone (some publishers write them) becomes the framework's.
      if (!DATE_TIME.test(String(shaped.lastChangeDateTime))) shaped.lastChangeDateTime = stamp(doc.updatedAt)
      // 1.1 requires an item type's description.
      return version === '1.1' && key === 'CFItemTypes' && typeof shaped.description !== 'string' ? { ...shaped, description: text(shaped.title) ?? '' } : shaped
    })
  }
  for (const { key, kind, links } of REFERENCES) {
    for (const link of links(pkg)) {
      if (!isObject(link)) continue
      const title = text(link.title) ?? ''
      const identifier = text(link.identifier)
      if (identifier !== nameUuid(`${kind}:${title}`)) continue
      const list = (out[key] ??= [])
      if (!list.some((d) => text(d.identifier)?.toLowerCase() === identifier)) list.push(made(key, title, identifier, uris.definition(identifier), stamp(doc.updatedAt)))
    }
  }
  if (version === '1.1' && isObject(given.extensions)) return { ...out, extensions: given.extensions }
  return out
}
