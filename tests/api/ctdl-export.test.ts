// The demo as CTDL: every graph Rungs exports passes the offline CTDL checker (fixtures/ctdl/tools/check_ctdl.py,
// the 2023 schema snapshot and Credential Engine's minimums) with no errors, and the pathway's graph says what the
// road map says.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ctdlContext, CTDL_DEFAULTS } from '../../server/services/ctdl/context'
import { pathwayCtdl } from '../../server/services/ctdl/load'
import { seedDemo } from '../../server/services/seed/index'
import { apiClient } from '../support/api'
import { rungs } from '../support/cli'
import { createTestDb, testDialects, type TestDb } from '../support/database'

type Node = Record<string, any>
type Doc = { '@context': string; '@id': string; '@graph': Node[] }

const CHECKER = join(__dirname, '../../fixtures/ctdl/tools/check_ctdl.py')
const SLUG = 'advanced-manufacturing'

function check(files: string[]) {
  const run = spawnSync('python3', [CHECKER, ...files], { encoding: 'utf8' })
  const errors = run.stdout.split('\n').filter((line) => line.includes('ERROR'))
  return { status: run.status, errors, summary: run.stdout.split('\n').filter((line) => line.startsWith('==')) }
}

describe.each(testDialects)('CTDL export of the demo on %s', (dialect) => {
  let test: TestDb
  let folder: string
  let pathway: Doc
  const named = (name: string) => pathway['@graph'].find((n) => n['ceterms:name']?.['en-US'] === name)!
  beforeAll(async () => {
    test = await createTestDb(dialect, { file: dialect === 'sqlite' })
    await seedDemo(test.db)
    folder = mkdtempSync(join(tmpdir(), 'rungs-ctdl-'))
    pathway = (await apiClient(test.db).get(`/pathways/${SLUG}/ctdl`)).body
  })
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true })
    await test.destroy()
  })

  it('exports every graph the pathway publishes, and each passes the checker with 0 errors', async () => {
    const graphs = await pathwayCtdl(test.db, SLUG, ctdlContext(CTDL_DEFAULTS, 'https://rungs.example.org'))
    const docs = [graphs.pathway, graphs.progressionModel, ...graphs.courses, ...graphs.credentials, ...graphs.frameworks]
    expect([graphs.courses.length, graphs.credentials.length, graphs.frameworks.length]).toEqual([15, 10, 2])
    const files = docs.map((doc, i) => {
      const file = join(folder, `graph-${i}.jsonld`)
      writeFileSync(file, JSON.stringify(doc))
      return file
    })
    const result = check(files)
    expect(result.errors).toEqual([])
    // Each graph document is addressed at the registry's /graph/ of its top resource's CTID; each resource in it,
    // and every reference to one, at /resources/ of its CTID.
    const registry = CTDL_DEFAULTS.registryUrl
    const strings = (node: unknown): string[] =>
      typeof node === 'string' ? [node] : Array.isArray(node) ? node.flatMap(strings) : node && typeof node === 'object' ? Object.values(node).flatMap(strings) : []
    for (const doc of docs) {
      const [top, ...rest] = doc['@graph'] as Node[]
      expect(doc['@id']).toBe(`${registry}/graph/${top!['ceterms:ctid']}`)
      for (const node of [top!, ...rest].filter((n) => n['ceterms:ctid'])) expect(node['@id']).toBe(`${registry}/resources/${node['ceterms:ctid']}`)
      const addresses = strings(doc['@graph']).filter((text) => text.startsWith(registry))
      expect(addresses.length).toBeGreaterThan(rest.length)
      expect(addresses.filter((text) => !/\/resources\/ce-[0-9a-f-]{36}$/.test(text))).toEqual([])
    }
    expect(result.summary).toHaveLength(files.length)
    expect(result.status).toBe(0)
  })

  it.runIf(dialect === 'sqlite')('writes the same graphs with "rungs export ctdl --out"', async () => {
    const out = join(folder, 'cli')
    const file = test.connection.dialect === 'sqlite' ? test.connection.file : ''
    const run = await rungs(['export', 'ctdl', SLUG, '--out', out, '--base', 'https://rungs.example.org'], { RUNGS_DB: file })
    expect(run.err).toContain('Wrote 29 CTDL graphs')
    expect(run.code).toBe(0)
    const written = JSON.parse(readFileSync(join(out, 'pathway.jsonld'), 'utf8')) as Doc
    expect(written['@graph'][0]!['ceterms:subjectWebpage']).toBe(`https://rungs.example.org/pathways/${SLUG}`)
    expect(check(readdirSync(out).map((f) => join(out, f))).errors).toEqual([])
    const printed = await rungs(['export', 'ctdl', SLUG], { RUNGS_DB: file })
    expect(JSON.parse(printed.out)['@graph'][0]['@type']).toBe('ceterms:Pathway')
    expect((await rungs(['export', 'ctdl'], { RUNGS_DB: file })).code).toBe(2)
  })

  it('answers the pathway as a ceterms:Pathway graph in the CE context, as a JSON-LD download', async () => {
    const answer = await apiClient(test.db).get(`/pathways/${SLUG}/ctdl`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toContain('application/ld+json')
    expect(answer.headers.get('content-disposition')).toContain(`${SLUG}.ctdl.jsonld`)
    expect(pathway['@context']).toBe('https://credreg.net/ctdl/schema/context/json')
    const [top, ...components] = pathway['@graph']
    expect(top!['@type']).toBe('ceterms:Pathway')
    expect(pathway['@id']).toBe(`https://credentialengineregistry.org/graph/${top!['ceterms:ctid']}`)
    expect(top!['ceterms:hasPart']).toEqual(components.map((c) => c['@id']))
    expect(new Set(components.map((c) => c['@type']))).toEqual(new Set(['ceterms:CourseComponent', 'ceterms:CredentialComponent']))
    expect(components.filter((c) => c['@type'] === 'ceterms:CourseComponent')).toHaveLength(15)
    expect(top!['ceterms:occupationType'].map((o: Node) => o['ceterms:codedNotation'])).toContain('51-4041')
  })

  it('keeps each CTID stable: the row’s CTID column, the same on every export', async () => {
    const again = (await apiClient(test.db).get(`/pathways/${SLUG}/ctdl`)).body as Doc
    expect(again['@graph'].map((n) => n['ceterms:ctid'])).toEqual(pathway['@graph'].map((n) => n['ceterms:ctid']))
    const row = await test.db.selectFrom('pathways').select(['ceCtid as ctid', 'uuid']).where('slug', '=', SLUG).executeTakeFirstOrThrow()
    expect(pathway['@graph'][0]!['ceterms:ctid']).toBe(row.ctid ?? `ce-${row.uuid.slice(0, 14)}4${row.uuid.slice(15)}`)
    const kept = 'ce-0b0e5a43-2a8c-4c1e-9d7e-3f1b2a4c5d6e'
    await test.db.updateTable('pathways').set({ ceCtid: kept }).where('slug', '=', SLUG).execute()
    expect((await apiClient(test.db).get(`/pathways/${SLUG}/ctdl`)).body['@graph'][0]['ceterms:ctid']).toBe(kept)
    await test.db.updateTable('pathways').set({ ceCtid: row.ctid }).where('slug', '=', SLUG).execute()
    for (const node of pathway['@graph']) expect(node['ceterms:ctid']).toMatch(/^ce-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('makes the top credential the destination, earned through a lower credential or its own modules', () => {
    const top = pathway['@graph'][0]!
    const aas = named('Associate of Applied Science in Manufacturing Technology')
    expect(aas['ceterms:credentialType']).toBe('https://purl.org/ctdl/terms/AssociateOfAppliedScienceDegree')
    expect(top['ceterms:hasDestinationComponent']).toContain(aas['@id'])
    expect(aas['ceterms:isDestinationComponentOf']).toEqual([top['@id']])
    const [earn] = aas['ceterms:hasCondition']
    expect(earn['@type']).toBe('ceterms:ComponentCondition')
    expect(earn['ceterms:requiredNumber']).toBe(1)
    const [lower, modules] = earn['ceterms:hasCondition']
    const machining = named('Machining Certificate')
    expect(lower['ceterms:targetComponent']).toContain(machining['@id'])
    expect(lower['ceterms:requiredNumber']).toBe(1)
    expect(modules['ceterms:requiredNumber']).toBe(modules['ceterms:targetComponent'].length)
    expect(aas['ceasn:hasChild']).toEqual(expect.arrayContaining([machining['@id'], ...modules['ceterms:targetComponent']]))
    expect(machining['ceterms:precedes']).toContain(aas['@id'])
    expect(machining['ceasn:isChildOf']).toContain(aas['@id'])
  })

  it('offers a credential earned at either of two levels as "complete 1 of these ways", each "complete all of these"', () => {
    const osha = named('OSHA 10-Hour General Industry Card')
    const [ways] = osha['ceterms:hasCondition']
    expect(ways['ceterms:requiredNumber']).toBe(1)
    expect(ways['ceterms:hasCondition']).toHaveLength(2)
    for (const way of ways['ceterms:hasCondition']) expect(way['ceterms:requiredNumber']).toBe(way['ceterms:targetComponent'].length)
  })

  it('turns prerequisites into "complete all N" conditions, precedes and hasChild links', () => {
    const mill = pathway['@graph'].find((n) => n['ceterms:name']['en-US'].startsWith('MFG 120 '))!
    const [prerequisites] = mill['ceterms:hasCondition']
    expect(prerequisites['ceterms:requiredNumber']).toBe(2)
    for (const uri of prerequisites['ceterms:targetComponent']) {
      const before = pathway['@graph'].find((n) => n['@id'] === uri)!
      expect(before['ceterms:precedes']).toContain(mill['@id'])
      expect(mill['ceasn:hasChild']).toContain(uri)
    }
  })

  it('places every component on a stage of the pathway’s progression model', async () => {
    const model = (await apiClient(test.db).get(`/pathways/${SLUG}/ctdl/progression-model`)).body as Doc
    expect(model['@context']).toBe('https://credreg.net/ctdlasn/schema/context/json')
    const [scheme, ...levels] = model['@graph']
    expect(scheme!['@type']).toBe('asn:ProgressionModel')
    expect(pathway['@graph'][0]!['asn:hasProgressionModel']).toBe(scheme!['@id'])
    expect(levels.map((l) => l['skos:prefLabel']['en-US'])).toEqual(levels.map((_, i) => `Stage ${i + 1}`))
    const levelIds = new Set(levels.map((l) => l['@id']))
    for (const c of pathway['@graph'].slice(1)) expect(levelIds.has(c['asn:hasProgressionLevel'][0])).toBe(true)
  })

  it('exports a framework as CTDL-ASN, each competency keeping its code and CASE identifier', async () => {
    const framework = await test.db.selectFrom('frameworks').select(['id', 'uuid']).orderBy('id').executeTakeFirstOrThrow()
    const items = await test.db.selectFrom('competencies').select(['uuid', 'code']).where('frameworkId', '=', framework.id).execute()
    const doc = (await apiClient(test.db).get(`/frameworks/${framework.id}/ctdl`)).body as Doc
    const [top, ...competencies] = doc['@graph']
    expect(top!['@type']).toBe('ceasn:CompetencyFramework')
    expect(top!['ceasn:identifier']).toEqual([`http://localhost/ims/case/v1p0/CFDocuments/${framework.uuid}`])
    expect(competencies).toHaveLength(items.length)
    const first = items[0]!
    const item = competencies.find((c) => c['ceasn:codedNotation'] === first.code)!
    expect(item['ceasn:identifier']).toEqual([`http://localhost/ims/case/v1p0/CFItems/${first.uuid}`])
    expect(item['ceasn:isPartOf']).toEqual([top!['@id']])
  })

  it('answers 404 for an unknown pathway or framework', async () => {
    expect((await apiClient(test.db).get('/pathways/no-such-pathway/ctdl')).status).toBe(404)
    expect((await apiClient(test.db).get('/frameworks/987654/ctdl')).status).toBe(404)
  })
})
