// Issue 12, hole 6: the NUL character in any string and ids or numbers beyond what an integer column holds are
// refused by the shared schemas (400 for paths and query strings, 422 for bodies, naming the field) instead of
// reaching PostgreSQL, which answers both with an error; nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { docFromText } from '../../shared/schemas/rich-text'
import type { Role } from '../../shared/domain/permissions'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeFramework, makeModule, makePathway } from '../support/factories'
import { rowCounts } from '../support/row-counts'
import { makeValidationPathway, openCampaign } from './validation-support'

const NUL = '\u0000'
const TOO_BIG = 2_147_483_648

type Case = { name: string; as: Role | 'anonymous' | 'reviewer'; method: 'GET' | 'POST' | 'PATCH' | 'PUT'; path: string; body?: unknown; status: 400 | 422; field: string }

describe.each(testDialects)('NUL characters and out-of-range numbers on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let ids: { module: number; framework: number; pathway: number; competency: number; reviewed: number; slug: string; token: string }
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    const { framework, competencies } = await makeFramework(test.db)
    const module = await makeModule(test.db)
    const pathway = await makePathway(test.db)
    const validation = await makeValidationPathway(test.db)
    const { tokens } = await openCampaign(accounts.as.faculty, validation.pathway.slug, ['Avery'])
    ids = { module: module.id, framework: framework.id, pathway: pathway.id, competency: competencies[0]!.id, reviewed: validation.items.saf1.id, slug: pathway.slug, token: tokens[0]! }
  })
  afterAll(() => test.destroy())

  const cases = (): Case[] => [
    // Anonymous readers.
    { name: 'a module id above 2^31-1', as: 'anonymous', method: 'GET', path: `/modules/${TOO_BIG}`, status: 400, field: 'id' },
    { name: 'a competency id too big', as: 'anonymous', method: 'GET', path: `/competencies/${TOO_BIG}/requirements`, status: 400, field: 'id' },
    { name: 'NUL in a search', as: 'anonymous', method: 'GET', path: `/competencies?q=saf${encodeURIComponent(NUL)}ety`, status: 400, field: 'q' },
    { name: 'NUL in a module search', as: 'anonymous', method: 'GET', path: `/modules?q=${encodeURIComponent(NUL)}`, status: 400, field: 'q' },
    { name: 'a query-string id too big', as: 'anonymous', method: 'GET', path: `/articulations?moduleId=${TOO_BIG}`, status: 400, field: 'moduleId' },
    { name: 'a framework filter too big', as: 'anonymous', method: 'GET', path: `/competencies?frameworkId=${TOO_BIG}`, status: 400, field: 'frameworkId' },
    { name: 'an offset too big', as: 'anonymous', method: 'GET', path: `/modules?offset=${TOO_BIG}`, status: 400, field: 'offset' },
    { name: 'a revision version too big', as: 'anonymous', method: 'GET', path: `/modules/${ids.module}/revisions/${TOO_BIG}`, status: 400, field: 'version' },
    { name: 'revisions compared past the range', as: 'anonymous', method: 'GET', path: `/modules/${ids.module}/revisions/compare?from=1&to=${TOO_BIG}`, status: 400, field: 'to' },
    { name: 'a matrix framework too big', as: 'anonymous', method: 'GET', path: `/pathways/${ids.slug}/matrix?frameworkId=${TOO_BIG}`, status: 400, field: 'frameworkId' },
    { name: 'a CASE list offset too big', as: 'anonymous', method: 'GET', path: `/ims/case/v1p0/CFDocuments?offset=${TOO_BIG}`, status: 400, field: 'offset' },
    { name: 'NUL in a sign-in password', as: 'anonymous', method: 'POST', path: '/auth/login', body: { email: 'faculty@test.rungs', password: `pass${NUL}word` }, status: 422, field: 'password' },
    // Reviewers through their link.
    { name: 'NUL in a reviewer comment', as: 'reviewer', method: 'PUT', path: `/review/${ids.token}/ratings/${ids.reviewed}`, body: { rating: 'essential', comment: `ok${NUL}` }, status: 422, field: 'comment' },
    { name: 'a reviewer competency id too big', as: 'reviewer', method: 'PUT', path: `/review/${ids.token}/ratings/${TOO_BIG}`, body: { rating: 'essential' }, status: 400, field: 'competencyId' },
    // Writers.
    { name: 'NUL in a framework title', as: 'faculty', method: 'POST', path: '/frameworks', body: { title: `NIMS${NUL}`, kind: 'occupational' }, status: 422, field: 'title' },
    { name: 'NUL in a statement', as: 'faculty', method: 'POST', path: '/competencies', body: { frameworkId: ids.framework, code: 'N-1', statement: `Measure${NUL}`, kind: 'competency' }, status: 422, field: 'statement' },
    { name: 'a framework id too big in a body', as: 'faculty', method: 'POST', path: '/competencies', body: { frameworkId: TOO_BIG, code: 'N-2', statement: 'Measure', kind: 'competency' }, status: 422, field: 'frameworkId' },
    { name: 'a position too big', as: 'faculty', method: 'POST', path: '/competencies', body: { frameworkId: ids.framework, code: 'N-3', statement: 'Measure', kind: 'competency', position: TOO_BIG }, status: 422, field: 'position' },
    { name: 'NUL in a module title', as: 'faculty', method: 'POST', path: '/modules', body: { code: 'NUL-1', title: `Safety${NUL}`, level: 'adult', kind: 'occupational' }, status: 422, field: 'title' },
    { name: 'an id too big in an array of ids', as: 'faculty', method: 'POST', path: '/modules', body: { code: 'NUL-2', title: 'Safety', level: 'adult', kind: 'occupational', prerequisiteIds: [ids.module, TOO_BIG] }, status: 422, field: 'prerequisiteIds.1' },
    { name: 'NUL in an outcome', as: 'faculty', method: 'PATCH', path: `/modules/${ids.module}`, body: { version: 1, outcomes: [{ content: docFromText(`Measure${NUL}`) }] }, status: 422, field: 'outcomes.0.content' },
    { name: 'NUL in a rich-text attribute', as: 'faculty', method: 'PATCH', path: `/modules/${ids.module}`, body: { version: 1, description: { type: 'doc', content: [{ type: 'heading', attrs: { level: `2${NUL}` } }] } }, status: 422, field: 'description' },
    { name: 'a module version too big', as: 'faculty', method: 'PATCH', path: `/modules/${ids.module}`, body: { version: TOO_BIG, title: 'Safety' }, status: 422, field: 'version' },
    { name: 'a placement position too big', as: 'faculty', method: 'PATCH', path: `/pathways/${ids.pathway}`, body: { version: 1, modules: [{ moduleId: ids.module, stage: 1, position: TOO_BIG }] }, status: 422, field: 'modules.0.position' },
    { name: 'NUL in an occupation', as: 'faculty', method: 'PATCH', path: `/pathways/${ids.pathway}`, body: { version: 1, occupations: [{ socCode: '51-4041', title: `Machinists${NUL}` }] }, status: 422, field: 'occupations.0.title' },
    { name: 'requirements for ids too big', as: 'faculty', method: 'POST', path: '/competency-links/requirements', body: { competencyIds: [TOO_BIG], skillId: ids.competency, action: 'add' }, status: 422, field: 'competencyIds.0' },
    { name: 'NUL in a level label', as: 'admin', method: 'PUT', path: '/levels', body: { skillLevels: [{ code: 'A', label: `Beginning${NUL}` }], entryLevels: [] }, status: 422, field: 'skillLevels.0.label' },
    { name: 'NUL in an audit filter', as: 'admin', method: 'GET', path: `/audit?rowId=${encodeURIComponent(NUL)}`, status: 400, field: 'rowId' },
    { name: 'NUL in a user search', as: 'admin', method: 'GET', path: `/users?q=${encodeURIComponent(NUL)}`, status: 400, field: 'q' },
  ]

  // Dozens of requests, each between two counts of every table: a busy machine may take a while over them.
  it('refuses each with a 4xx naming the field, and writes nothing', async () => {
    for (const c of cases()) {
      const api = c.as === 'reviewer' ? accounts.as.anonymous : accounts.as[c.as]
      const before = await rowCounts(test.db)
      const answer = await api.request(c.method, c.path, c.body)
      expect([c.name, answer.status], JSON.stringify(answer.body)).toEqual([c.name, c.status])
      const message = answer.body.error?.message ?? answer.body.imsx_description
      expect(message, c.name).toContain(`${c.field}: `)
      const after = await rowCounts(test.db)
      // The reviewer links' rate limits count every request, refused or not; nothing else may change.
      expect({ ...after, rate_limit_windows: 0 }, c.name).toEqual({ ...before, rate_limit_windows: 0 })
    }
  }, 120_000)

  it('still reads the largest id there can be', async () => {
    const answer = await accounts.as.anonymous.get('/modules/2147483647')
    expect(answer.status).toBe(404)
  })
})
