import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { docFromText } from '../../shared/schemas/rich-text'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeFramework } from '../support/factories'
import { approveModule } from '../support/workflow'

describe.each(testDialects)('module revisions and history on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
  })
  afterAll(() => test.destroy())

  it('keeps a revision per save, compares two (outcomes and alignments too) and restores an old one as a new revision', async () => {
    const api = accounts.as.faculty
    const { competencies } = await makeFramework(test.db, { codes: ['QM-1', 'QM-2'] })
    const [qm1, qm2] = competencies
    const created = await api.post('/modules', {
      code: 'MFG-110', title: 'Precision Measurement', level: 'adult', kind: 'occupational', clockHours: 40,
      outcomes: [{ content: docFromText('Read a micrometer'), alignments: [{ competencyId: qm1!.id, depth: 'R' }] }],
    })
    expect(created.status).toBe(201)
    const outcomeId = created.body.outcomes[0].id
    const edited = await api.patch(`/modules/${created.body.id}`, {
      version: 1,
      clockHours: 48,
      outcomes: [
        { id: outcomeId, content: docFromText('Read a micrometer to 0.001 in'), alignments: [{ competencyId: qm1!.id, depth: 'M', assessed: true }] },
        { content: docFromText('Inspect a part against a drawing'), alignments: [{ competencyId: qm2!.id, depth: 'I' }] },
      ],
    })
    expect(edited.status).toBe(200)
    expect(edited.body.version).toBe(2)

    const revisions = await api.get(`/modules/${created.body.id}/revisions`)
    expect(revisions.body.items.map((r: { version: number }) => r.version)).toEqual([2, 1])
    expect(revisions.body.items[0].userName).toBe('Test faculty')

    const compared = await api.get(`/modules/${created.body.id}/revisions/compare?from=1&to=2`)
    expect(compared.body.changes).toEqual([
      { section: 'field', change: 'changed', label: 'Clock hours', before: '40', after: '48' },
      { section: 'outcome', change: 'changed', label: 'Read a micrometer to 0.001 in', before: 'Read a micrometer', after: 'Read a micrometer to 0.001 in' },
      { section: 'outcome', change: 'added', label: 'Inspect a part against a drawing', after: 'Inspect a part against a drawing' },
      {
        section: 'alignment', change: 'changed', label: 'QM-1 at M, assessed (outcome "Read a micrometer to 0.001 in")',
        before: 'QM-1 at R', after: 'QM-1 at M, assessed',
      },
      { section: 'alignment', change: 'added', label: 'QM-2 at I (outcome "Inspect a part against a drawing")', after: 'QM-2 at I' },
    ])

    const stale = await api.post(`/modules/${created.body.id}/revisions/1/restore`, { version: 1 })
    expect(stale.status).toBe(409)
    const restored = await api.post(`/modules/${created.body.id}/revisions/1/restore`, { version: 2 })
    expect(restored.status).toBe(200)
    expect(restored.body).toMatchObject({ version: 3, clockHours: 40 })
    expect(restored.body.outcomes.map((o: { id: number; text: string }) => [o.id, o.text])).toEqual([[outcomeId, 'Read a micrometer']])
    expect(restored.body.outcomes[0].alignments).toMatchObject([{ competencyId: qm1!.id, depth: 'R', assessed: false }])
    const latest = await api.get(`/modules/${created.body.id}/revisions/3`)
    expect(latest.body.restoredFrom).toBe(1)
    expect((await api.get(`/modules/${created.body.id}/revisions/compare?from=1`)).status).toBe(400)
    expect((await api.get(`/modules/${created.body.id}/revisions/9`)).status).toBe(404)

    expect((await accounts.as.anonymous.get(`/modules/${created.body.id}/history`)).status).toBe(404)
    const history = await accounts.as.viewer.get(`/modules/${created.body.id}/history`)
    expect(history.body.items.map((e: { summary: string }) => e.summary)).toEqual([
      'Restored module MFG-110 to version 1',
      'Edited module MFG-110',
      'Created module MFG-110',
    ])
    expect(history.body.items[0]).not.toHaveProperty('before')
  })

  it('shows who saved each change to people signed in, never to anonymous readers', async () => {
    const created = await accounts.as.faculty.post('/modules', { code: 'MFG-111', title: 'Public', level: 'adult', kind: 'occupational' })
    await accounts.as.faculty.patch(`/modules/${created.body.id}`, { version: 1, clockHours: 12 })
    await approveModule(accounts.as.faculty, accounts.as.admin, created.body.id)
    const paths = [`/modules/${created.body.id}/history`, `/modules/${created.body.id}/revisions`]
    for (const path of paths) {
      const signedIn = (await accounts.as.viewer.get(path)).body.items
      expect(signedIn.map((e: { userName: string }) => e.userName), path).toContain('Test faculty')
      const anonymous = await accounts.as.anonymous.get(path)
      expect(anonymous.status, path).toBe(200)
      expect(anonymous.body.items.length, path).toBe(signedIn.length)
      expect(anonymous.body.items.every((e: { userName: string | null; userId: number | null }) => e.userName === null && e.userId === null), path).toBe(true)
      expect(JSON.stringify(anonymous.body), path).not.toContain('Test faculty')
    }
    const revision = await accounts.as.anonymous.get(`/modules/${created.body.id}/revisions/2`)
    expect(revision.body).toMatchObject({ version: 2, userName: null, userId: null })
  })
})
