import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LevelScalesInput, LevelScalesView } from '../../shared/schemas/levels'
import { replaceLevelScales } from '../../server/services/levels'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeModule } from '../support/factories'

const DEFAULT_SKILL_CODES = ['A', 'B', 'C', 'D', 'E']
const DEFAULT_ENTRY = [
  ['ABE 1', 'A'], ['ABE 2', 'B'], ['ABE 3', 'C'], ['ABE 4', 'D'], ['ABE 5', 'E'], ['ABE 6', 'E'],
  ['ESL 1', 'A'], ['ESL 2', 'A'], ['ESL 3', 'A'], ['ESL 4', 'B'], ['ESL 5', 'C'], ['ESL 6', 'D'],
]

// The scales as a PUT body: the rows' own fields, in order.
const asInput = (scales: LevelScalesView): LevelScalesInput => ({
  skillLevels: scales.skillLevels.map(({ code, label, description }) => ({ code, label, description })),
  entryLevels: scales.entryLevels.map(({ code, scale, label, skillLevel }) => ({ code, scale, label, skillLevel })),
})

describe.each(testDialects)('level scales API on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let defaults: LevelScalesView
  const read = async () => (await accounts.as.anonymous.get<LevelScalesView>('/levels')).body
  const auditCount = async () => (await accounts.as.admin.get('/audit?table=levels')).body.total as number

  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    defaults = await read()
  })
  afterAll(() => test.destroy())

  it('holds the national defaults after migration: CCRS A–E and ABE 1–6, ESL 1–6 with their levels', async () => {
    expect(defaults.skillLevels.map((l) => l.code)).toEqual(DEFAULT_SKILL_CODES)
    expect(defaults.skillLevels[0]).toMatchObject({ code: 'A', label: 'Beginning Adult Basic Education Literacy', description: 'Grade levels K–1' })
    expect(defaults.entryLevels.map((l) => [l.code, l.skillLevel])).toEqual(DEFAULT_ENTRY)
    expect(defaults.entryLevels.find((l) => l.code === 'ABE 3')).toMatchObject({ scale: 'abe', label: 'Low Intermediate Basic Education', skillLevel: 'C' })
    expect(defaults.entryLevels.find((l) => l.code === 'ESL 6')?.scale).toBe('esl')
    expect(defaults.warnings).toEqual([])
  })

  it('lets only administrators replace the scales: 401 without a session, 403 for every other role', async () => {
    const body = asInput(defaults)
    expect((await accounts.as.anonymous.put('/levels', body)).status).toBe(401)
    for (const role of ['faculty', 'abe_instructor', 'employer', 'viewer'] as const) {
      const refused = await accounts.as[role].put('/levels', body)
      expect(refused.status, role).toBe(403)
    }
    expect(await read()).toEqual(defaults)
    expect(await auditCount()).toBe(0)
  })

  it('refuses bad scales with 422 naming the row and field, and keeps the previous scales', async () => {
    const input = asInput(defaults)
    const duplicate = await accounts.as.admin.put('/levels', { ...input, skillLevels: [...input.skillLevels, { code: 'c', label: 'Again' }] })
    expect(duplicate.status).toBe(422)
    expect(duplicate.body.error.message).toContain('Basic-skill level code "c" is used more than once')
    expect(duplicate.body.error.details.issues).toEqual([expect.objectContaining({ path: 'skillLevels.5.code' })])

    const entryLevels = input.entryLevels.map((l) => (l.code === 'ABE 3' ? { ...l, skillLevel: 'Z' } : l))
    const unknown = await accounts.as.admin.put('/levels', { ...input, entryLevels })
    expect(unknown.status).toBe(422)
    expect(unknown.body.error.message).toContain('Entry level ABE 3 names basic-skill level Z, which is not on the scale')
    expect(unknown.body.error.details.issues).toEqual([expect.objectContaining({ path: 'entryLevels.2.skillLevel' })])

    // Taking a level off the scale while an EFL still names it is the same mistake.
    const dropped = await accounts.as.admin.put('/levels', { ...input, skillLevels: input.skillLevels.filter((l) => l.code !== 'E') })
    expect(dropped.status).toBe(422)
    expect(dropped.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(['entryLevels.4.skillLevel', 'entryLevels.5.skillLevel'])

    const blank = await accounts.as.admin.put('/levels', { ...input, entryLevels: [{ ...input.entryLevels[0]!, label: '  ' }] })
    expect(blank.status).toBe(422)
    expect(blank.body.error.details.issues).toEqual([{ path: 'entryLevels.0.label', message: 'Enter a label' }])

    const empty = await accounts.as.admin.put('/levels', { skillLevels: [], entryLevels: [] })
    expect(empty.status).toBe(422)
    expect(empty.body.error.message).toContain('Keep at least one basic-skill level')

    const badScale = await accounts.as.admin.put('/levels', { ...input, entryLevels: [{ ...input.entryLevels[0]!, scale: 'ged' }] })
    expect(badScale.status).toBe(422)
    expect(badScale.body.error.details.issues[0].path).toBe('entryLevels.0.scale')

    // The service checks the same rule for callers that skip the route (the command line, the seed).
    const direct = test.db.transaction().execute((trx) => replaceLevelScales(trx, null, { skillLevels: input.skillLevels, entryLevels }))
    await expect(direct).rejects.toMatchObject({ status: 422, details: { issues: [{ path: 'entryLevels.2.skillLevel' }] } })

    expect(await read()).toEqual(defaults)
    expect(await auditCount()).toBe(0)
  })

  it('replaces both scales at once, in the order given, and audits the change with before and after', async () => {
    const input = asInput(defaults)
    const next: LevelScalesInput = {
      skillLevels: [...input.skillLevels, { code: 'F', label: 'College and career ready', description: 'Beyond grade 12' }],
      // ESL first this time, ABE 6 working at the new level F, and ESL 6 relabelled.
      entryLevels: [
        ...input.entryLevels.filter((l) => l.scale === 'esl').map((l) => (l.code === 'ESL 6' ? { ...l, label: 'Advanced ESL (state)' } : l)),
        ...input.entryLevels.filter((l) => l.scale === 'abe').map((l) => (l.code === 'ABE 6' ? { ...l, skillLevel: 'F' } : l)),
      ],
    }
    const saved = await accounts.as.admin.put<LevelScalesView>('/levels', next)
    expect(saved.status).toBe(200)
    expect(saved.body.warnings).toEqual([])
    expect(saved.body.skillLevels.map((l) => [l.code, l.position])).toEqual([['A', 0], ['B', 1], ['C', 2], ['D', 3], ['E', 4], ['F', 5]])
    expect(saved.body.entryLevels.map((l) => l.code)).toEqual([...next.entryLevels.map((l) => l.code)])
    expect(saved.body.entryLevels.map((l) => l.position)).toEqual(next.entryLevels.map((_, i) => i))
    expect(saved.body.entryLevels.find((l) => l.code === 'ABE 6')?.skillLevel).toBe('F')
    expect(saved.body.entryLevels.find((l) => l.code === 'ESL 6')?.label).toBe('Advanced ESL (state)')
    expect(await read()).toEqual(saved.body)

    const trail = await accounts.as.admin.get('/audit?table=levels')
    expect(trail.body.total).toBe(1)
    const entry = trail.body.items[0]
    expect(entry).toMatchObject({ action: 'update', tableName: 'levels', rowId: 'scales', userId: accounts.users.admin.id })
    expect(entry.summary).toBe('Replaced the level scales: 6 basic-skill levels, 12 entry levels')
    expect(entry.before).toEqual(input)
    expect(entry.after).toEqual({ ...next, warnings: [] })

    // Back to the defaults, so later tests start from them.
    expect((await accounts.as.admin.put('/levels', input)).status).toBe(200)
  })

  it('saves a scale that rows still use codes of, and warns about each of them', async () => {
    const admin = accounts.as.admin
    const framework = await admin.post('/frameworks', { title: 'Basic skills', kind: 'basic_skills' })
    const occupational = await admin.post('/frameworks', { title: 'Machining', kind: 'occupational' })
    const competency = (frameworkId: number, code: string, level: string) =>
      admin.post('/competencies', { frameworkId, code, statement: `Statement of ${code}`, kind: 'competency', level })
    const skill = await competency(framework.body.id, 'M.1', 'E')
    await competency(framework.body.id, 'M.2', 'E')
    await competency(framework.body.id, 'M.3', 'C')
    const task = await competency(occupational.body.id, 'MACH-1', 'E') // an occupational level is not a basic-skill level
    const link = await admin.post('/competency-links', { fromId: task.body.id, toId: skill.body.id, relation: 'requires', minLevel: 'E' })
    expect(link.status).toBe(201)
    await makeModule(test.db, { code: 'BRIDGE-1', kind: 'bridge', level: 'adult', entryLevel: 'ABE 6' })

    const input = asInput(defaults)
    const next: LevelScalesInput = {
      skillLevels: input.skillLevels.filter((l) => l.code !== 'E'),
      entryLevels: input.entryLevels
        .filter((l) => l.code !== 'ABE 6')
        .map((l) => (l.code === 'ABE 5' ? { ...l, skillLevel: 'D' } : l.code === 'ESL 5' ? { ...l, skillLevel: 'A' } : l)),
    }
    const saved = await admin.put<LevelScalesView>('/levels', next)
    expect(saved.status).toBe(200)
    expect(saved.body.warnings).toEqual([
      { kind: 'competency_level', code: 'E', count: 2, message: '2 competencies use level "E", which is no longer on the scale' },
      { kind: 'link_min_level', code: 'E', count: 1, message: '1 basic-skill requirement asks for at least level "E", which is no longer on the scale' },
      { kind: 'module_entry_level', code: 'ABE 6', count: 1, message: '1 module states entry level "ABE 6", which is no longer on the scale' },
      { kind: 'entry_level_order', code: 'ESL 5', count: 1, message: 'ESL 5 works at basic-skill level A, below ESL 4 before it (B)' },
    ])
    // The rows themselves are left as they were, and reading the scales keeps warning about them.
    expect((await admin.get(`/competencies/${skill.body.id}`)).body.level).toBe('E')
    const again = await read()
    expect(again.warnings.map((w) => w.message)).toContain('2 competencies use level "E", which is not on the scale')
    const trail = await admin.get('/audit?table=levels&limit=1')
    expect(trail.body.items[0].summary).toBe('Replaced the level scales: 4 basic-skill levels, 11 entry levels (4 warnings)')
    expect(trail.body.items[0].after.warnings).toHaveLength(4)
  })
})
