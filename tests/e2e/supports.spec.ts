// Supports, funding, time and cost: a reader sees them on the demo's road map; an author edits a module's weeks,
// cost, funding and supports, and a pathway's stage supports, by keyboard.
import { expect, test } from '@playwright/test'
import { signIn } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveElementScreenshot, saveScreenshot } from './support/screenshots'
import { expectSaved, makeModule } from './authoring-support'

test('the road map gives the time and cost to each credential, its schedules, and the partners’ supports and funding', async ({ page }) => {
  await page.goto('/pathways/advanced-manufacturing')
  const routes = page.getByRole('region', { name: 'Time and cost to each credential' })
  const ptc = routes.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Production Technician Certificate' }) })
  await expect(ptc).toContainText(/From IET 101 Production Technician I.*?: 14 weeks, \$1,350/)
  await expect(ptc).toContainText(/From ABE 095 Shop Math and Reading .*?: 22 weeks, \$1,350/)
  await expect(ptc).toContainText('IET 101 → WFD 120')
  const supports = page.getByRole('region', { name: 'Supports and funding' })
  await expect(supports.getByRole('region', { name: 'For the whole pathway' })).toContainText('Lakeshore Workforce Development Board')
  await expect(supports.getByRole('region', { name: 'At stage 1' })).toContainText('Child care')
  await expect(supports.getByRole('link', { name: 'finaid@lakeshore.example' })).toHaveAttribute('href', 'mailto:finaid@lakeshore.example')
  await expect(supports).toContainText('Brightline Precision Components reimburses employees')
  await expectNoAxeViolations(page)
})

test('the time, cost and supports sections fit a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto('/pathways/advanced-manufacturing')
  const routes = page.getByRole('region', { name: 'Time and cost to each credential' })
  const supports = page.getByRole('region', { name: 'Supports and funding' })
  await expect(supports).toContainText('Child care')
  await saveElementScreenshot(routes, 'roadmap-route-costs-1366')
  await saveElementScreenshot(supports, 'roadmap-supports-1366')
  await page.setViewportSize({ width: 360, height: 800 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await saveElementScreenshot(routes, 'roadmap-route-costs-360')
})

test('an author sets a module’s weeks, cost, funding and a support by keyboard, and they are saved', async ({ page, baseURL }) => {
  await signIn(page, 'faculty')
  const { id } = await makeModule(page, baseURL)
  await page.goto(`/modules/${id}/edit`)
  await page.getByLabel('Duration (weeks)').fill('12')
  await page.getByLabel('Cost to student ($)').fill('975')
  const funding = page.getByRole('group', { name: 'Funding sources' })
  await funding.getByRole('checkbox', { name: 'TANF' }).focus()
  await page.keyboard.press('Space')
  await funding.getByLabel('Notes on TANF').fill('Work activity hours')
  await page.getByRole('button', { name: 'Add a support' }).press('Enter')
  await expect(page.getByLabel('What it offers')).toBeFocused()
  await page.keyboard.type('Evening tutoring in the shop')
  await page.getByLabel('Kind').last().selectOption({ label: 'Tutoring' })
  await page.getByLabel('Provided by').selectOption({ label: 'Lakeshore Community College' })
  await page.getByLabel('Contact email').fill('not-an-email')
  await expect(page.getByRole('status').filter({ hasText: /support 1 contactEmail/ })).toBeVisible()
  await page.getByLabel('Contact email').fill('tutoring@lakeshore.example')
  await expectSaved(page)
  await expectNoAxeViolations(page)
  await saveElementScreenshot(page.getByRole('region', { name: "Supports for this module's learners" }), 'module-editor-supports-1366')

  const saved = await (await page.request.get(`/api/modules/${id}`)).json()
  expect(saved).toMatchObject({ durationWeeks: 12, costToStudent: 975, funding: [{ source: 'tanf', notes: 'Work activity hours' }] })
  expect(saved.supports).toMatchObject([{ kind: 'tutoring', description: 'Evening tutoring in the shop', organisationName: 'Lakeshore Community College', contactEmail: 'tutoring@lakeshore.example' }])
})

test('an author adds a stage support to a pathway by keyboard and sees it on the road map', async ({ page, baseURL }) => {
  await signIn(page, 'faculty')
  const { id: moduleId } = await makeModule(page, baseURL)
  const slug = `e2e-supports-${Date.now() % 100000}`
  const created = await page.request.post('/api/pathways', {
    data: { slug, title: 'Welding ladder', sector: 'Manufacturing', modules: [{ moduleId, stage: 1, isEntry: true }] },
    headers: { Origin: baseURL ?? '' },
  })
  expect(created.status(), await created.text()).toBe(201)
  await page.goto(`/pathways/${slug}/edit`)
  await page.getByRole('button', { name: 'Add a support' }).press('Enter')
  await page.keyboard.type('Bus passes for evening classes')
  await page.getByLabel('Kind').selectOption({ label: 'Transportation' })
  await page.getByLabel('For', { exact: true }).selectOption({ label: 'Stage 1' })
  await page.getByLabel('Contact phone').fill('555-0130')
  await page.getByLabel('Contact phone').press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible()
  await expectNoAxeViolations(page)
  await saveScreenshot(page, 'pathway-editor-supports-1366')
  await page.setViewportSize({ width: 360, height: 800 })
  await saveScreenshot(page, 'pathway-editor-supports-360')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)

  await page.goto(`/pathways/${slug}`)
  const stage = page.getByRole('region', { name: 'At stage 1' })
  await expect(stage).toContainText('Transportation')
  await expect(stage.getByRole('link', { name: '555-0130' })).toHaveAttribute('href', 'tel:5550130')
})
