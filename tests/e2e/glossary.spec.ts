// The glossary: reachable from every page's footer, and from the words it explains where pages use them.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'

test('the glossary explains the abbreviations, and a term on a page leads to its entry', async ({ page }) => {
  await page.goto('/pathways/advanced-manufacturing/matrix')
  const depth = page.getByRole('link', { name: /I introduced, R reinforced, M mastered/ })
  await expect(depth.locator('abbr')).toHaveAttribute('title', 'Introduced, Reinforced, Mastered')
  await depth.click()
  await expect(page).toHaveURL(/\/glossary#depth$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary')
  // Arriving at an entry puts the keyboard there.
  await expect(page.locator('#depth')).toBeFocused()
  for (const term of ['IET', 'NRS EFL', 'CCRS levels', 'Bridge', 'Articulation', 'Stackable credential', 'I / R / M']) {
    await expect(page.getByRole('term').filter({ hasText: term })).toBeVisible()
  }
  await saveScreenshot(page, 'glossary')
  await expectNoAxeViolations(page)
})

test('every page links to the glossary from its footer', async ({ page }) => {
  await page.goto('/frameworks')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Glossary' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary')
})
