// Faithful CASE (issue 16): import → export of a package gives back every item, association, definition and field
// (uris and lastChangeDateTime aside), in CASE 1.0 and 1.1, each export valid against its version's schema.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv from 'ajv'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { createApp } from '../../server/app'
import { createTestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { CASE_FILES, uploadForm } from './import-support'

type Json = Record<string, any>

const PACKAGES = readdirSync(CASE_FILES).filter((name) => name.endsWith('.json') && !name.includes('schema'))
const read = (name: string): Json => JSON.parse(readFileSync(join(CASE_FILES, name), 'utf8'))

function validator(version: '1.0' | '1.1') {
  const ajv = version === '1.0' ? new Ajv({ strict: false, allErrors: true }) : new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  const validate = ajv.compile(read(`case-v${version.replace('.', 'p')}-cfpackage-schema.json`))
  return (pkg: unknown) => (validate(pkg) ? 'valid' : ajv.errorsText(validate.errors))
}
const VALID = { '1.0': validator('1.0'), '1.1': validator('1.1') }

// Rebuilt by every export, so left out of the comparison.
const VOLATILE = new Set(['uri', 'lastChangeDateTime'])
// (A null field, which some publishers write, says no more than a missing one.)
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k, v]) => !VOLATILE.has(k) && v !== null).map(([k, v]) => [k, comparable(v)]))
  return value
}
// CASE 1.1 asks for RFC 4122 identifiers; packages with others (test files' d0000000-0000-0000-…) cannot be 1.1.
const fitsCase11 = (pkg: Json) => (JSON.stringify(pkg).match(/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g) ?? []).every((id) => /-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))
const byIdentifier = (list: Json[] = []) => Object.fromEntries(list.map((x) => [String(x.identifier).toLowerCase(), comparable(x)]))

// The deviations the importer tolerates (README "Tolerated, with a warning"), as the file means them.
function asMeant(pkg: Json): Json {
  const copy = structuredClone(pkg)
  if (typeof copy.CFDocument.CFPackageURI === 'string') delete copy.CFDocument.CFPackageURI
  // A back link given as a plain address names the document.
  const documentLink = { identifier: copy.CFDocument.identifier, title: copy.CFDocument.title, uri: '' }
  for (const object of [...(copy.CFItems ?? []), ...(copy.CFAssociations ?? [])]) if (typeof object.CFDocumentURI === 'string') object.CFDocumentURI = documentLink
  for (const item of copy.CFItems ?? []) {
    const level = item.educationalLevel
    if (level !== undefined && item.educationLevel === undefined) item.educationLevel = typeof level === 'string' ? level.split(',') : level
    delete item.educationalLevel
  }
  for (const association of copy.CFAssociations ?? []) {
    if (typeof association.sequenceNumber === 'string') association.sequenceNumber = Number(association.sequenceNumber)
    // An empty node title is filled in with the node's code on export.
    for (const end of ['originNodeURI', 'destinationNodeURI']) if (association[end]?.title === '') delete association[end].title
  }
  return copy
}
const withoutEmptyTitles = (exported: Json, original: Json) => {
  const empty = new Set((original.CFAssociations ?? []).flatMap((a: Json) => ['originNodeURI', 'destinationNodeURI'].filter((end) => a[end]?.title === '').map((end) => `${a.identifier} ${end}`)))
  for (const a of exported.CFAssociations) for (const end of ['originNodeURI', 'destinationNodeURI']) if (empty.has(`${a.identifier} ${end}`)) delete a[end].title
  return exported
}

