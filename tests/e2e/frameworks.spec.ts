// The framework browser: the list, one framework's collapsible tree, and searching it.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'

const OCCUPATIONAL = 'Advanced Manufacturing: Production Technician and CNC Machinist Competencies'

async function openOccupationalFramework(page: Page) {
  await page.goto('/frameworks')
  await page.getByRole('link', { name: OCCUPATIONAL }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OCCUPATIONAL)
}

test('the framework list shows kind, publisher and competency count', async ({ page }) => {
  await page.goto('/frameworks')
  await expect(page).toHaveTitle('Frameworks · Rungs')
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: OCCUPATIONAL }) })
  await expect(card).toContainText('Occupational')
  await expect(card).toContainText('Publisher')
  await expect(card).toContainText(/Competencies\s*\d+/)
  await saveScreenshot(page, 'frameworks')
  await expectNoAxeViolations(page)
})

test('a framework shows its tree, top level open', async ({ page }) => {
  await openOccupationalFramework(page)
  const safety = page.getByRole('button', { name: /^AM-SAF Health and safety/ })
  await expect(safety).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByText('AM-SAF-1', { exact: true })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toHaveCount(0)
  await saveScreenshot(page, 'framework')
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Expand all' }).click()
  await expect(page.getByText('AM-MM-4.3', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Collapse all' }).click()
  await expect(safety).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByText('AM-SAF-1', { exact: true })).toBeHidden()
})

test('searching filters the tree to the matches and their ancestors, highlighted and counted', async ({ page }) => {
  await openOccupationalFramework(page)
  await page.getByRole('searchbox', { name: `Search ${OCCUPATIONAL}` }).fill('micrometer')
  // The search's count, not the competency panel's save message (also a status).
  const summary = page.getByRole('status').filter({ hasText: /match/ })
  await expect(summary).toHaveText('2 matches')

  const tree = page.locator('ul.tree')
  await expect(tree.getByText('AM-QM-4', { exact: true })).toBeVisible()
  await expect(tree.getByText('AM-MM-4.3', { exact: true })).toBeVisible()
  // Ancestors stay, open, so the matches keep their context; everything else is filtered out.
  await expect(tree.getByRole('button', { name: /^AM-QM Quality and measurement/ })).toHaveAttribute('aria-expanded', 'true')
  await expect(tree.getByRole('button', { name: /^AM-MM-4 / })).toHaveAttribute('aria-expanded', 'true')
  await expect(tree.getByText('AM-SAF', { exact: true })).toHaveCount(0)
  await expect(tree.locator('mark')).toHaveText(['micrometer', 'micrometer'])
  await saveScreenshot(page, 'framework-search')
  await expectNoAxeViolations(page)

  await page.getByRole('searchbox').fill('no such words here')
  await expect(summary).toHaveText('No matches for “no such words here”')
  await expect(tree).toHaveCount(0)

  await page.getByRole('searchbox').fill('')
  await expect(page.getByRole('button', { name: /^AM-SAF Health and safety/ })).toHaveAttribute('aria-expanded', 'true')
})

test('tree items open and close from the keyboard', async ({ page }) => {
  await openOccupationalFramework(page)
  const safety = page.getByRole('button', { name: /^AM-SAF Health and safety/ })
  await page.getByRole('button', { name: 'Collapse all' }).focus()
  await page.keyboard.press('Tab')
  await expect(safety).toBeFocused()

  await page.keyboard.press('Enter')
  await expect(safety).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByText('AM-SAF-1', { exact: true })).toBeHidden()
  await page.keyboard.press('ArrowRight')
  await expect(safety).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByText('AM-SAF-1', { exact: true })).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await expect(safety).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('Space')
  await expect(safety).toHaveAttribute('aria-expanded', 'true')
})
