// Keyboard navigation, the not-found page, and how pages report loading and failing API calls.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
})

test('tabbing to a module card and pressing Enter opens the module', async ({ page }) => {
  await page.goto('/pathways/advanced-manufacturing')
  const card = page.getByRole('link', { name: /^ABE 095 Shop Math and Reading Bridge/ })
  await expect(card).toBeVisible()
  // Tab from the top of the page until the first module card has focus.
  for (let presses = 0; presses < 25 && !(await card.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab')
  }
  await expect(card).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/modules\/\d+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/ABE 095/)
  // After the navigation the keyboard starts at the new page's content.
  await expect(page.getByRole('main')).toBeFocused()
})

test('an unknown address shows the not-found page', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await saveScreenshot(page, 'not-found')
  await expectNoAxeViolations(page)
})

test('a pathway or module that does not exist is reported with the server message', async ({ page }) => {
  await page.goto('/pathways/no-such-pathway')
  await expect(page.getByRole('alert')).toContainText('Could not load this pathway.')
  await expect(page.getByRole('alert')).toContainText('Pathway no-such-pathway does not exist')
  await saveScreenshot(page, 'error-pathway')
  await expectNoAxeViolations(page)

  await page.goto('/modules/999999')
  await expect(page.getByRole('alert')).toContainText('Module 999999 does not exist')
  await page.goto('/frameworks/999999')
  await expect(page.getByRole('alert')).toContainText('Framework 999999 does not exist')
})

test('pages say when they are loading and when the server cannot be reached', async ({ page }) => {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/frameworks?*', async (route) => {
    await held
    await route.abort('connectionrefused')
  })
  await page.goto('/frameworks')
  await expect(page.getByRole('status')).toHaveText('Loading the frameworks…')
  release()
  await expect(page.getByRole('alert')).toContainText('Could not load the frameworks.')
  await expect(page.getByRole('alert')).toContainText('The server could not be reached')
  await expectNoAxeViolations(page)
})
