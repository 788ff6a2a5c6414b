import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { childAssociationId } from '../../server/services/export-case/ids'
import { createTestAccounts } from '../support/accounts'
import { apiClient, type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { CASE_FILES, fixture, uploadForm } from './import-support'

const DOC = '6f1c2a7e-0b4d-4c1e-9a51-3e2f8d0c1a01'
const item = (n: number) => `6f1c2a7e-0b4d-4c1e-9a51-3e2f8d0c1b${String(n).padStart(2, '0')}`

describe.each(testDialects)('the CASE read APIs (1.0 and 1.1) on %s', (dialect) => {
  let test: TestDb
  let reader: ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect)
    const accounts = await createTestAccounts(test.db)
    await accounts.as.faculty.post('/imports/commit', uploadForm(fixture('machining.case.json'), 'm.json'))
    await accounts.as.faculty.post('/imports/commit', uploadForm(fixture('machining.csv'), 'Welding.csv'))
    reader = accounts.as.anonymous
  })
  afterAll(() => test.destroy())

  it('lists CFDocuments with limit, offset and a total', async () => {
    const all = await reader.get('/ims/case/v1p0/CFDocuments')
    expect(all.status).toBe(200)
    expect(all.headers.get('x-total-count')).toBe('2')
    expect(all.body.CFDocuments.map((d: { title: string }) => d.title)).toEqual(['Machining Fundamentals', 'Welding'])
    const second = await reader.get('/ims/case/v1p0/CFDocuments?limit=1&offset=1')
    expect(second.body.CFDocuments).toHaveLength(1)
    expect(second.body.CFDocuments[0].title).toBe('Welding')
  })

  it('serves a document, its package, an item, and associations by identifier', async () => {
    const doc = await reader.get(`/ims/case/v1p0/CFDocuments/${DOC}`)
    expect(doc.body).toMatchObject({ identifier: DOC, title: 'Machining Fundamentals', uri: `http://localhost/ims/case/v1p0/CFDocuments/${DOC}` })
    const pkg = await reader.get(`/ims/case/v1p0/CFPackages/${DOC.toUpperCase()}`)
    expect(pkg.body.CFItems).toHaveLength(6)
    const one = await reader.get(`/ims/case/v1p0/CFItems/${item(4)}`)
    expect(one.body).toMatchObject({ humanCodingScheme: 'PM.2.a', CFItemType: 'Skill' })

    const child = await reader.get(`/ims/case/v1p0/CFAssociations/${childAssociationId(item(4))}`)
    expect(child.body).toMatchObject({ associationType: 'isChildOf', originNodeURI: { identifier: item(4) }, destinationNodeURI: { identifier: item(3), title: 'PM.2' } })
    const link = pkg.body.CFAssociations.find((a: { associationType: string }) => a.associationType === 'precedes')
    const fetched = await reader.get(`/ims/case/v1p0/CFAssociations/${link.identifier}`)
    expect(fetched.body).toEqual(link)

    const around = await reader.get(`/ims/case/v1p0/CFItemAssociations/${item(3)}`)
    expect(around.body.CFItem.identifier).toBe(item(3))
    expect(around.body.CFAssociations.map((a: any) => `${a.originNodeURI.title} ${a.associationType} ${a.destinationNodeURI.title}`).sort()).toEqual(
      ['PM.1 precedes PM.2', 'PM.2 isChildOf PM', 'PM.2.a isChildOf PM.2'],
    )
  })

  it('answers unknown identifiers and bad parameters with imsx_StatusInfo', async () => {
    const missing = await reader.get('/ims/case/v1p0/CFItems/00000000-0000-4000-8000-000000000000')
    expect(missing.status).toBe(404)
    expect(missing.body).toMatchObject({ imsx_codeMajor: 'failure', imsx_severity: 'error', imsx_codeMinor: { imsx_codeMinorField: [{ imsx_codeMinorFieldValue: 'unknownobject' }] } })
    const bad = await reader.get('/ims/case/v1p0/CFDocuments/not-a-uuid')
    expect(bad.status).toBe(400)
    expect(bad.body.imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue).toBe('invalid_selection_field')
    expect((await reader.get('/ims/case/v1p0/CFAssociations/00000000-0000-4000-8000-000000000000')).status).toBe(404)
  })

  it('asks for a session on a private instance', async () => {
    const hidden = await apiClient(test.db, { config: { private: true } }).get('/ims/case/v1p0/CFDocuments')
    expect(hidden.status).toBe(401)
    expect(hidden.body.imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue).toBe('unauthorisedrequest')
  })

  it('serves CASE 1.1 under /ims/case/v1p1: a package valid against the 1.1 schema, its URIs in the 1.1 API', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    addFormats(ajv)
    const valid = ajv.compile(JSON.parse(readFileSync(join(CASE_FILES, 'case-v1p1-cfpackage-schema.json'), 'utf8')))
    const pkg = await reader.get(`/ims/case/v1p1/CFPackages/${DOC}`)
    expect(pkg.status).toBe(200)
    expect(valid(pkg.body), ajv.errorsText(valid.errors)).toBe(true)
    expect(pkg.body.CFDocument).toMatchObject({ caseVersion: '1.1', uri: `http://localhost/ims/case/v1p1/CFDocuments/${DOC}` })
    expect(pkg.body.CFDocument.CFPackageURI).toBeUndefined()
    const older = await reader.get(`/ims/case/v1p0/CFPackages/${DOC}`)
    expect(older.body.CFDocument.caseVersion).toBeUndefined()

    const one = await reader.get(`/ims/case/v1p1/CFItems/${item(4)}`)
    expect(one.body).toMatchObject({ humanCodingScheme: 'PM.2.a', uri: `http://localhost/ims/case/v1p1/CFItems/${item(4)}` })
    const listed = await reader.get('/ims/case/v1p1/CFDocuments')
    expect(listed.body.CFDocuments.map((d: { caseVersion?: string }) => d.caseVersion)).toEqual(['1.1', '1.1'])
    const around = await reader.get(`/ims/case/v1p1/CFItemAssociations/${item(3)}`)
    expect(around.body.CFAssociations).toHaveLength(3)
    expect((await reader.get('/ims/case/v1p1/CFItems/00000000-0000-4000-8000-000000000000')).body.imsx_codeMajor).toBe('failure')
  })

  it('addresses a framework by row id or CASE identifier in both versions and in /api', async () => {
    const byId = await reader.get('/ims/case/v1p1/CFDocuments/1')
    expect(byId.body.identifier).toBe(DOC)
    expect((await reader.get(`/frameworks/${DOC}/requirements`)).status).toBe(200)
    const ctdl = await reader.get(`/frameworks/${DOC}/ctdl`)
    expect(ctdl.status).toBe(200)
    expect(JSON.stringify(ctdl.body)).toContain('Machining Fundamentals')
  })
})
