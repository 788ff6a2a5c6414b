// A module's page tells a reader, in plain words, how long it takes, what it costs, when it is offered, what can
// pay for it and who helps (provider and contact): the public the approved revision's, partners their working copy.
import { expect, test, type Page } from '@playwright/test'
import { signInByApi } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'
import { makeModule } from './authoring-support'

async function moduleId(page: Page, code: string): Promise<number> {
  const list = await (await page.request.get(`/api/modules?q=${encodeURIComponent(code)}`)).json()
  return list.items.find((m: { code: string }) => m.code === code).id
}

test('an anonymous reader sees a demo module’s time, cost, schedule, funding and supports, on a phone too', async ({ page }) => {
  // A fresh server's first pages and the axe check are slow on a loaded machine.
  test.slow()
  await page.setViewportSize({ width: 1366, height: 900 })
  // MFG 105 is only read by the other browser tests (comments leave its content alone).
  await page.goto(`/modules/${await moduleId(page, 'MFG 105')}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('MFG 105', { timeout: 30_000 })
  const terms = page.getByRole('region', { name: 'Time, cost and schedule' })
  await expect(terms).toContainText('16 weeks')
  await expect(terms).toContainText('$535 for tuition, fees, books and tools, before any aid')
  await expect(terms).toContainText('Hybrid')
  const funding = page.getByRole('region', { name: 'Ways to pay for it' })
  await expect(funding.getByRole('listitem')).toHaveText([/^Pell grant \/ ability to benefit: /, 'WIOA Title II adult education: I-BEST basic-skills instructor'])
  const help = page.getByRole('region', { name: 'Help while you study' })
  await expect(help).toContainText('Tutoring · Lakeshore Community College')
  await expect(help.getByRole('link', { name: 'tutoring@lakeshore.example' })).toHaveAttribute('href', 'mailto:tutoring@lakeshore.example')
  await expect(help).toContainText('Monday to Thursday, 9 to 7')
  await expectNoAxeViolations(page)
  await saveScreenshot(page, 'module-supports-public-1366')
  await page.setViewportSize({ width: 360, height: 800 })
  await expect(help).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await saveScreenshot(page, 'module-supports-public-360')
})

test('a partner sees the working copy’s terms, and what is not recorded is said so', async ({ page, baseURL }) => {
  test.slow()
  await signInByApi(page)
  const { id } = await makeModule(page, baseURL)
  await page.goto(`/modules/${id}`)
  const terms = page.getByRole('region', { name: 'Time, cost and schedule' })
  await expect(terms).toContainText('DurationNot recorded')
  await expect(page.getByRole('region', { name: 'Ways to pay for it' })).toContainText('No funding sources recorded')

  const module = await (await page.request.get(`/api/modules/${id}`)).json()
  const edited = await page.request.patch(`/api/modules/${id}`, {
    data: {
      version: module.version, durationWeeks: 1, costToStudent: 0, delivery: ['weekend', 'workplace'],
      funding: [{ source: 'employer_tuition', notes: 'Paid by the sponsoring employer' }],
      supports: [{ kind: 'transportation', description: 'Van from the transit centre', contactName: 'Dispatch', contactPhone: '555-0188' }],
    },
    headers: { Origin: baseURL ?? '' },
  })
  expect(edited.status(), await edited.text()).toBe(200)
  await page.reload()
  await expect(terms).toContainText('1 week')
  await expect(terms).toContainText('Free to the student')
  await expect(terms).toContainText('Weekend, At the workplace')
  await expect(page.getByRole('region', { name: 'Ways to pay for it' })).toContainText('Employer tuition assistance: Paid by the sponsoring employer')
  const help = page.getByRole('region', { name: 'Help while you study' })
  await expect(help.getByRole('link', { name: '555-0188' })).toHaveAttribute('href', 'tel:5550188')
  await expectNoAxeViolations(page)
  await page.setViewportSize({ width: 1366, height: 900 })
  await saveScreenshot(page, 'module-supports-partner-1366')
})
