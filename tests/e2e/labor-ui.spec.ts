// Jobs and wages without the API: a partnership lead picks an exit's occupation by typing part of its title, sets
// the pathway's family-sustaining wage and sees the road map mark the job against it, imports local wages from a
// CSV (a bad row is shown by row and column and nothing is written; a good file then takes precedence on the road
// map), and names a credential's jobs. Everything is made here (a pathway, module and credential of its own, and
// Electricians, 47-2111, which the demo names nowhere), so no other spec's rows change.
import { expect as baseExpect, test, type Page } from '@playwright/test'
import { makeModule } from './authoring-support'
import { expectNoAxeViolations } from './support/a11y'
import { sameOrigin, signIn } from './support/accounts'
import { saveScreenshot } from './support/screenshots'

// Pages here load the road map's analysis and a SOC search; a loaded machine needs longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 })

const SLUG = `labor-ui-${Date.now() % 100000}`
const REGION = `Lakeshore test region ${Date.now() % 100000}`

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

// Both widths the brief asks for, with axe on the page as it stands.
async function check(page: Page, name: string) {
  await expectNoAxeViolations(page)
  await saveScreenshot(page, `${name}-1366`)
  await page.setViewportSize({ width: 360, height: 800 })
  await expectNoSidewaysScroll(page)
  await saveScreenshot(page, `${name}-360`)
  await page.setViewportSize({ width: 1366, height: 900 })
}

// Each test walks several pages with axe and two screenshots on each.
test.describe.configure({ mode: 'serial', timeout: 90_000 })
test.use({ viewport: { width: 1366, height: 900 } })

test('an exit names its job by a typed part of the title, and the family wage marks it on the road map', async ({ page, baseURL }) => {
  await signIn(page, 'faculty')
  const module = await makeModule(page, baseURL)
  const created = await page.request.post('/api/pathways', {
    data: { slug: SLUG, title: `Electrical pathway ${SLUG}`, sector: 'Construction', modules: [{ moduleId: module.id, stage: 1, isEntry: true, isExit: true }] },
    headers: sameOrigin(page),
  })
  expect(created.status(), await created.text()).toBe(201)

  await page.goto(`/pathways/${SLUG}/edit`)
  const exit = page.getByRole('group', { name: new RegExp(`^Jobs after ${module.code}`) })
  const field = exit.getByRole('combobox', { name: 'Add an occupation' })
  await field.fill('electrici')
  await expect(page.getByRole('option', { name: /47-2111 Electricians/ })).toBeVisible()
  // The arrow keys move the highlight (focus stays in the field); Enter adds the highlighted one.
  await field.press('ArrowDown')
  await expect(page.getByRole('option', { name: /Helpers--Electricians/ })).toHaveAttribute('aria-selected', 'true')
  await field.press('ArrowUp')
  await expect(page.getByRole('option', { name: /47-2111 Electricians/ })).toHaveAttribute('aria-selected', 'true')
  await field.press('Enter')
  await expect(exit.getByRole('listitem').filter({ hasText: 'Electricians' })).toContainText('47-2111')
  await expect(exit.getByRole('combobox', { name: 'Add another occupation' })).toBeFocused()

  // The server wants a source with the wage: its refusal appears beside the Source field.
  const wage = page.getByRole('group', { name: 'Family-sustaining wage' })
  await wage.getByLabel('Dollars an hour').fill('31.00')
  await expect(wage).toContainText('About $64,480 a year')
  await wage.getByLabel('Region').fill('Lakeshore County')
  await wage.getByLabel('Year').fill('2026')
  await page.getByRole('button', { name: 'Save pathway' }).click()
  await expect(wage.getByLabel('Source')).toHaveAttribute('aria-invalid', 'true')
  await expect(wage).toContainText('say where the family-sustaining wage comes from')
  await wage.getByLabel('Source').fill('MIT Living Wage Calculator, 1 adult 1 child')
  await page.getByRole('button', { name: 'Save pathway' }).click()
  await expect(page.getByText(/^Saved at/)).toBeVisible()
  await check(page, 'labor-pathway-editor')

  await page.goto(`/pathways/${SLUG}`)
  const jobs = page.getByRole('region', { name: 'Jobs at the exits' })
  await expect(jobs).toContainText('Family-sustaining wage: $31.00 an hour for Lakeshore County in 2026 (MIT Living Wage Calculator, 1 adult 1 child)')
  const electricians = jobs.getByRole('article', { name: 'Electricians, SOC 47-2111' })
  await expect(electricians).toContainText('$30.38 an hour')
  await expect(electricians).toContainText('Below the family-sustaining wage')
  await expect(electricians).toContainText('Source: BLS OEWS, national, May 2025')
})

test("the demo's road map marks a job at the family wage in the partner and the student view alike", async ({ page }) => {
  await page.goto('/pathways/advanced-manufacturing')
  const mark = page.getByRole('region', { name: 'Jobs at the exits' }).getByText('Pays a family-sustaining wage').first()
  await expect(mark).toBeVisible()
  await signIn(page, 'faculty', '/pathways/advanced-manufacturing')
  await expect(mark).toBeVisible()
})

const CSV_HEADER = 'SOC code,Region,Source,Year,Hourly median,Annual median,Hourly p25,Hourly p75'

