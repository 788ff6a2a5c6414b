// The road map's Learner outcomes show the credentials the pathway leads to beside its modules: a reader of
// another organisation (the district's viewer) sees a credential's flow from attempt to credential and job, its
// group table with small counts as "fewer than 10", and its gap in words at the instance's gap settings. The test
// reports a term far from the demo's through the API as the college's faculty and removes it afterwards.
import { expect, test, type APIRequestContext } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { DEMO_PASSWORD, signInByApi } from './support/accounts'
import { saveElementScreenshot } from './support/screenshots'

const CREDENTIAL = 'Production Technician Certificate'
const TERM = '2018-fall'
let faculty: APIRequestContext
let credentialId: number

test.beforeAll(async ({ playwright, baseURL }) => {
  faculty = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } })
  expect((await faculty.post('/api/auth/login', { data: { email: 'faculty@lakeshore.example', password: DEMO_PASSWORD } })).ok()).toBe(true)
  const list = (await (await faculty.get('/api/credentials?limit=500')).json()) as { items: { id: number; title: string }[] }
  credentialId = list.items.find((c) => c.title === CREDENTIAL)!.id
  // 40% of English learners earn it against 57% of the others; five learners aged 16-24 are a count to hide.
  const rows = [
    { enrolled: 60, completed: 50, credentialEarned: 30, employedQ2: 25 },
    { subgroupDimension: 'English learner', subgroupValue: 'yes', enrolled: 25, completed: 20, credentialEarned: 10 },
    { subgroupDimension: 'English learner', subgroupValue: 'no', enrolled: 35, completed: 30, credentialEarned: 20 },
    { subgroupDimension: 'Age band', subgroupValue: '16-24', enrolled: 5, completed: 4, credentialEarned: 2 },
    { subgroupDimension: 'Age band', subgroupValue: '25+', enrolled: 55, completed: 46, credentialEarned: 28 },
  ]
  const put = await faculty.put(`/api/credentials/${credentialId}/outcomes/${TERM}`, { data: { rows } })
  expect(put.ok(), await put.text()).toBe(true)
})

test.afterAll(async () => {
  expect((await faculty.delete(`/api/credentials/${credentialId}/outcomes/${TERM}`)).status()).toBe(204)
})

test("a credential's flow, groups and gap are shown beside the modules', small counts hidden", async ({ page }) => {
  await signInByApi(page, 'viewer')
  await page.goto('/pathways/advanced-manufacturing')
  const outcomes = page.getByRole('region', { name: 'Learner outcomes' })
  const card = outcomes.getByRole('article', { name: new RegExp(`^${CREDENTIAL}`) })
  await expect(card).toBeVisible({ timeout: 30_000 })
  await outcomes.getByLabel('Term', { exact: true }).selectOption({ label: 'Fall 2018' })
  await expect(outcomes.getByRole('heading', { name: 'Credential by credential' })).toBeVisible()
  await expect(card.getByRole('img', { name: new RegExp(`^${CREDENTIAL}, Fall 2018: entered: 60; completed: 50 \\(83% of those who entered\\); earned the credential: 30 \\(50% of those who entered\\); in a target job`) })).toBeVisible()
  await expect(card.getByRole('listitem').filter({ hasText: `English learners earn “${CREDENTIAL}” at 40% vs 57% for other learners.` })).toBeVisible()
  const groups = card.getByRole('table', { name: `${CREDENTIAL}: figures by group of learners` })
  await expect(groups.getByRole('row', { name: /^Age band: 16-24/ })).toContainText('fewer than 10')
  await expect(groups.getByRole('row', { name: /^Age band: 25\+/ })).toContainText('fewer than 10')
  await expectNoAxeViolations(page)
  await saveElementScreenshot(card, 'outcomes-credential-card-1366')

  await page.setViewportSize({ width: 360, height: 800 })
  await card.scrollIntoViewIfNeeded()
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
  await saveElementScreenshot(card, 'outcomes-credential-card-360')
})
