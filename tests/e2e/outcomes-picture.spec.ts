// Learner outcomes on the road map's partners' view: a reader of another organisation (the district's viewer)
// sees each module's flow drawn and in a table, its trend over terms, stage-to-stage flows and subgroup gaps in
// words, with small counts shown as "fewer than 10"; the term picker switches all of it. The test reports its own
// terms (far from any the demo reports) through the API as the college's faculty and removes them afterwards.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { DEMO_PASSWORD, signInByApi } from './support/accounts'
import { saveElementScreenshot, saveScreenshot } from './support/screenshots'

const SLUG = 'advanced-manufacturing'
const ROAD_MAP = `/pathways/${SLUG}`

type Row = { subgroupDimension?: string; subgroupValue?: string; enrolled: number; completed: number; credentialEarned: number; continued?: number | null; employedQ2?: number | null }
const row = (subgroup: [string, string] | null, enrolled: number, completed: number, credentialEarned: number, continued: number | null = null, employedQ2: number | null = null): Row => ({
  ...(subgroup ? { subgroupDimension: subgroup[0], subgroupValue: subgroup[1] } : {}),
  enrolled,
  completed,
  credentialEarned,
  continued,
  employedQ2,
})

// MFG 110 (stage 2): English learners complete at 40% against 86% for the others in fall 2018; five learners
// aged 16-24 are a count to hide. MFG 120 (stage 3) follows it.
const REPORTS: Record<string, Record<string, Row[]>> = {
  'MFG 110': {
    '2018-fall': [row(null, 60, 40, 34, 25, 20), row(['English learner', 'yes'], 25, 10, 9), row(['English learner', 'no'], 35, 30, 25), row(['Age band', '16-24'], 5, 4, 4), row(['Age band', '25+'], 55, 36, 30)],
    '2019-spring': [row(null, 52, 38, 30, 24, 18), row(['English learner', 'yes'], 22, 16, 12), row(['English learner', 'no'], 30, 22, 18)],
  },
  'MFG 120': {
    '2018-fall': [row(null, 30, 24, 20, 8, 12)],
    '2019-spring': [row(null, 28, 21, 18, 7, 11)],
  },
}

let faculty: APIRequestContext
let moduleIds: Record<string, number>

async function send(method: 'PUT' | 'DELETE', path: string, body?: object) {
  const answer = await faculty.fetch(path, { method, data: body, headers: { origin: test.info().project.use.baseURL! } })
  expect(answer.ok(), await answer.text()).toBe(true)
}

test.beforeAll(async ({ playwright, baseURL }) => {
  faculty = await playwright.request.newContext({ baseURL })
  const login = await faculty.post('/api/auth/login', { data: { email: 'faculty@lakeshore.example', password: DEMO_PASSWORD }, headers: { origin: baseURL! } })
  expect(login.ok()).toBe(true)
  const roadMap = (await (await faculty.get(`/api/pathways/${SLUG}`)).json()) as { stages: { modules: { id: number; code: string }[] }[] }
  moduleIds = Object.fromEntries(roadMap.stages.flatMap((s) => s.modules.map((m) => [m.code, m.id])))
  for (const [code, terms] of Object.entries(REPORTS)) {
    for (const [term, rows] of Object.entries(terms)) await send('PUT', `/api/modules/${moduleIds[code]}/outcomes/${term}`, { rows })
  }
})

test.afterAll(async () => {
  for (const [code, terms] of Object.entries(REPORTS)) {
    for (const term of Object.keys(terms)) await send('DELETE', `/api/modules/${moduleIds[code]}/outcomes/${term}`)
  }
  await faculty.dispose()
})

const outcomesOf = (page: Page) => page.getByRole('region', { name: 'Learner outcomes' })
const cardOf = (page: Page, code: string) => outcomesOf(page).getByRole('article', { name: new RegExp(`^${code} `) })

async function openOutcomes(page: Page) {
  await signInByApi(page, 'viewer')
  await page.goto(ROAD_MAP)
  await expect(cardOf(page, 'MFG 110')).toBeVisible()
  await outcomesOf(page).getByLabel('Term', { exact: true }).selectOption({ label: 'Fall 2018' })
}

