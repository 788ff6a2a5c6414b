// The module catalogue: every module the reader may see, searched and filtered, with a way to start a new one.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { signIn } from './support/accounts'
import { saveScreenshot } from './support/screenshots'

test('anyone finds a module by code or title and narrows the list by level and kind', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Modules' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modules')
  await expect(page.getByRole('link', { name: /^ABE 095 / })).toBeVisible()
  // Nobody signed in is offered to write one.
  await expect(page.getByRole('link', { name: 'New module' })).toHaveCount(0)

  await page.getByLabel('Code or title').fill('bridge')
  await page.getByLabel('Code or title').press('Enter')
  await expect(page).toHaveURL(/q=bridge/)
  await expect(page.getByRole('link', { name: /^ABE 095 Shop Math and Reading Bridge/ })).toBeVisible()
  await expect(page.getByRole('link', { name: /^MFG 101 / })).toHaveCount(0)

  await page.getByLabel('Code or title').fill('')
  await page.getByLabel('Code or title').press('Enter')
  await page.getByLabel('Kind').selectOption({ label: 'Integrated education and training' })
  await expect(page.getByRole('link', { name: /^IET 101 / })).toBeVisible()
  await expect(page.getByRole('link', { name: /^ABE 095 / })).toHaveCount(0)
  await page.getByLabel('Level').selectOption({ label: 'Secondary' })
  await expect(page.getByText('No module matches these filters.')).toBeVisible()
  await saveScreenshot(page, 'modules-catalogue-empty')
  await expectNoAxeViolations(page)
})

test('a faculty member starts a new module from the catalogue', async ({ page }) => {
  await signIn(page, 'faculty', '/modules')
  await expect(page.getByRole('status').filter({ hasText: /of \d+ modules/ })).toBeVisible()
  await saveScreenshot(page, 'modules-catalogue')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'New module' }).click()
  await expect(page).toHaveURL(/\/modules\/new$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/New module/)
})
