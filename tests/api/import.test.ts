import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { fixture, uploadForm } from './import-support'

type Node = { code: string; children: Node[] }
const outline = (nodes: Node[]): unknown[] => nodes.map((n) => (n.children.length ? { [n.code]: outline(n.children) } : n.code))

describe.each(testDialects)('framework imports on %s', (dialect) => {
  let test: TestDb
  let api: ApiClient
  let viewer: ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect)
    const accounts = await createTestAccounts(test.db)
    api = accounts.as.faculty
    viewer = accounts.as.viewer
  })
  afterAll(() => test.destroy())

  it('previews a CASE package with the deviations it tolerated, then imports it keeping identifiers and order', async () => {
    const preview = await api.post('/imports/preview', uploadForm(fixture('machining.case.json'), 'machining.case.json'))
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ format: 'case', ok: true, framework: { action: 'create', uuid: '6f1c2a7e-0b4d-4c1e-9a51-3e2f8d0c1a01' } })
    expect(preview.body.counts).toEqual({ create: 6, update: 0, unchanged: 0, links: 2, rows: 6 })
    const warnings = preview.body.problems.map((p: { message: string }) => p.message).join('\n')
    expect(warnings).toContain('CFPackageURI given as a plain string')
    expect(warnings).toContain('sequenceNumber given as a string')
    expect(warnings).toContain('educationalLevel was read as educationLevel')
    expect(warnings).toContain('exemplar associations are kept for CASE exports only')
    expect((await api.get('/frameworks')).body.total).toBe(0)

    const done = await api.post('/imports/commit', uploadForm(fixture('machining.case.json'), 'machining.case.json', { expectedHash: preview.body.fileHash }))
    expect(done.status).toBe(201)
    const tree = await api.get(`/frameworks/${done.body.framework.id}/tree`)
    expect(tree.body.framework).toMatchObject({ title: 'Machining Fundamentals', uuid: '6f1c2a7e-0b4d-4c1e-9a51-3e2f8d0c1a01', version: '2025' })
    expect(outline(tree.body.competencies)).toEqual([{ PM: [{ 'PM.2': ['PM.2.a'] }, 'PM.1'] }, { SAF: ['SAF.1'] }])
    const pm1 = tree.body.competencies[0].children[1]
    expect(pm1).toMatchObject({ uuid: '6f1c2a7e-0b4d-4c1e-9a51-3e2f8d0c1b02', level: '09,10', kind: 'competency' })
    expect(tree.body.competencies[0].kind).toBe('area')
    const links = await api.get(`/competencies/${pm1.id}`)
    expect(links.body.links.map((l: { relation: string; toCode: string }) => `${l.relation} ${l.toCode}`)).toEqual(['precedes PM.2'])
  })

  it('re-imports the same package in place, and applies a changed statement as an update', async () => {
    const again = await api.post('/imports/preview', uploadForm(fixture('machining.case.json'), 'machining.case.json'))
    expect(again.body.framework.action).toBe('update')
    expect(again.body.counts).toMatchObject({ create: 0, update: 0, unchanged: 6, links: 0 })
    const edited = fixture('machining.case.json').toString('utf8').replace('Shop safety', 'Shop and lab safety')
    const done = await api.post('/imports/commit', uploadForm(edited, 'machining.case.json'))
    expect(done.body.counts).toMatchObject({ create: 0, update: 1, unchanged: 5 })
    expect((await api.get('/frameworks')).body.total).toBe(1)
    expect((await api.get('/competencies?q=lab%20safety')).body.items[0].code).toBe('SAF')
  })

  it('reads a plain CSV through a guessed mapping, showing the first rows', async () => {
    const preview = await api.post('/imports/preview', uploadForm(fixture('machining.csv'), 'machining.csv', { title: 'Welding and quality' }))
    expect(preview.body.ok).toBe(true)
    expect(preview.body.sheet.mapping).toEqual({ code: 'Code', statement: 'Statement', parentCode: 'Parent code', kind: 'Kind', level: 'Level' })
    expect(preview.body.sheet.rows[2]).toEqual(['WLD.2', 'Run a fillet weld, flat position', 'WLD', 'competency', 'postsecondary'])
    const done = await api.post('/imports/commit', uploadForm(fixture('machining.csv'), 'machining.csv', { title: 'Welding and quality' }))
    expect(done.status).toBe(201)
    const tree = await api.get(`/frameworks/${done.body.framework.id}/tree`)
    expect(outline(tree.body.competencies)).toEqual([{ WLD: ['WLD.1', { 'WLD.2': ['WLD.2.a'] }] }, { QA: ['QA.1'] }])
    expect(tree.body.competencies[1].children[0]).toMatchObject({ statement: 'Read a "GO/NO-GO" gauge', kind: 'task' })
  })

  it('needs the mapping step when headers cannot be guessed, and names each row a wrong mapping breaks', async () => {
    const csv = fixture('welding-unmapped.csv')
    const guessed = await api.post('/imports/preview', uploadForm(csv, 'welding.csv'))
    expect(guessed.body.ok).toBe(false)
    expect(guessed.body.problems[0].message).toContain('Choose the column that holds the code')
    const wrong = await api.post('/imports/preview', uploadForm(csv, 'welding.csv', { mapping: { code: 'Ref', statement: 'Notes', parentCode: 'Under' } }))
    expect(wrong.body.problems).toContainEqual({ severity: 'error', message: 'The statement is empty', sheet: 'welding.csv', row: 2, column: 'D (Notes)' })
    const refused = await api.post('/imports/commit', uploadForm(csv, 'welding.csv', { mapping: { code: 'Ref', statement: 'Notes' } }))
    expect(refused.status).toBe(422)
    const right = await api.post('/imports/commit', uploadForm(csv, 'welding.csv', { mapping: { code: 'Ref', statement: 'Wording', parentCode: 'Under' }, kind: 'employability' }))
    expect(right.status).toBe(201)
    expect(right.body.counts.create).toBe(4)
  })

  it('updates an existing framework from a sheet, matching rows by code', async () => {
    const list = await api.get('/frameworks?kind=employability')
    const id = list.body.items[0].id
    const csv = 'Ref,Wording,Under\nWF.1,Cut steel plate with a plasma torch,WF\nWF.4,Weld a lap joint,WF\n'
    const done = await api.post('/imports/commit', uploadForm(csv, 'more.csv', { frameworkId: id, mapping: { code: 'Ref', statement: 'Wording', parentCode: 'Under' } }))
    expect(done.status, JSON.stringify(done.body)).toBe(201)
    expect(done.body.counts).toMatchObject({ create: 1, update: 1 })
    expect((await api.get(`/frameworks/${id}`)).body.competencyCount).toBe(5)
  })

  it('reads the subject of basic-skills rows, warning of one it does not know, and updates it in place', async () => {
    const csv = 'Code,Statement,Parent code,Level,Subject\nBS.M,Numeracy,,,Numeracy\nBS.M.1,Add decimals,BS.M,C,\nBS.D.1,Save a file,,D,Digital literacy\nBS.X.1,Sing,,B,Music\n'
    const preview = await api.post('/imports/preview', uploadForm(csv, 'basic.csv', { title: 'Basic skills', kind: 'basic_skills' }))
    expect(preview.body.problems).toContainEqual({
      severity: 'warning',
      message: 'Subject "Music" is not one Rungs knows (reading, writing, math, English language, digital literacy); left empty',
      sheet: 'basic.csv', row: 5, column: 'E (Subject)',
    })
    const done = await api.post('/imports/commit', uploadForm(csv, 'basic.csv', { title: 'Basic skills', kind: 'basic_skills' }))
    expect(done.status, JSON.stringify(done.body)).toBe(201)
    const subjects = async () => {
      const tree = (await api.get(`/frameworks/${done.body.framework.id}/tree`)).body
      const flat = (nodes: { code: string; subject: string | null; children: unknown[] }[]): [string, string | null][] =>
        nodes.flatMap((n) => [[n.code, n.subject] as [string, string | null], ...flat(n.children as typeof nodes)])
      return Object.fromEntries(flat(tree.competencies))
    }
    expect(await subjects()).toEqual({ 'BS.M': 'math', 'BS.M.1': null, 'BS.D.1': 'digital_literacy', 'BS.X.1': null })
    const again = 'Code,Statement,Subject\nBS.X.1,Sing,Reading\n'
    const updated = await api.post('/imports/commit', uploadForm(again, 'again.csv', { frameworkId: done.body.framework.id }))
    expect(updated.body.counts).toMatchObject({ create: 0, update: 1 })
    expect((await subjects())['BS.X.1']).toBe('reading')
  })

  it('refuses a stale preview and people who may not write frameworks', async () => {
    const stale = await api.post('/imports/commit', uploadForm(fixture('machining.csv'), 'x.csv', { expectedHash: '0'.repeat(64) }))
    expect(stale.status).toBe(409)
    expect((await viewer.post('/imports/preview', uploadForm(fixture('machining.csv'), 'x.csv'))).status).toBe(403)
  })
})