test('a wage CSV with a bad row is shown by row and column with nothing written; a good one then leads on the road map', async ({ page }) => {
  await signIn(page, 'faculty', '/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Wages' }).click()
  await expect(page.getByRole('heading', { name: 'Local wages', level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Download the template (CSV)' })).toHaveAttribute('download', 'local-wages-template.csv')

  const upload = async (name: string, text: string) => {
    await page.getByLabel('CSV file of local wages').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })
    await page.getByRole('button', { name: 'Check the file' }).click()
  }
  await upload('bad.csv', `${CSV_HEADER}\n47-2111,${REGION},Lakeshore wage survey,2026,36.50,75920,30.00,42.00\n47-2111,${REGION},Other survey,2026,-5,,,\n`)
  const problems = page.getByRole('table', { name: /Problems/ })
  await expect(problems.getByRole('row').nth(1)).toContainText('3')
  await expect(problems.getByRole('row').nth(1)).toContainText('E (Hourly median)')
  await expect(problems.getByRole('row').nth(1)).toContainText('negative')
  await expect(page.getByText(/nothing was written/)).toBeVisible()
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0)
  await expect(page.getByRole('row').filter({ hasText: REGION })).toHaveCount(0)
  await check(page, 'labor-wages-problems')

  await upload('good.csv', `${CSV_HEADER}\n47-2111,${REGION},Lakeshore wage survey,2026,36.50,75920,30.00,42.00\n`)
  await expect(page.getByText('Ready to import: 1 row, 1 new and 0 replacing rows already entered.')).toBeVisible()
  await page.getByRole('button', { name: 'Import 1 row' }).click()
  await expect(page.getByText(/^Imported: 1 row/)).toBeVisible()
  const row = page.getByRole('row').filter({ hasText: REGION })
  await expect(row).toContainText('Lakeshore wage survey, 2026')
  await expect(row).toContainText('$36.50')
  // No annual range was given: it reads "not published", never $0.
  await expect(row.getByRole('cell').nth(5)).toHaveText('not published')
  await check(page, 'labor-wages')

  await page.goto(`/pathways/${SLUG}`)
  const electricians = page.getByRole('article', { name: 'Electricians, SOC 47-2111' })
  await expect(electricians).toContainText('$36.50 an hour · $75,920 a year')
  await expect(electricians).toContainText(`Source: Local: ${REGION}, Lakeshore wage survey 2026`)
  await expect(electricians).toContainText('Pays a family-sustaining wage')
  await check(page, 'labor-road-map')
})

test('local wages are entered, edited and deleted by hand, with the refusals beside their fields', async ({ page }) => {
  await signIn(page, 'faculty', '/wages')
  await page.getByRole('button', { name: 'Enter wages for an occupation' }).click()
  const form = page.getByRole('form', { name: /New local wages/ })
  await form.getByRole('combobox', { name: 'Add an occupation' }).fill('47-21')
  await page.getByRole('option', { name: /47-2111 Electricians/ }).click()
  await expect(form.getByRole('combobox')).toHaveCount(0)
  await form.getByLabel('Region').fill(REGION)
  await form.getByLabel('Source').fill('Hand-entered survey')
  await form.getByLabel('Median, dollars an hour').fill('abc')
  await form.getByRole('button', { name: 'Save wages' }).click()
  await expect(form.getByLabel('Median, dollars an hour')).toHaveAttribute('aria-invalid', 'true')
  await expect(form).toContainText('Enter an amount in dollars')
  await form.getByLabel('Median, dollars an hour').fill('33')
  await form.getByLabel('25th percentile an hour').fill('40')
  await form.getByRole('button', { name: 'Save wages' }).click()
  await expect(form.getByLabel('25th percentile an hour')).toHaveAttribute('aria-invalid', 'true')
  await form.getByLabel('25th percentile an hour').fill('')
  await form.getByRole('button', { name: 'Save wages' }).click()
  const row = page.getByRole('row').filter({ hasText: 'Hand-entered survey' })
  await expect(row).toContainText('$33.00')
  await row.getByRole('button', { name: /^Edit/ }).click()
  await page.getByRole('form', { name: 'Edit local wages' }).getByLabel('Median, dollars an hour').fill('34.25')
  await page.getByRole('button', { name: 'Save wages' }).click()
  await expect(row).toContainText('$34.25')
  await row.getByRole('button', { name: /^Delete/ }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Deleted the wages/ })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: 'Hand-entered survey' })).toHaveCount(0)
})

test('a credential names and drops the jobs it qualifies for', async ({ page }) => {
  const title = `Electrical credential ${Date.now() % 100000}`
  await signIn(page, 'faculty', '/credentials')
  await page.getByRole('button', { name: 'New credential' }).click()
  await page.getByLabel('Title').fill(title)
  const jobs = page.getByRole('group', { name: 'Jobs it qualifies for' })
  await jobs.getByRole('combobox').fill('electrician')
  await expect(page.getByRole('option', { name: /47-2111 Electricians/ })).toBeVisible()
  await jobs.getByRole('combobox').press('Enter')
  await expect(jobs.getByRole('listitem')).toContainText('47-2111 Electricians')
  await jobs.getByRole('combobox').fill('47-2011')
  await expect(page.getByRole('option', { name: /47-2011 Boilermakers/ })).toBeVisible()
  await jobs.getByRole('combobox').press('Enter')
  await expect(jobs.getByRole('listitem')).toHaveCount(2)
  await jobs.getByRole('button', { name: /^Remove Boilermakers/ }).click()
  await expect(jobs.getByRole('listitem')).toHaveCount(1)
  await check(page, 'labor-credential-form')
  await page.getByRole('button', { name: 'Save credential' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Saved “${title}”.` })).toBeVisible()
  await page.getByRole('button', { name: `Edit ${title}` }).click()
  await expect(page.getByRole('group', { name: 'Jobs it qualifies for' }).getByRole('listitem')).toContainText('47-2111 Electricians')
})
