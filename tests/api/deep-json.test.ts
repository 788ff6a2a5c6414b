// Issue 12, hole 7: deeply nested JSON is refused (422 naming the field) by checks that cannot recurse, before
// ProseMirror or any other recursive walk sees it; hierarchies are kept shallow enough for every page and answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_HIERARCHY_DEPTH } from '../../shared/domain/tree'
import { MAX_DOC_DEPTH } from '../../shared/schemas/rich-text'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeFramework, makeModule } from '../support/factories'
import { rowCounts } from '../support/row-counts'

// The JSON text of a document whose paragraph sits inside `depth` nested blockquotes (as text: a deep one is
// beyond what JSON.stringify can write).
const nestedDoc = (depth: number) =>
  `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(depth)}{"type":"paragraph","content":[{"type":"text","text":"deep"}]}${']}'.repeat(depth)}]}`

describe.each(testDialects)('deeply nested input on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
  })
  afterAll(() => test.destroy())

  it('refuses a description 12,000 levels deep with 422 naming the field, and writes nothing', async () => {
    const module = await makeModule(test.db)
    const before = await rowCounts(test.db)
    const body = `{"version":1,"description":${JSON.stringify({ type: 'doc' }).slice(0, -1)},"content":${'['.repeat(12_000)}${']'.repeat(12_000)}}}`
    expect(body.length).toBeLessThan(25_000)
    const answer = await accounts.as.faculty.patch(`/modules/${module.id}`, body)
    expect(answer.status).toBe(422)
    expect(answer.body.error.message).toContain(`description: Rich text may be nested at most ${MAX_DOC_DEPTH} levels deep`)
    const created = await accounts.as.faculty.post('/modules', `{"code":"DEEP-1","title":"Deep","level":"adult","kind":"occupational","outcomes":[{"content":${nestedDoc(5_000)}}]}`)
    expect(created.status).toBe(422)
    expect(created.body.error.message).toContain('outcomes.0.content: Rich text may be nested')
    expect(await rowCounts(test.db)).toEqual(before)
  })

  it('keeps documents as deep as a person writes them', async () => {
    const module = await makeModule(test.db)
    // Ten quotes deep: 25 levels of JSON objects and arrays.
    const answer = await accounts.as.faculty.patch(`/modules/${module.id}`, `{"version":1,"description":${nestedDoc(10)}}`)
    expect(answer.status).toBe(200)
  })

  it(`refuses a competency nested more than ${MAX_HIERARCHY_DEPTH} levels deep`, async () => {
    const { framework } = await makeFramework(test.db, { codes: [] })
    let parentId: number | null = null
    for (let level = 1; level <= MAX_HIERARCHY_DEPTH; level++) {
      const made: { status: number; body: { id: number } } = await accounts.as.faculty.post('/competencies', { frameworkId: framework.id, parentId, code: `L${level}`, statement: `Level ${level}`, kind: 'area' })
      expect(made.status).toBe(201)
      parentId = made.body.id
    }
    const before = await rowCounts(test.db)
    const tooDeep = await accounts.as.faculty.post('/competencies', { frameworkId: framework.id, parentId, code: 'L-too-deep', statement: 'Too deep', kind: 'competency' })
    expect(tooDeep.status).toBe(422)
    expect(tooDeep.body.error.message).toContain(`at most ${MAX_HIERARCHY_DEPTH} levels deep`)
    // Moving a branch under the deepest row is refused the same way.
    const other = await accounts.as.faculty.post('/competencies', { frameworkId: framework.id, code: 'BRANCH', statement: 'Branch', kind: 'area' })
    const after = await rowCounts(test.db)
    const moved = await accounts.as.faculty.patch(`/competencies/${other.body.id}`, { parentId })
    expect(moved.status).toBe(422)
    expect(await rowCounts(test.db)).toEqual(after)
    expect(after.competencies).toBe(before.competencies! + 1)
  })
})