test('each module shows its flow drawn and in a table, its trend, and its subgroup gap in words; the term picker switches them', async ({ page }) => {
  await openOutcomes(page)
  // The demo's own outcome data is synthetic, and the section says so.
  await expect(outcomesOf(page).getByText('Synthetic demo data: not real learners.')).toBeVisible()
  const mfg110 = cardOf(page, 'MFG 110')
  await expect(mfg110.getByRole('img', { name: /^MFG 110, Fall 2018: entered: 60; completed: 40 \(67% of those who entered\); earned the credential: 34 \(57% of those who entered\); went on to the next stage: 25 \(63% of those who completed\)/ })).toBeVisible()

  await mfg110.getByText('Figures as a table').click()
  const flowTable = mfg110.getByRole('table', { name: 'MFG 110, Fall 2018: from entry to credential, next stage and job' })
  await expect(flowTable.getByRole('row', { name: /^Completed / })).toHaveText(/Completed\s*40\s*67% of those who entered/)
  await expect(flowTable.getByRole('row', { name: /^In a target job/ })).toContainText('20')

  await expect(mfg110.getByRole('listitem').filter({ hasText: 'English learners complete MFG 110 at 40% vs 86% for other learners.' })).toBeVisible()
  // Five learners aged 16-24 are hidden, and so is the other age band, which would give them away.
  const groups = mfg110.getByRole('table', { name: 'MFG 110: figures by group of learners' })
  await expect(groups.getByRole('row', { name: /^Age band: 16-24/ })).toContainText('fewer than 10')
  await expect(groups.getByRole('row', { name: /^Age band: 25\+/ })).toContainText('fewer than 10')
  await expect(groups).not.toContainText(/\b5\b/)

  await mfg110.getByText('Term by term as a table').click()
  const trend = mfg110.getByRole('table', { name: 'MFG 110: completion and credential rate by term' })
  await expect(trend.getByRole('row', { name: /^Fall 2018/ })).toHaveText(/Fall 2018\s*60\s*67%\s*57%/)
  await expect(trend.getByRole('row', { name: /^Spring 2019/ })).toHaveText(/Spring 2019\s*52\s*73%\s*58%/)
  await expect(mfg110.getByRole('img', { name: /^MFG 110, completion and credential rate by term: Fall 2018 completion 67%, credential 57%; Spring 2019/ })).toBeVisible()

  // From stage 2 (MFG 110) to stage 3 (MFG 120): 25 of 40 completers went on; MFG 120's 8 who went on are hidden.
  await expect(
    outcomesOf(page).getByRole('img', {
      name: 'From stage to stage, Fall 2018: Stage 2 to stage 3: 25 of 40 completers went on (63%); Stage 3 to stage 4: no completers with a known next step (modules with hidden figures left out).',
    }),
  ).toBeVisible()
  await saveElementScreenshot(outcomesOf(page), 'outcomes-picture-1366')

  await outcomesOf(page).getByLabel('Term', { exact: true }).selectOption({ label: 'Spring 2019' })
  await expect(mfg110.getByRole('img', { name: /^MFG 110, Spring 2019: entered: 52; completed: 38 / })).toBeVisible()
  await expect(mfg110.getByRole('table', { name: 'MFG 110, Spring 2019: from entry to credential, next stage and job' })).toBeAttached()
  await expect(mfg110.getByText('English learners complete MFG 110')).toHaveCount(0)
})

test('the outcomes pass axe, are reachable by keyboard, fit a 360 px phone, and stay out of the public view', async ({ page }) => {
  await openOutcomes(page)
  await expect(cardOf(page, 'MFG 110').getByRole('img').first()).toBeVisible()
  await outcomesOf(page).getByLabel('Term', { exact: true }).focus()
  await page.keyboard.press('Tab')
  await expect(page.locator(':focus')).toHaveText('Stage to stage as a table')
  await page.keyboard.press('Enter')
  await expect(outcomesOf(page).getByRole('table', { name: /^Completers of each stage who went on to the next, Fall 2018/ })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.setViewportSize({ width: 360, height: 800 })
  await cardOf(page, 'MFG 110').scrollIntoViewIfNeeded()
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
  await saveScreenshot(page, 'outcomes-picture-360', { fullPage: false })
  await saveElementScreenshot(cardOf(page, 'MFG 110'), 'outcomes-picture-card-360')

  await page.goto(`${ROAD_MAP}?view=student`)
  await expect(page.getByRole('region', { name: 'Road map' })).toBeVisible()
  await expect(outcomesOf(page)).toHaveCount(0)
})