// Every part of a package compared field by field, each collection as a set keyed by identifier.
function expectSamePackage(exported: Json, original: Json) {
  const meant = asMeant(original)
  const got = withoutEmptyTitles(structuredClone(exported), original)
  expect(comparable(got.CFDocument)).toEqual(comparable(meant.CFDocument))
  expect(byIdentifier(got.CFItems)).toEqual(byIdentifier(meant.CFItems))
  expect(byIdentifier(got.CFAssociations)).toEqual(byIdentifier(meant.CFAssociations))
  for (const key of ['CFConcepts', 'CFSubjects', 'CFLicenses', 'CFItemTypes', 'CFAssociationGroupings']) {
    expect(byIdentifier(got.CFDefinitions?.[key]), key).toEqual(byIdentifier(meant.CFDefinitions?.[key]))
  }
  expect(comparable(got.CFRubrics)).toEqual(comparable(meant.CFRubrics))
  expect(got.extensions).toEqual(meant.extensions)
}

describe.each(testDialects)('faithful CASE on %s', (dialect) => {
  let test: TestDb
  let api: ApiClient
  let reader: ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect)
    const accounts = await createTestAccounts(test.db)
    api = accounts.as.faculty
    reader = accounts.as.viewer
  })
  afterAll(() => test.destroy())

  async function importPackage(pkg: Json | Buffer, name = 'p.json') {
    const done = await api.post('/imports/commit', uploadForm(Buffer.isBuffer(pkg) ? pkg : JSON.stringify(pkg), name))
    expect(done.status, JSON.stringify(done.body)).toBe(201)
    return done.body as { framework: { id: number; uuid: string }; problems: { severity: string; message: string }[] }
  }

  it.each(PACKAGES)('gives back %s whole after import → export, and validates in both versions', async (name) => {
    const original = read(name)
    const { framework } = await importPackage(original, name)
    const exported = await reader.get(`/exports/frameworks/${framework.uuid}/case`)
    expect(exported.status).toBe(200)
    const version = original.CFDocument.caseVersion === '1.1' ? '1.1' : '1.0'
    expect(VALID[version](exported.body)).toBe('valid')
    expectSamePackage(exported.body, original)
    for (const other of fitsCase11(original) ? (['1.0', '1.1'] as const) : (['1.0'] as const)) {
      const answer = await reader.get(`/exports/frameworks/${framework.id}/case?version=${other}`)
      expect(VALID[other](answer.body), `${name} as CASE ${other}`).toBe('valid')
      expect(answer.body.CFItems).toHaveLength(original.CFItems.length)
    }
    // Several test files share identifiers.
    expect((await api.delete(`/frameworks/${framework.id}`)).status).toBe(204)
  })

  it('writes columns edited in Rungs over what the file said, and leaves the rest as given', async () => {
    const original = read('rungs-every-field-1.1.json')
    original.CFDocument.identifier = 'a1b2c3d4-0000-4000-8000-000000000001'
    original.CFItems.forEach((item: Json, i: number) => (item.identifier = `a1b2c3d4-0000-4000-8000-${String(i + 10).padStart(12, '0')}`))
    original.CFAssociations = []
    const { framework } = await importPackage(original)
    const tree = await api.get(`/frameworks/${framework.id}/tree`)
    const first = tree.body.competencies[0]
    expect((await api.patch(`/competencies/${first.id}`, { statement: 'Edited in Rungs', kind: 'skill' })).status).toBe(200)
    const item = (await reader.get(`/exports/frameworks/${framework.id}/case`)).body.CFItems.find((i: Json) => i.identifier === first.uuid)
    expect(item).toMatchObject({ fullStatement: 'Edited in Rungs', CFItemType: 'Skill', abbreviatedStatement: original.CFItems[0].abbreviatedStatement, notes: original.CFItems[0].notes })
  })

  it('gives items without codes unique made-up codes, even when identifiers share their first 8 characters, and exports none', async () => {
    const pkg = read('Utf8TestFramework.json')
    pkg.CFDocument.identifier = 'b0000000-0000-4000-8000-000000000001'
    const item = pkg.CFItems[0]
    delete item.humanCodingScheme
    pkg.CFItems = ['c0ffee00-0000-4000-8000-000000000001', 'c0ffee00-1111-4000-8000-000000000002', 'c0ffee00-1111-4000-8000-000000000003'].map((identifier) => ({ ...item, identifier }))
    pkg.CFItems.push({ ...item, identifier: 'c0ffee01-0000-4000-8000-000000000004', humanCodingScheme: 'ITEM-c0ffee00' })
    pkg.CFAssociations = []
    const preview = await api.post('/imports/preview', uploadForm(JSON.stringify(pkg), 'codes.json'))
    expect(preview.body.ok, JSON.stringify(preview.body.problems)).toBe(true)
    const { framework } = await importPackage(pkg)
    const tree = await api.get(`/frameworks/${framework.id}/tree`)
    expect(tree.body.competencies.map((c: Json) => c.code).sort()).toEqual(['ITEM-c0ffee00', 'ITEM-c0ffee000000', 'ITEM-c0ffee00111140008000000000000002', 'ITEM-c0ffee00111140008000000000000003'])
    const exported = (await reader.get(`/exports/frameworks/${framework.id}/case`)).body
    expect(exported.CFItems.filter((i: Json) => i.humanCodingScheme).map((i: Json) => i.humanCodingScheme)).toEqual(['ITEM-c0ffee00'])
    // Importing again keeps the made-up codes.
    const again = await api.post('/imports/preview', uploadForm(JSON.stringify(pkg), 'codes.json'))
    expect(again.body.counts).toMatchObject({ create: 0, update: 0, unchanged: 4 })
  })

  it('keeps two items that share a code, warning with both rows, and finds both by code', async () => {
    const pkg = read('rungs-every-field-1.0.json')
    pkg.CFDocument.identifier = 'd0000000-0000-4000-8000-000000000001'
    pkg.CFItems.forEach((item: Json, i: number) => {
      item.identifier = `d0000000-0000-4000-8000-${String(i + 10).padStart(12, '0')}`
      item.humanCodingScheme = i < 2 ? 'DUP.1' : `UNIQ.${i}`
    })
    pkg.CFAssociations = []
    const preview = await api.post('/imports/preview', uploadForm(JSON.stringify(pkg), 'dup.json'))
    expect(preview.body.ok).toBe(true)
    expect(preview.body.problems).toContainEqual({ severity: 'warning', message: 'Code DUP.1 is used twice (CFItems[0] and CFItems[1]); both are kept, told apart by their identifiers', path: 'CFItems[1]' })
    await importPackage(pkg)
    const found = await reader.get('/competencies?q=DUP.1')
    expect(found.body.items.map((c: Json) => c.uuid).sort()).toEqual(pkg.CFItems.slice(0, 2).map((i: Json) => i.identifier).sort())
  })

  it('serves a framework by row id on the CASE read API and an association by the identifier the file gave it', async () => {
    const original = read('opensalt-sample-framework.json')
    const { framework } = await importPackage(original)
    const pkg = await reader.get(`/ims/case/v1p0/CFPackages/${framework.id}`)
    expect(pkg.status).toBe(200)
    expect(pkg.body.CFDocument.identifier).toBe(framework.uuid)
    for (const association of original.CFAssociations.slice(0, 3).concat(original.CFAssociations.filter((a: Json) => a.associationType === 'exemplar'))) {
      const answer = await reader.get(`/ims/case/v1p0/CFAssociations/${association.identifier}`)
      expect(answer.body, association.associationType).toMatchObject({ identifier: association.identifier, associationType: association.associationType })
    }
    expect((await reader.get(`/frameworks/${framework.uuid.toUpperCase()}/tree`)).body.framework.id).toBe(framework.id)
    expect((await reader.get(`/frameworks/${framework.uuid}`)).body.id).toBe(framework.id)
    expect((await reader.get('/frameworks/0b7e5f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b')).status).toBe(404)
    expect((await reader.get('/exports/frameworks/not-a-framework/case')).status).toBe(400)
    expect((await reader.get(`/exports/frameworks/${framework.id}/case?version=2.0`)).status).toBe(400)
  })

  it('previews an OpenSALT workbook as one, with its title, and gives back every column of its sheets', async () => {
    const sheet = (rows: string[][]) => XLSX.utils.aoa_to_sheet(rows)
    const book = XLSX.utils.book_new()
    const doc = ['e0000000-0000-4000-8000-000000000001', 'State Board', 'Plumbing Standards', 'https://example.org/plumbing', 'State Board', 'Plumbing.', 'en', '1.0', 'Adopted', 'CC BY', 'WA-PL']
    XLSX.utils.book_append_sheet(book, sheet([['identifier', 'creator', 'title', 'officialSourceURL', 'publisher', 'description', 'language', 'version', 'adoptionStatus', 'licenseTitle', 'stateCode'], doc]), 'CF Doc')
    const items = [
      ['e0000000-0000-4000-8000-000000000010', 'Read a drawing', 'PL.1', '1', 'Drawings', 'a', 'Area', '11,12', 'PL-001'],
      ['e0000000-0000-4000-8000-000000000011', 'Size a drain', 'PL.1', '1.1', 'Drains', 'b', 'Standard', '12', 'PL-002'],
    ]
    XLSX.utils.book_append_sheet(book, sheet([['identifier', 'fullStatement', 'humanCodingScheme', 'smartLevel', 'abbreviatedStatement', 'listEnumeration', 'CFItemType', 'educationLevel', 'stateId'], ...items]), 'CF Item')
    XLSX.utils.book_append_sheet(book, sheet([
      ['identifier', 'originNodeIdentifier', 'originNodeHumanCodingScheme', 'associationType', 'destinationNodeHumanCodingScheme', 'destinationNodeIdentifier', 'associationGroupIdentifier', 'associationGroupName', 'sequenceNumber'],
      ['e0000000-0000-4000-8000-000000000020', items[0]![0]!, 'PL.1', 'Is Child Of', '', doc[0]!, '', '', '1'],
      ['e0000000-0000-4000-8000-000000000021', items[1]![0]!, 'PL.1', 'Is Child Of', 'PL.1', items[0]![0]!, '', '', '1'],
    ]), 'CF Association')
    const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
    const preview = await api.post('/imports/preview', uploadForm(bytes, 'plumbing.xlsx'))
    expect(preview.body).toMatchObject({ format: 'opensalt', caseVersion: '1.0', ok: true, framework: { title: 'Plumbing Standards', uuid: doc[0] } })
    const { framework } = await importPackage(bytes, 'plumbing.xlsx')
    const response = await createApp({ db: test.db }).request(`/api/exports/frameworks/${framework.uuid}/xlsx`)
    const exported = XLSX.read(Buffer.from(await response.arrayBuffer()))
    const rowsOf = (name: string) => XLSX.utils.sheet_to_json<Record<string, string>>(exported.Sheets[name]!, { raw: false, defval: '' })
    expect(rowsOf('CF Doc')[0]).toMatchObject({ identifier: doc[0], title: 'Plumbing Standards', adoptionStatus: 'Adopted', licenseTitle: 'CC BY', stateCode: 'WA-PL' })
    expect(rowsOf('CF Item').map((r) => [r.identifier, r.fullStatement, r.humanCodingScheme, r.smartLevel, r.abbreviatedStatement, r.listEnumeration, r.CFItemType, r.educationLevel, r.stateId])).toEqual(items)
    expect(rowsOf('CF Association').map((r) => [r.identifier, r.associationType, r.sequenceNumber])).toEqual([
      ['e0000000-0000-4000-8000-000000000020', 'Is Child Of', '1'],
      ['e0000000-0000-4000-8000-000000000021', 'Is Child Of', '1'],
    ])
    const pkg = (await reader.get(`/exports/frameworks/${framework.id}/case?version=1.1`)).body
    expect(VALID['1.1'](pkg)).toBe('valid')
    expect(pkg.CFItems[1]).toMatchObject({ abbreviatedStatement: 'Drains', listEnumeration: 'b', CFItemType: 'Standard', educationLevel: ['12'] })
  })
})
